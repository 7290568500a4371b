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

/** How the variables of a template stand against the data it is rendered with and the customer fields. */
export interface VariableCheck {
  /** Provided neither by the data nor by a customer field: they render as nothing. Sorted. */
  undefined: string[];
  /**
   * `customer.<key>` paths the data has although no customer field is called <key>: a sample
   * profile shows them, but no real contact has them. Sorted.
   */
  notCustomerFields: string[];
}

/**
 * Sorts the paths (as extractVariables returns them) that are not plainly provided. Of the customer,
 * only fields are trusted: `customer.<field>…` is provided when <field> is a built-in or known
 * custom field, since every real profile has it even when this sample does not, and nothing is
 * checked beneath it (`customer.address.city` is provided when "address" is a known field). Any
 * other `customer.<key>` is not a customer field, whatever the data holds: when the data has it,
 * it is in `notCustomerFields` (a preview can still show it), otherwise in `undefined`. Any other
 * path is provided when it can be walked in `data`; a key present with the value null counts (the
 * profile has the field, it is just empty).
 */
export function checkVariables(
  paths: readonly string[],
  data: Readonly<Record<string, unknown>>,
  knownCustomerFields: readonly string[],
): VariableCheck {
  const known = new Set<string>([...BUILTIN_CUSTOMER_FIELDS, ...knownCustomerFields]);
  const undefinedPaths = new Set<string>();
  const notCustomerFields = new Set<string>();
  for (const path of paths) {
    const segments = splitVariablePath(path);
    if (!segments) {
      undefinedPaths.add(path);
      continue;
    }
    const [root, field] = segments;
    const customerKey = root === 'customer' && typeof field === 'string';
    if (customerKey && known.has(field)) continue;
    if (!presentInData(segments, data)) undefinedPaths.add(path);
    else if (customerKey) notCustomerFields.add(path);
  }
  return { undefined: [...undefinedPaths].sort(), notCustomerFields: [...notCustomerFields].sort() };
}
