import { splitVariablePath, type VariableSegment } from './variable-path';

/**
 * Customer fields every profile has, whether or not the sample profile fills them in; a template
 * reading them is never flagged. Custom fields come from the project's customer-field definitions.
 */
export const BUILTIN_CUSTOMER_FIELDS = [
  'customerId',
  'email',
  'phone',
  'telegramChatId',
  'pushTokens',
  'language',
  'timeZone',
  'createdAt',
] as const;

type Lookup = { found: true; value: unknown } | { found: false };

// Liquid's special properties size, first and last read a length or an element, not a key: they
// exist on any (non-empty) array, and size on any string, though no such key is in the data.
function step(value: unknown, segment: VariableSegment): Lookup {
  if (Array.isArray(value)) {
    if (typeof segment === 'number') {
      const index = segment < 0 ? value.length + segment : segment;
      return index >= 0 && index < value.length ? { found: true, value: value[index] } : { found: false };
    }
    if (segment === 'size') return { found: true, value: value.length };
    if (segment === 'first') return value.length > 0 ? { found: true, value: value[0] } : { found: false };
    if (segment === 'last')
      return value.length > 0 ? { found: true, value: value[value.length - 1] } : { found: false };
    return { found: false };
  }
  if (typeof value === 'string') {
    return segment === 'size' ? { found: true, value: value.length } : { found: false };
  }
  if (typeof value === 'object' && value !== null) {
    const key = String(segment);
    return Object.hasOwn(value, key)
      ? { found: true, value: (value as Record<string, unknown>)[key] }
      : { found: false };
  }
  return { found: false };
}

function presentInData(segments: readonly VariableSegment[], data: Readonly<Record<string, unknown>>): boolean {
  let current: Lookup = { found: true, value: data };
  for (const segment of segments) {
    if (!current.found) return false;
    current = step(current.value, segment);
  }
  return current.found;
}

/**
 * The paths (as extractVariables returns them) that neither the sample data nor the customer-field
 * definitions provide, sorted. A path is defined when it can be walked in `data` (a key present with
 * the value null still counts: the profile has the field, it is just empty), or when it is
 * `customer.<field>…` and <field> is a built-in or known custom field, since real profiles will
 * have it even when this sample does not. Only known fields are trusted this way, not what is
 * beneath them: `customer.address.city` is defined when "address" is a known field.
 */
export function findUndefinedVariables(
  paths: readonly string[],
  data: Readonly<Record<string, unknown>>,
  knownCustomerFields: readonly string[],
): string[] {
  const known = new Set<string>([...BUILTIN_CUSTOMER_FIELDS, ...knownCustomerFields]);
  const undefinedPaths = new Set<string>();
  for (const path of paths) {
    const segments = splitVariablePath(path);
    if (!segments) {
      undefinedPaths.add(path);
      continue;
    }
    const [root, field] = segments;
    if (root === 'customer' && typeof field === 'string' && known.has(field)) continue;
    if (!presentInData(segments, data)) undefinedPaths.add(path);
  }
  return [...undefinedPaths].sort();
}
