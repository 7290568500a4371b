/**
 * The provider's own words from an error body, when it is JSON with a usual field
 * (`error.message`, `error_description`, `message`, `error` as text); undefined otherwise, and the
 * raw text is quoted instead.
 */
export function providerErrorMessage(text: string): string | undefined {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof body !== 'object' || body === null) return undefined;
  const record = body as Record<string, unknown>;
  const error = record.error;
  if (typeof error === 'object' && error !== null) {
    const nested = (error as Record<string, unknown>).message;
    if (typeof nested === 'string') return nested;
  }
  for (const value of [record.error_description, record.message, error])
    if (typeof value === 'string' && value.trim() !== '') return value;
  return undefined;
}
