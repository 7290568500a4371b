import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import {
  ApiError,
  createClient,
  createDispatcher,
  method,
  type ContractSpec,
  type Transport,
} from '../../../shared/contract/index';

const spec = {
  services: {
    maths: {
      add: method('Adds two numbers.', z.object({ a: z.number(), b: z.number() }).strict(), z.number()),
      broken: method('Returns the wrong type.', z.object({}).optional(), z.number()),
      explode: method('Throws an unexpected error.', z.object({}).optional(), z.number()),
      refuse: method('Throws a typed error.', z.object({}).optional(), z.number()),
    },
  },
  events: { added: z.object({ sum: z.number() }) },
} satisfies ContractSpec;

function setup() {
  const onInternalError = vi.fn();
  const dispatcher = createDispatcher(
    spec,
    {
      maths: {
        add: ({ a, b }) => a + b,
        broken: () => 'not a number' as unknown as number,
        explode: () => {
          throw new Error('secret internal detail');
        },
        refuse: () => {
          throw new ApiError('NOT_FOUND', 'No such sum.');
        },
      },
    },
    { onInternalError },
  );
  return { dispatcher, onInternalError };
}

describe('createDispatcher', () => {
  it('answers a valid call with the parsed output', async () => {
    const { dispatcher } = setup();
    expect(await dispatcher.dispatch('maths', 'add', { a: 2, b: 3 })).toEqual({ ok: true, value: 5 });
  });

  it('refuses unknown services and methods, including inherited object keys', async () => {
    const { dispatcher } = setup();
    for (const [service, name] of [
      ['nope', 'add'],
      ['maths', 'nope'],
      ['maths', 'toString'],
      ['__proto__', 'add'],
      ['maths', 'constructor'],
    ]) {
      const result = await dispatcher.dispatch(service!, name!, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    }
  });

  it('names the offending field when the input is wrong', async () => {
    const { dispatcher } = setup();
    const result = await dispatcher.dispatch('maths', 'add', { a: 'two', b: 3 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('BAD_INPUT');
    expect(result.error.message).toContain('maths.add');
    expect(result.error.issues?.[0]?.path).toBe('a');
  });

  it('refuses unexpected keys and missing input', async () => {
    const { dispatcher } = setup();
    expect(await dispatcher.dispatch('maths', 'add', { a: 1, b: 2, c: 3 })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT' },
    });
    expect(await dispatcher.dispatch('maths', 'add', undefined)).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT' },
    });
  });

  it('hides internal failures behind a generic message and reports them to the host', async () => {
    const { dispatcher, onInternalError } = setup();
    const result = await dispatcher.dispatch('maths', 'explode', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('secret internal detail');
    expect(onInternalError).toHaveBeenCalledOnce();
  });

  it('never lets an invalid output through', async () => {
    const { dispatcher } = setup();
    const result = await dispatcher.dispatch('maths', 'broken', {});
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', message: expect.stringContaining('invalid result') },
    });
  });

  it('passes typed errors through unchanged', async () => {
    const { dispatcher } = setup();
    expect(await dispatcher.dispatch('maths', 'refuse', {})).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No such sum.' },
    });
  });
});

describe('createClient', () => {
  it('turns envelopes into values and ApiErrors, over any transport', async () => {
    const { dispatcher } = setup();
    const listeners: ((payload: unknown) => void)[] = [];
    const transport: Transport = {
      host: 'browser',
      invoke: (service, name, input) => dispatcher.dispatch(service, name, input),
      upload: () => Promise.reject(new Error('no uploads here')),
      download: () => Promise.reject(new Error('no downloads here')),
      subscribe: (_event, listener) => {
        listeners.push(listener);
        return () => listeners.splice(listeners.indexOf(listener), 1);
      },
    };
    const client = createClient(spec, transport);
    expect(await client.maths.add({ a: 40, b: 2 })).toBe(42);
    const failure = await client.maths.refuse().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ code: 'NOT_FOUND', message: 'No such sum.' });

    const seen: unknown[] = [];
    const off = client.on('added', (payload) => seen.push(payload));
    listeners.forEach((listener) => listener({ sum: 1 }));
    off();
    expect(seen).toEqual([{ sum: 1 }]);
    expect(listeners).toHaveLength(0);
  });
});
