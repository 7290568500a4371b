import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import {
  ApiError,
  createClient,
  createDispatcher,
  download,
  method,
  upload,
  type ContractSpec,
  type DownloadEnvelope,
  type Transport,
} from '../../../shared/contract/index';

const spec = {
  services: {
    files: {
      count: method('Counts.', z.object({}).optional(), z.number()),
      receive: upload('Takes bytes; answers how many.', z.object({ bytes: z.number().int() })),
      receiveBadly: upload('Answers the wrong shape.', z.object({ bytes: z.number().int() })),
      numbers: download(
        'The numbers up to n, one a line.',
        z.object({ upTo: z.number().int().min(1) }).strict(),
        'text/plain',
      ),
      refusing: download('Refuses while making its first chunk.', z.object({}).strict(), 'text/plain'),
    },
  },
  events: { counted: z.object({ count: z.number() }) },
} satisfies ContractSpec;

async function* chunksOf(...parts: string[]) {
  for (const part of parts) yield new TextEncoder().encode(part);
}

function setup() {
  const onInternalError = vi.fn();
  const made: number[] = [];
  const dispatcher = createDispatcher(
    spec,
    {
      files: {
        count: () => 1,
        receive: async (body) => {
          let bytes = 0;
          for await (const chunk of body) bytes += chunk.length;
          return { bytes };
        },
        receiveBadly: async () => ({ bytes: 'many' }) as unknown as { bytes: number },
        numbers: ({ upTo }) => ({
          fileName: 'numbers.txt',
          chunks: (function* () {
            for (let n = 1; n <= upTo; n += 1) {
              made.push(n);
              yield `${n}\n`;
            }
          })(),
        }),
        refusing: () => ({
          fileName: 'never.txt',
          // Like the contacts export, the first chunk is where what is exported gets checked.
          chunks: {
            [Symbol.iterator]: (): Iterator<string> => ({
              next: () => {
                throw new ApiError('NOT_FOUND', 'There is nothing to export.');
              },
            }),
          },
        }),
      },
    },
    { onInternalError },
  );
  return { dispatcher, made, onInternalError };
}

describe('upload methods', () => {
  it('hand the bytes to the method and parse its answer', async () => {
    const { dispatcher, onInternalError } = setup();
    expect(await dispatcher.upload('files', 'receive', chunksOf('abc', 'de'))).toEqual({
      ok: true,
      value: { bytes: 5 },
    });
    expect(await dispatcher.upload('files', 'receiveBadly', chunksOf('x'))).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', message: 'files.receiveBadly failed: it produced an invalid result.' },
    });
    expect(onInternalError).toHaveBeenCalledTimes(1);
  });

  it('cannot be called as anything else, nor anything else as them', async () => {
    const { dispatcher } = setup();
    expect(await dispatcher.dispatch('files', 'receive', {})).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', message: '"files.receive" is an upload, not a call.' },
    });
    expect(await dispatcher.upload('files', 'count', chunksOf())).toMatchObject({
      error: { message: '"files.count" is a call, not an upload.' },
    });
    expect(await dispatcher.upload('files', 'missing', chunksOf())).toMatchObject({
      error: { code: 'UNKNOWN_METHOD' },
    });
  });
});

describe('download methods', () => {
  it('validate the input, naming the field, before the method runs', async () => {
    const { dispatcher, made } = setup();
    const refused = await dispatcher.download('files', 'numbers', { upTo: 0 });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', issues: [{ path: 'upTo', message: expect.any(String) }] },
    });
    expect(refused.ok || refused.error.message).toMatch(/^Invalid input for files\.numbers: upTo: /);
    expect(made).toEqual([]);
  });

  it('make the first chunk before answering and the rest as they are read', async () => {
    const { dispatcher, made } = setup();
    const answer = await dispatcher.download('files', 'numbers', { upTo: 3 });
    if (!answer.ok) throw new Error(answer.error.message);
    expect(answer.value).toMatchObject({ fileName: 'numbers.txt', mediaType: 'text/plain' });
    expect(made).toEqual([1]);
    const text: string[] = [];
    for await (const chunk of answer.value.chunks) text.push(chunk);
    expect(text.join('')).toBe('1\n2\n3\n');
  });

  it('answer a refusal made with the first chunk as an error, not a broken file', async () => {
    const { dispatcher } = setup();
    expect(await dispatcher.download('files', 'refusing', {})).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'There is nothing to export.' },
    });
  });
});

describe('the client of a contract with every kind of method', () => {
  it('sends uploads and downloads through the transport, and refuses events the contract does not allow', async () => {
    const { dispatcher } = setup();
    const listeners: ((payload: unknown) => void)[] = [];
    const transport: Transport = {
      host: 'browser',
      invoke: (service, name, input) => dispatcher.dispatch(service, name, input),
      upload: async (service, name, file) => dispatcher.upload(service, name, chunksOf(await file.text())),
      download: async (service, name, input): Promise<DownloadEnvelope> => {
        const answer = await dispatcher.download(service, name, input);
        if (!answer.ok) return answer;
        const parts: string[] = [];
        for await (const chunk of answer.value.chunks) parts.push(chunk);
        return { ok: true, value: { fileName: answer.value.fileName, blob: new Blob(parts) } };
      },
      subscribe: (_event, listener) => {
        listeners.push(listener);
        return () => {};
      },
    };
    const refused: string[] = [];
    const client = createClient(spec, transport, { onRefusedEvent: (message) => refused.push(message) });
    expect(client.host).toBe('browser');
    expect(await client.files.receive(new Blob(['hello']))).toEqual({ bytes: 5 });
    const file = await client.files.numbers({ upTo: 2 });
    expect(file.fileName).toBe('numbers.txt');
    expect(await file.blob.text()).toBe('1\n2\n');
    await expect(client.files.numbers({ upTo: -1 })).rejects.toMatchObject({ code: 'BAD_INPUT' });

    const seen: unknown[] = [];
    client.on('counted', (payload) => seen.push(payload));
    for (const listener of listeners) {
      listener({ count: 3 });
      listener({ count: 'three' });
      listener(null);
    }
    expect(seen).toEqual([{ count: 3 }]);
    expect(refused).toEqual([
      expect.stringMatching(/^Invalid payload for event counted: count: /),
      expect.stringMatching(/^Invalid payload for event counted: \(payload\): /),
    ]);
  });
});
