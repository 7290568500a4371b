import { whatsappParameters } from '../../../../shared/templates/limits/whatsapp';

/** The parameter keys a body uses, once each, in numeric order: "{{2}} {{1}} {{2}}" → ["1", "2"]. */
export function parameterNumbers(body: string): string[] {
  return whatsappParameters(body).map(String);
}

/**
 * The mapping to store after the body changed: a row per parameter the body uses, keeping what
 * was mapped, empty for new ones; parameters no longer in the body are dropped so none is sent.
 */
export function syncParameters(parameters: Readonly<Record<string, string>>, body: string): Record<string, string> {
  return Object.fromEntries(parameterNumbers(body).map((n) => [n, Object.hasOwn(parameters, n) ? parameters[n]! : '']));
}
