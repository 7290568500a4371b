import { EventInputSchema, eventIssues, type EventInput } from '../../../shared/api-v1/events';

export interface EventFormValues {
  customerId: string;
  name: string;
  propertiesText: string;
}

/** What is wrong, per form field ('customerId', 'name', 'properties'). */
export type EventFormErrors = Partial<Record<'customerId' | 'name' | 'properties', string>>;

/** Where a JSON.parse error is, as line and column; engines report a character position. */
function positionHint(text: string, message: string): string {
  const at = /position (\d+)/.exec(message);
  // Newer engines name the line and column themselves.
  if (!at || /\bline \d+/.test(message)) return '';
  const offset = Number(at[1]);
  const before = text.slice(0, offset).split('\n');
  return ` (line ${before.length}, column ${before[before.length - 1]!.length + 1})`;
}

/**
 * The dialog's fields as the event the API would receive, or what is wrong with each field:
 * JSON syntax errors with their line and column, and the schema's own messages otherwise.
 */
export function eventFromForm(values: EventFormValues): { event: EventInput } | { errors: EventFormErrors } {
  const errors: EventFormErrors = {};
  let properties: unknown = {};
  if (values.propertiesText.trim() !== '') {
    try {
      properties = JSON.parse(values.propertiesText);
    } catch (error) {
      errors.properties = `Not valid JSON${positionHint(values.propertiesText, (error as Error).message)}: ${(error as Error).message}`;
    }
  }
  const candidate = { customerId: values.customerId, name: values.name, properties };
  const parsed = EventInputSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of eventIssues(parsed.error)) {
      const field = issue.path.split(/[.[]/)[0] as keyof EventFormErrors;
      if (field === 'properties' && errors.properties) continue;
      const message = field === 'properties' ? `${issue.message}, such as {"orderId": "A-17"}` : issue.message;
      errors[field] ??= issue.path === field ? message : `${issue.path}: ${message}`;
    }
  }
  if (Object.keys(errors).length > 0) return { errors };
  return { event: candidate as EventInput };
}
