import { z } from 'zod';
import { ApiError, type Envelope } from './errors';
import type { ContractImpl, ContractSpec, MethodSpec } from './define';
import { formatZodIssues } from '../model/index';

export interface Dispatcher {
  /** Validates, runs and answers one call; never throws. */
  dispatch(service: string, method: string, input: unknown): Promise<Envelope>;
}

export interface DispatcherOptions {
  /** Called with unexpected (non-ApiError) failures so hosts can log them; the caller only sees a generic message. */
  onInternalError?: (error: unknown, where: string) => void;
}

function lookup(spec: ContractSpec, service: string, methodName: string): MethodSpec | undefined {
  if (!Object.hasOwn(spec.services, service)) return undefined;
  const methods = spec.services[service]!;
  return Object.hasOwn(methods, methodName) ? methods[methodName] : undefined;
}

/** The one place where both transports turn an untrusted call into a validated service call. */
export function createDispatcher<C extends ContractSpec>(
  spec: C,
  impl: ContractImpl<C>,
  options: DispatcherOptions = {},
): Dispatcher {
  return {
    async dispatch(service, methodName, input) {
      const where = `${service}.${methodName}`;
      try {
        const methodSpec = lookup(spec, service, methodName);
        if (!methodSpec) throw new ApiError('UNKNOWN_METHOD', `There is no method "${where}".`);
        const parsed = methodSpec.input.safeParse(input);
        if (!parsed.success) {
          const issues = formatZodIssues(parsed.error);
          throw new ApiError(
            'BAD_INPUT',
            `Invalid input for ${where}: ${issues.map((i) => `${i.path || '(input)'}: ${i.message}`).join('; ')}`,
            issues,
          );
        }
        const serviceImpl = (impl as Record<string, Record<string, (arg: unknown) => unknown>>)[service]!;
        const result = await serviceImpl[methodName]!.call(serviceImpl, parsed.data);
        // Outputs are parsed too, so a bug on this side can never hand the UI a malformed value.
        return { ok: true, value: methodSpec.output.parse(result) };
      } catch (error) {
        if (error instanceof ApiError) return { ok: false, error: error.toPayload() };
        options.onInternalError?.(error, where);
        const detail = error instanceof z.ZodError ? 'it produced an invalid result' : 'an unexpected error occurred';
        return { ok: false, error: { code: 'INTERNAL', message: `${where} failed: ${detail}.` } };
      }
    },
  };
}
