import { z } from 'zod';
import { ApiError, type ApiErrorPayload, type Envelope } from './errors';
import type { AnyMethodSpec, ByteStream, ContractImpl, ContractSpec } from './define';
import { formatZodIssues } from '../model/index';

/** A download ready to send: its first chunk already made, so a refusal still comes back as an error. */
export interface StreamedFile {
  fileName: string;
  mediaType: string;
  chunks: AsyncIterable<string>;
}

export type StreamEnvelope = { ok: true; value: StreamedFile } | { ok: false; error: ApiErrorPayload };

export interface Dispatcher {
  /** Validates, runs and answers one call; never throws. */
  dispatch(service: string, method: string, input: unknown): Promise<Envelope>;
  /** Hands an upload's bytes to its method and answers as a call does; never throws. */
  upload(service: string, method: string, body: ByteStream): Promise<Envelope>;
  /** Validates a download's input and starts the file; never throws. */
  download(service: string, method: string, input: unknown): Promise<StreamEnvelope>;
}

export interface DispatcherOptions {
  /** Called with unexpected (non-ApiError) failures so hosts can log them; the caller only sees a generic message. */
  onInternalError?: (error: unknown, where: string) => void;
}

const KIND_NAMES = { call: 'a call', upload: 'an upload', download: 'a download' } as const;

function lookup<K extends AnyMethodSpec['kind']>(
  spec: ContractSpec,
  service: string,
  methodName: string,
  kind: K,
): Extract<AnyMethodSpec, { kind: K }> {
  const where = `${service}.${methodName}`;
  const methods = Object.hasOwn(spec.services, service) ? spec.services[service]! : {};
  const found = Object.hasOwn(methods, methodName) ? methods[methodName] : undefined;
  if (!found) throw new ApiError('UNKNOWN_METHOD', `There is no method "${where}".`);
  if (found.kind !== kind) {
    throw new ApiError('BAD_INPUT', `"${where}" is ${KIND_NAMES[found.kind]}, not ${KIND_NAMES[kind]}.`);
  }
  return found as Extract<AnyMethodSpec, { kind: K }>;
}

function parseInput(schema: z.ZodType, input: unknown, where: string): unknown {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = formatZodIssues(parsed.error);
  throw new ApiError(
    'BAD_INPUT',
    `Invalid input for ${where}: ${issues.map((i) => `${i.path || '(input)'}: ${i.message}`).join('; ')}`,
    issues,
  );
}

/** The chunks again, with the first one (already taken) put back in front. */
async function* resumed(first: IteratorResult<string>, rest: AsyncIterator<string> | Iterator<string>) {
  for (let next = first; !next.done; next = await rest.next()) yield next.value;
}

/** The one place where both transports turn an untrusted call into a validated service call. */
export function createDispatcher<C extends ContractSpec>(
  spec: C,
  impl: ContractImpl<C>,
  options: DispatcherOptions = {},
): Dispatcher {
  const run = (service: string, methodName: string, arg: unknown): Promise<unknown> => {
    const serviceImpl = (impl as Record<string, Record<string, (arg: unknown) => unknown>>)[service]!;
    return Promise.resolve(serviceImpl[methodName]!.call(serviceImpl, arg));
  };

  function failure(error: unknown, where: string): { ok: false; error: ApiErrorPayload } {
    if (error instanceof ApiError) return { ok: false, error: error.toPayload() };
    options.onInternalError?.(error, where);
    const detail = error instanceof z.ZodError ? 'it produced an invalid result' : 'an unexpected error occurred';
    return { ok: false, error: { code: 'INTERNAL', message: `${where} failed: ${detail}.` } };
  }

  return {
    async dispatch(service, methodName, input) {
      const where = `${service}.${methodName}`;
      try {
        const methodSpec = lookup(spec, service, methodName, 'call');
        const result = await run(service, methodName, parseInput(methodSpec.input, input, where));
        // Outputs are parsed too, so a bug on this side can never hand the UI a malformed value.
        return { ok: true, value: methodSpec.output.parse(result) };
      } catch (error) {
        return failure(error, where);
      }
    },

    async upload(service, methodName, body) {
      const where = `${service}.${methodName}`;
      try {
        const methodSpec = lookup(spec, service, methodName, 'upload');
        return { ok: true, value: methodSpec.output.parse(await run(service, methodName, body)) };
      } catch (error) {
        return failure(error, where);
      }
    },

    async download(service, methodName, input) {
      const where = `${service}.${methodName}`;
      try {
        const methodSpec = lookup(spec, service, methodName, 'download');
        const body = (await run(service, methodName, parseInput(methodSpec.input, input, where))) as {
          fileName: unknown;
          chunks: Iterable<string> | AsyncIterable<string>;
        };
        const fileName = z.string().min(1).parse(body.fileName);
        const iterator =
          Symbol.asyncIterator in body.chunks
            ? body.chunks[Symbol.asyncIterator]()
            : (body.chunks as Iterable<string>)[Symbol.iterator]();
        // Making the first chunk runs the method's checks (an unknown list, a bad filter) now,
        // while the answer can still be an error rather than a broken file.
        const first = await iterator.next();
        return { ok: true, value: { fileName, mediaType: methodSpec.mediaType, chunks: resumed(first, iterator) } };
      } catch (error) {
        return failure(error, where);
      }
    },
  };
}
