import { z } from 'zod';

/** Stable error codes shared by both transports; the UI and tests branch on these, never on messages. */
export const ApiErrorCodeSchema = z.enum([
  'BAD_INPUT',
  'UNKNOWN_METHOD',
  'NOT_FOUND',
  'CONFLICT',
  /** The journey has validation errors; `issues` lists them (path: the JSON path or step). */
  'INVALID_JOURNEY',
  'TOO_LARGE',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'UNAVAILABLE',
  /** Stored data cannot be read (damaged, or changed by another program); the message names it and why. */
  'DAMAGED',
  'INTERNAL',
]);
export type ApiErrorCode = z.infer<typeof ApiErrorCodeSchema>;

export const ApiIssueSchema = z.object({ path: z.string(), message: z.string() });
export type ApiIssue = z.infer<typeof ApiIssueSchema>;

export const ApiErrorPayloadSchema = z.object({
  code: ApiErrorCodeSchema,
  message: z.string(),
  issues: z.array(ApiIssueSchema).optional(),
});
export type ApiErrorPayload = z.infer<typeof ApiErrorPayloadSchema>;

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly issues: ApiIssue[] | undefined;

  constructor(code: ApiErrorCode, message: string, issues?: ApiIssue[]) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.issues = issues;
  }

  toPayload(): ApiErrorPayload {
    return this.issues
      ? { code: this.code, message: this.message, issues: this.issues }
      : { code: this.code, message: this.message };
  }

  static fromPayload(payload: unknown): ApiError {
    const parsed = ApiErrorPayloadSchema.safeParse(payload);
    if (!parsed.success) return new ApiError('INTERNAL', 'The app answered with an error it could not describe.');
    return new ApiError(parsed.data.code, parsed.data.message, parsed.data.issues);
  }
}

/** What every call answers on the wire, over IPC and HTTP alike. */
export type Envelope = { ok: true; value: unknown } | { ok: false; error: ApiErrorPayload };

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
