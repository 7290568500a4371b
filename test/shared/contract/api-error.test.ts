import { describe, expect, it } from 'vitest';
import { ApiError, ApiErrorPayloadSchema } from '../../../shared/contract/errors';

describe('ApiError.fromPayload', () => {
  it('keeps the code, message and issues of a well-formed payload', () => {
    const payload = {
      code: 'INVALID_JOURNEY',
      message: 'Fix it',
      issues: [{ path: 'nodes.0', message: 'No template' }],
    };
    const error = ApiError.fromPayload(payload);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.toPayload()).toEqual(payload);
    expect(ApiErrorPayloadSchema.parse(error.toPayload())).toEqual(payload);
  });

  it('turns anything the schema refuses into an internal error', () => {
    const malformed = [
      null,
      'NOT_FOUND',
      { code: 'EXPLODED', message: 'x' },
      { code: 'NOT_FOUND' },
      { code: 'NOT_FOUND', message: 'x', issues: [{ path: 1, message: 'y' }] },
      { code: 'NOT_FOUND', message: 'x', issues: 'none' },
    ];
    for (const payload of malformed) {
      expect(ApiErrorPayloadSchema.safeParse(payload).success).toBe(false);
      const error = ApiError.fromPayload(payload);
      expect(error.code).toBe('INTERNAL');
      expect(error.message).toBe('The app answered with an error it could not describe.');
    }
  });
});
