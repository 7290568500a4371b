import { describe, expect, it } from 'vitest';
import { newAccessToken, tokenMatches } from '../../../electron/host/access-token';
import { bearer, tokenFromFragment, urlWithToken } from '../../../shared/contract/index';

describe('the access token', () => {
  it('is fresh each launch and survives the trip through the printed URL and the header', () => {
    const token = newAccessToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(newAccessToken()).not.toBe(token);
    const printed = urlWithToken('http://127.0.0.1:4000/', token);
    expect(printed).toBe(`http://127.0.0.1:4000/#token=${token}`);
    const fromPage = tokenFromFragment(new URL(printed).hash);
    expect(tokenMatches(token, bearer(fromPage!))).toBe(true);
  });

  it('matches only the exact token as a bearer token', () => {
    const token = newAccessToken();
    expect(tokenMatches(token, undefined)).toBe(false);
    expect(tokenMatches(token, token)).toBe(false);
    expect(tokenMatches(token, `Basic ${token}`)).toBe(false);
    expect(tokenMatches(token, bearer(`${token}x`))).toBe(false);
    expect(tokenMatches(token, bearer(token.toUpperCase()))).toBe(token === token.toUpperCase());
    expect(tokenMatches('', bearer(''))).toBe(false);
  });
});
