// The error every call can answer with, without its schemas: the page's first script (which asks for
// the journey it opens on before the rest of the app loads) needs the class but not zod. The schemas
// describing the same shapes are in errors.ts.

/** Stable error codes shared by both transports; the UI and tests branch on these, never on messages. */
export const API_ERROR_CODES = [
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
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface ApiIssue {
  path: string;
  message: string;
}

export interface ApiErrorPayload {
  code: ApiErrorCode;
  message: string;
  issues?: ApiIssue[] | undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isIssue = (value: unknown): value is ApiIssue =>
  isRecord(value) && typeof value.path === 'string' && typeof value.message === 'string';

/** Whether a value received from the other side is an error payload (ApiErrorPayloadSchema's shape). */
function isPayload(value: unknown): value is ApiErrorPayload {
  return (
    isRecord(value) &&
    (API_ERROR_CODES as readonly unknown[]).includes(value.code) &&
    typeof value.message === 'string' &&
    (value.issues === undefined || (Array.isArray(value.issues) && value.issues.every(isIssue)))
  );
}

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
    if (!isPayload(payload)) return new ApiError('INTERNAL', 'The app answered with an error it could not describe.');
    return new ApiError(
      payload.code,
      payload.message,
      payload.issues?.map(({ path, message }) => ({ path, message })),
    );
  }
}

/** What every call answers on the wire, over IPC and HTTP alike. */
export type Envelope = { ok: true; value: unknown } | { ok: false; error: ApiErrorPayload };

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
