import { randomBytes, timingSafeEqual } from 'node:crypto';
import { tokenFromBearer } from '../../shared/contract/index';

/** A fresh token for one launch of the browser host: 192 random bits. */
export function newAccessToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Whether a request's Authorization header carries the token, compared in constant time. */
export function tokenMatches(expected: string, header: string | undefined): boolean {
  const given = Buffer.from(tokenFromBearer(header) ?? '');
  const wanted = Buffer.from(expected);
  return given.length > 0 && given.length === wanted.length && timingSafeEqual(given, wanted);
}
