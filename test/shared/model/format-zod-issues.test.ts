import { describe, it, expect } from 'vitest';
import { z } from 'zod';
import { formatZodIssues, formatIssuePath, JourneySchema } from '../../../shared/model/index';
import { loadJourneyFixture } from './load-journey-fixture';

describe('formatIssuePath', () => {
  it('writes keys with dots and indexes with brackets', () => {
    expect(formatIssuePath(['nodes', 3, 'config', 'url'])).toBe('nodes[3].config.url');
    expect(formatIssuePath([0, 'id'])).toBe('[0].id');
    expect(formatIssuePath([])).toBe('');
  });

  it('quotes keys that are not plain identifiers', () => {
    expect(formatIssuePath(['config', 'variables', 'customer.name'])).toBe('config.variables["customer.name"]');
    expect(formatIssuePath(['variables', '1'])).toBe('variables["1"]');
  });
});

describe('formatZodIssues', () => {
  it('lists every problem of a broken journey with its location and what was expected', () => {
    const journey = JourneySchema.parse(loadJourneyFixture('valid-every-kind.journey.json'));
    const damaged = structuredClone(journey) as unknown as {
      nodes: { config: Record<string, unknown> }[];
      settings: Record<string, unknown>;
    };
    damaged.nodes[9]!.config.url = 42; // the webhook
    damaged.nodes[3]!.config.branches = [{ id: 'a', label: 'A', percent: '50' }]; // the random split
    damaged.settings.persona = 'vendor';

    const result = JourneySchema.safeParse(damaged);
    expect(result.success).toBe(false);
    expect(formatZodIssues(result.error!)).toEqual([
      { path: 'settings.persona', message: 'Invalid option: expected one of "customer"|"seller"' },
      { path: 'nodes[3].config.branches[0].percent', message: 'Invalid input: expected number, received string' },
      { path: 'nodes[9].config.url', message: 'Invalid input: expected string, received number' },
    ]);
  });

  it('reports a problem with the whole value at the empty path', () => {
    const result = z.object({ a: z.string() }).safeParse('nope');
    expect(formatZodIssues(result.error!)).toEqual([
      { path: '', message: 'Invalid input: expected object, received string' },
    ]);
  });
});

describe('formatZodIssues: every problem names where it is', () => {
  const EstimateInput = z.union([
    z.object({ filter: z.object({ combinator: z.enum(['and', 'or']) }).strict() }).strict(),
    z.object({ listId: z.string() }).strict(),
    z.object({ all: z.literal(true) }).strict(),
  ]);

  it('reports a failed union by the alternative the value came closest to', () => {
    expect(formatZodIssues(EstimateInput.safeParse({ filter: { nope: 1 } }).error!)).toEqual([
      { path: 'filter.combinator', message: 'Invalid option: expected one of "and"|"or"' },
      { path: 'filter.nope', message: 'Unrecognized key: "nope"' },
    ]);
    expect(formatZodIssues(EstimateInput.safeParse({ all: false }).error!)).toEqual([
      { path: 'all', message: 'Invalid input: expected true' },
    ]);
  });

  it('keeps the message of a union that has its own', () => {
    const Value = z.union([z.string(), z.number()], { error: 'Expected a string or a number' });
    expect(formatZodIssues(z.object({ value: Value }).safeParse({ value: [] }).error!)).toEqual([
      { path: 'value', message: 'Expected a string or a number' },
    ]);
  });

  it('names each unknown key by its own path, on the outermost object too', () => {
    const result = z.object({ a: z.string() }).strict().safeParse({ a: 'x', b: 1, 'c d': 2 });
    expect(formatZodIssues(result.error!)).toEqual([
      { path: 'b', message: 'Unrecognized key: "b"' },
      { path: '["c d"]', message: 'Unrecognized key: "c d"' },
    ]);
  });
});
