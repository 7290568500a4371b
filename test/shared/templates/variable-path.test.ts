import { describe, it, expect } from 'vitest';
import { formatVariablePath, splitVariablePath } from '../../../shared/templates/index';

describe('variable paths', () => {
  it.each<[string, (string | number)[]]>([
    ['customer', ['customer']],
    ['customer.first_name', ['customer', 'first_name']],
    ['order.items[0].sku', ['order', 'items', 0, 'sku']],
    ['customer["first name"]', ['customer', 'first name']],
    ['customer["a.b"].c', ['customer', 'a.b', 'c']],
    ['customer.last-name', ['customer', 'last-name']],
    ['customer.vip?', ['customer', 'vip?']],
    ['order.items[-1]', ['order', 'items', -1]],
    ['event["say \\"hi\\""]', ['event', 'say "hi"']],
  ])('%s ⇄ %j', (path, segments) => {
    expect(formatVariablePath(segments)).toBe(path);
    expect(splitVariablePath(path)).toEqual(segments);
  });

  it('accepts single-quoted brackets as Liquid does', () => {
    expect(splitVariablePath("customer['first name']")).toEqual(['customer', 'first name']);
  });

  it.each(['', '.customer', 'customer.', 'customer..x', 'customer[', 'customer[x]', '1abc'])(
    'rejects malformed %j',
    (path) => {
      expect(splitVariablePath(path)).toBeNull();
    },
  );
});
