import { z } from 'zod';
import { API_ERROR_CODES } from './api-error';

export * from './api-error';

// The schemas of the error shapes (api-error.ts), for the contract's description of every answer.
export const ApiErrorCodeSchema = z.enum(API_ERROR_CODES);

export const ApiIssueSchema = z.object({ path: z.string(), message: z.string() });

export const ApiErrorPayloadSchema = z.object({
  code: ApiErrorCodeSchema,
  message: z.string(),
  issues: z.array(ApiIssueSchema).optional(),
});
