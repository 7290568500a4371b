import type { CustomField } from '../../../../../shared/audience/index';
import type { ContactRow } from '../../../../../electron/services/audience/contacts-table';

/**
 * Custom fields the generated contacts do not have, so that odd rows can hold values of the wrong
 * type for them (as after a field's type was changed) — and one field no contact has at all.
 */
export const EXTRA_FIELDS: readonly CustomField[] = [
  { key: 'nickname', label: 'Nickname', description: '', type: 'text' },
  { key: 'postcode', label: 'Postcode', description: '', type: 'text' },
  { key: 'legacyScore', label: 'Legacy score', description: '', type: 'number' },
  { key: 'signupDay', label: 'Signup day', description: '', type: 'date' },
  { key: 'flag', label: 'Flag', description: '', type: 'boolean' },
  { key: 'segments', label: 'Segments', description: '', type: 'textList' },
];

const CREATED = '2024-03-10T08:00:00.000Z';

function row(index: number, overrides: Partial<ContactRow>, attributes: string): ContactRow {
  return {
    customer_id: `odd_${String(index).padStart(3, '0')}`,
    email: null,
    phone: null,
    telegram_chat_id: null,
    push_tokens: '[]',
    language: null,
    time_zone: null,
    created_at: CREATED,
    attributes,
    ...overrides,
  };
}

/**
 * Rows no Contact written by contactToRow would contain, written as raw JSON text: values of the
 * wrong type, empty strings, dates in other shapes, lists with non-text items, escaped unicode,
 * numbers at the edges. The evaluator and SQL must still agree on every one of them.
 */
export const ODD_ROWS: readonly ContactRow[] = [
  row(1, { email: '', phone: '', language: '' }, '{}'),
  row(
    2,
    { email: 'UPPER.CASE@EXAMPLE.COM', language: 'EN' },
    '{"city":42,"tier":"gold","isVip":"true","loyaltyPoints":"100"}',
  ),
  row(3, { created_at: '2024-05-01 10:00:00' }, '{"city":["Berlin"],"tier":"Diamond","isVip":1,"loyaltyPoints":true}'),
  row(
    4,
    { created_at: '2024-05-01T10:00:00Z' },
    '{"city":{"name":"Berlin"},"lastPurchaseAt":"2024-05-01T10:00:00Z","birthday":"1990-1-1"}',
  ),
  row(
    5,
    { push_tokens: '["", 5, null, "TOKEN-UPPER"]' },
    '{"city":"","firstName":"","tags":"vip","birthday":"1990-01-01T00:00:00.000Z"}',
  ),
  row(
    6,
    { push_tokens: '["", ""]' },
    '{"tags":[1,2,null],"lastPurchaseAt":"2024-05-01T10:00:00.000+02:00","lifetime_value":1e308}',
  ),
  row(7, {}, '{"tags":["vip",null,"",["sale"]],"loyaltyPoints":-0.0,"lifetime_value":1.5e-7}'),
  row(8, {}, '{"city":"M\\u00fcnchen","firstName":"\\u0041nna","lastName":"O\'Brien","tags":["V\\u0049P"]}'),
  row(9, {}, '{"__proto__":{"city":"Berlin"},"constructor":"x","city":"Berlin"}'),
  row(10, {}, '{"postcode":10115,"legacyScore":"12","signupDay":"2024-05-01","flag":1,"segments":"a;b"}'),
  row(11, {}, '{"postcode":"10115","legacyScore":12,"signupDay":20240501,"flag":true,"segments":["A",1,null,"","b"]}'),
  row(12, {}, '{"postcode":"","legacyScore":false,"signupDay":"2024-5-1","flag":"true","segments":{"x":"a"}}'),
  row(
    13,
    {},
    '{"postcode":["10115"],"legacyScore":[12],"signupDay":"2024-05-01T00:00:00.000Z","flag":false,"segments":[]}',
  ),
  row(14, {}, '{"postcode":null,"legacyScore":null,"signupDay":null,"flag":null,"segments":null}'),
  row(15, {}, '{"legacyScore":12.0,"signupDay":"2024-02-30","segments":[["a"]]}'),
  row(16, {}, '{"city":"  Berlin  ","firstName":"ANNA","lastName":"MÜLLER","tier":"  Gold"}'),
  row(17, {}, '{"city":"ISTANBUL","firstName":"İlkay","lastName":"ılgaz"}'),
  row(18, {}, '{"city":"berlin%","firstName":"a_b","lastName":"50% off","tags":["%","_"]}'),
  row(19, {}, '{"city":"Sa\\u0303o Paulo","firstName":"Zoe\\u0308","tags":["Ünïcode","ÜNÏCODE"]}'),
  row(20, {}, '{"loyaltyPoints":9007199254740991,"lifetime_value":-12.5,"isVip":false}'),
];

/** Customer ids in contact lists that are not contacts at all: must match no one. */
export const STRANGER_IDS = ['nobody_1', 'nobody_2'];
