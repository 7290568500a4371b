import type { z } from 'zod';

export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  summary: string;
}

export type ServiceSpec = Record<string, MethodSpec>;

export interface ContractSpec {
  services: Record<string, ServiceSpec>;
  events: Record<string, z.ZodType>;
}

export function method<I extends z.ZodType, O extends z.ZodType>(
  summary: string,
  input: I,
  output: O,
): MethodSpec<I, O> {
  return { input, output, summary };
}

type ArgsOf<I extends z.ZodType> = undefined extends z.input<I> ? [input?: z.input<I>] : [input: z.input<I>];

/** What the renderer holds: every method returns a Promise of the parsed output. */
export type ServiceClient<S extends ServiceSpec> = {
  [K in keyof S]: (...args: ArgsOf<S[K]['input']>) => Promise<z.output<S[K]['output']>>;
};

/** What the Node side implements: receives already-validated input. */
export type ServiceImpl<S extends ServiceSpec> = {
  [K in keyof S]: (input: z.output<S[K]['input']>) => Promise<z.input<S[K]['output']>> | z.input<S[K]['output']>;
};

export type ContractClient<C extends ContractSpec> = { [S in keyof C['services']]: ServiceClient<C['services'][S]> } & {
  on<E extends keyof C['events'] & string>(event: E, listener: (payload: z.output<C['events'][E]>) => void): () => void;
};

export type ContractImpl<C extends ContractSpec> = { [S in keyof C['services']]: ServiceImpl<C['services'][S]> };

export type EventPayload<C extends ContractSpec, E extends keyof C['events']> = z.output<C['events'][E]>;
