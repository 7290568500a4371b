import { describe, expect, it } from 'vitest';
import { hrefFor, parseRoute } from '../../../renderer/src/app/route';

describe('the outbox route', () => {
  it('opens the list, or one message by id (a test send links to its entry)', () => {
    expect(parseRoute('#/outbox')).toEqual({ page: 'outbox' });
    expect(hrefFor({ page: 'outbox', messageId: 'a b/c' })).toBe('#/outbox/a%20b%2Fc');
    expect(parseRoute(hrefFor({ page: 'outbox', messageId: 'a b/c' }))).toEqual({ page: 'outbox', messageId: 'a b/c' });
  });
});
