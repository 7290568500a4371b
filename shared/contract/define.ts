import type { z } from 'zod';
import type { ApiErrorPayload } from './errors';

/** A call: JSON in, JSON out. */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  kind: 'call';
  input: I;
  output: O;
  summary: string;
}

/** A file sent to the Node side as a stream of bytes (a CSV to import), answered with JSON. */
export interface UploadSpec<O extends z.ZodType = z.ZodType> {
  kind: 'upload';
  output: O;
  summary: string;
}

/** JSON in, a file streamed back (a CSV export): never held whole in memory on the Node side. */
export interface DownloadSpec<I extends z.ZodType = z.ZodType> {
  kind: 'download';
  input: I;
  /** The file's media type, as the browser host sends it. */
  mediaType: string;
  summary: string;
}

export type AnyMethodSpec = MethodSpec | UploadSpec | DownloadSpec;

export type ServiceSpec = Record<string, AnyMethodSpec>;

export interface ContractSpec {
  services: Record<string, ServiceSpec>;
  events: Record<string, z.ZodType>;
}

export function method<I extends z.ZodType, O extends z.ZodType>(
  summary: string,
  input: I,
  output: O,
): MethodSpec<I, O> {
  return { kind: 'call', input, output, summary };
}

export function upload<O extends z.ZodType>(summary: string, output: O): UploadSpec<O> {
  return { kind: 'upload', output, summary };
}

export function download<I extends z.ZodType>(summary: string, input: I, mediaType: string): DownloadSpec<I> {
  return { kind: 'download', input, mediaType, summary };
}

/** The bytes of an upload as the Node side reads them: chunk by chunk. */
export type ByteStream = AsyncIterable<Uint8Array>;

/** What a download method's implementation hands back: the name to save as and the text, in chunks. */
export interface DownloadBody {
  fileName: string;
  chunks: Iterable<string> | AsyncIterable<string>;
}

/** A downloaded file as the renderer receives it. */
export interface DownloadedFile {
  fileName: string;
  blob: Blob;
}

export type DownloadEnvelope = { ok: true; value: DownloadedFile } | { ok: false; error: ApiErrorPayload };

type ArgsOf<I extends z.ZodType> = undefined extends z.input<I> ? [input?: z.input<I>] : [input: z.input<I>];

type ClientMethod<M extends AnyMethodSpec> =
  M extends MethodSpec<infer I, infer O>
    ? (...args: ArgsOf<I>) => Promise<z.output<O>>
    : M extends UploadSpec<infer O>
      ? (file: Blob) => Promise<z.output<O>>
      : M extends DownloadSpec<infer I>
        ? (...args: ArgsOf<I>) => Promise<DownloadedFile>
        : never;

type ImplMethod<M extends AnyMethodSpec> =
  M extends MethodSpec<infer I, infer O>
    ? (input: z.output<I>) => Promise<z.input<O>> | z.input<O>
    : M extends UploadSpec<infer O>
      ? (body: ByteStream) => Promise<z.input<O>>
      : M extends DownloadSpec<infer I>
        ? (input: z.output<I>) => Promise<DownloadBody> | DownloadBody
        : never;

/** What the renderer holds: every method returns a Promise of the parsed output. */
export type ServiceClient<S extends ServiceSpec> = { [K in keyof S]: ClientMethod<S[K]> };

/** What the Node side implements: receives already-validated input. */
export type ServiceImpl<S extends ServiceSpec> = { [K in keyof S]: ImplMethod<S[K]> };

/** Where the page runs: the desktop app (IPC, native dialogs, files by path) or a browser tab (HTTP). */
export type HostKind = 'electron' | 'browser';

export type ContractClient<C extends ContractSpec> = { [S in keyof C['services']]: ServiceClient<C['services'][S]> } & {
  /** The host the client's transport reaches, known without asking it. */
  readonly host: HostKind;
  on<E extends keyof C['events'] & string>(event: E, listener: (payload: z.output<C['events'][E]>) => void): () => void;
};

export type ContractImpl<C extends ContractSpec> = { [S in keyof C['services']]: ServiceImpl<C['services'][S]> };

export type EventPayload<C extends ContractSpec, E extends keyof C['events']> = z.output<C['events'][E]>;
