import type { z } from 'zod';
import { eventIssues } from '../../shared/api-v1/events';
import type { ClientKeyInfo } from '../services/journey-api/client-keys';
import type { ApiIssue, Envelope } from '../../shared/contract/index';
import { Problem } from './events-api';

/** What an operation answers: its status and JSON body. */
export interface Answer {
  status: number;
  body: unknown;
}

/** One authorised call of an operation, as its handler sees it. */
export interface Call {
  client: ClientKeyInfo;
  params: Record<string, string>;
  body: unknown;
  /** The call's Idempotency-Key (empty for a read). */
  idempotencyKey: string;
}

export function unprocessable(detail: string, errors: readonly ApiIssue[]): Problem {
  return new Problem(422, 'unprocessable', 'The request cannot be processed', detail, errors);
}

export function summary(errors: readonly ApiIssue[]): string {
  const named = errors.slice(0, 3).map((issue) => `${issue.path || '(body)'}: ${issue.message}`);
  return named.join('; ') + (errors.length > 3 ? `; and ${errors.length - 3} more` : '');
}

export function parsed<T extends z.ZodType>(schema: T, body: unknown): z.output<T> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const errors = eventIssues(result.error);
  throw unprocessable(summary(errors), errors);
}

/** A service refusal as the problem the API answers, its issues under `prefix` (the body field they came from). */
export function problemOf(error: { code: string; message: string; issues?: ApiIssue[] }, prefix = ''): Problem {
  const issues = (error.issues ?? []).map((issue) => ({
    path: prefix && issue.path ? `${prefix}.${issue.path}` : prefix || issue.path,
    message: issue.message,
  }));
  switch (error.code) {
    case 'BAD_INPUT':
    case 'INVALID_JOURNEY':
      return unprocessable(error.message, issues.length ? issues : [{ path: prefix, message: error.message }]);
    case 'NOT_FOUND':
      return new Problem(404, 'not-found', 'Not found', error.message);
    case 'CONFLICT':
      return new Problem(409, 'conflict', 'Conflict', error.message, issues);
    case 'TOO_LARGE':
      return new Problem(413, 'too-large', 'The request body is too large', error.message);
    default:
      return new Problem(500, 'internal', 'The request failed', 'The request could not be carried out.');
  }
}

export function valueOf<T>(envelope: Envelope, prefix = ''): T {
  if (envelope.ok) return envelope.value as T;
  throw problemOf(envelope.error, prefix);
}
