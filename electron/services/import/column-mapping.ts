import { foldCase, type FieldDefinition } from '../../../shared/audience/index';

export type ColumnMapping =
  { to: 'field'; key: string } | { to: 'ignore' } | { to: 'newField'; key: string; type: FieldDefinition['type'] };

/** "Customer ID", customer_id and customerId all compact to "customerid". */
function compact(text: string): string {
  return foldCase(text.normalize('NFKD')).replace(/[^a-z0-9]/g, '');
}

/** Headers real exports use for the built-in fields, beyond their keys and labels. */
const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  customerId: [
    'id',
    'customer',
    'custid',
    'customerno',
    'customernumber',
    'clientid',
    'externalid',
    'userid',
    'contactid',
  ],
  email: ['emailaddress', 'mail', 'e-mail'],
  phone: ['phonenumber', 'mobile', 'mobilephone', 'mobilenumber', 'cell', 'cellphone', 'tel', 'telephone', 'msisdn'],
  telegramChatId: ['telegram', 'telegramid', 'chatid'],
  pushTokens: ['pushtoken', 'devicetoken', 'devicetokens'],
  language: ['lang', 'locale', 'preferredlanguage'],
  timeZone: ['tz', 'timezone'],
  createdAt: ['created', 'signupdate', 'signedupat', 'createddate'],
};

/** Each column to the field whose key, label or a known synonym it names; the rest are ignored. */
export function suggestMapping(
  columns: readonly string[],
  fields: readonly FieldDefinition[],
): Record<string, ColumnMapping> {
  const byName = new Map<string, string>();
  for (const field of fields) {
    for (const name of [field.key, field.label, ...(SYNONYMS[field.key] ?? [])])
      if (!byName.has(compact(name))) byName.set(compact(name), field.key);
  }
  const used = new Set<string>();
  const mapping: Record<string, ColumnMapping> = {};
  for (const column of columns) {
    const key = byName.get(compact(column));
    // Two columns for one field would overwrite each other: the first keeps it.
    if (key !== undefined && !used.has(key)) {
      used.add(key);
      mapping[column] = { to: 'field', key };
    } else {
      mapping[column] = { to: 'ignore' };
    }
  }
  return mapping;
}
