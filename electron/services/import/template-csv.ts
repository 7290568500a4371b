import type { FieldDefinition } from '../../../shared/audience/index';
import { csvLine } from './csv-text';

const BUILTIN_EXAMPLES: Readonly<Record<string, string>> = {
  customerId: 'C-1001',
  email: 'ada.lovelace@example.com',
  phone: '+4915123456789',
  telegramChatId: '123456789',
  pushTokens: '',
  language: 'en',
  timeZone: 'Europe/Berlin',
  createdAt: '2024-05-01T09:30:00.000Z',
};

function example(field: FieldDefinition): string {
  if (field.builtIn) return BUILTIN_EXAMPLES[field.key] ?? '';
  switch (field.type) {
    case 'text':
      return 'Example';
    case 'number':
      return '42';
    case 'boolean':
      return 'true';
    case 'date':
      return '2024-05-01';
    case 'dateTime':
      return '2024-05-01T09:30:00Z';
    case 'choice':
      return field.options?.[0] ?? '';
    case 'textList':
      return 'first;second';
  }
}

/** A header of every field key and one example row that imports cleanly. */
export function templateCsv(fields: readonly FieldDefinition[]): string {
  return `${csvLine(fields.map((field) => field.key))}\r\n${csvLine(fields.map(example))}\r\n`;
}
