import { DAY_MS, type AttributeValue, type Contact, type CustomField } from '../../shared/audience/index';
import { seededRandom, type SeededRandom } from './seeded-random';

/**
 * Realistic made-up contacts for tests and benchmarks: deterministic (contact i of a
 * seed is always the same, whatever else is generated), cheap enough for a million rows (no
 * phone-number parsing or date parsing per row), and awkward where real data is awkward: accented
 * and non-Latin names, capitalised and all-caps variants, decomposed (NFD) accents, unset values
 * both as null and as absent keys, empty lists.
 */

/** One custom field of every type, in both key styles: what generated contacts' attributes use. */
export const GENERATED_CUSTOM_FIELDS: readonly CustomField[] = [
  { key: 'firstName', label: 'First name', description: '', type: 'text' },
  { key: 'lastName', label: 'Last name', description: '', type: 'text' },
  { key: 'city', label: 'City', description: '', type: 'text' },
  { key: 'loyaltyPoints', label: 'Loyalty points', description: '', type: 'number' },
  { key: 'lifetime_value', label: 'Lifetime value', description: 'Total spent, in euros.', type: 'number' },
  { key: 'isVip', label: 'VIP', description: '', type: 'boolean' },
  { key: 'marketing_opt_in', label: 'Marketing opt-in', description: '', type: 'boolean' },
  { key: 'birthday', label: 'Birthday', description: '', type: 'date' },
  { key: 'lastPurchaseAt', label: 'Last purchase', description: '', type: 'dateTime' },
  { key: 'tier', label: 'Tier', description: '', type: 'choice', options: ['Bronze', 'Silver', 'Gold', 'Platinum'] },
  { key: 'tags', label: 'Tags', description: '', type: 'textList' },
];

type NonEmpty<T> = readonly [T, ...T[]];

interface Country {
  phone: (random: SeededRandom) => string;
  languages: NonEmpty<string>;
  timeZones: NonEmpty<string>;
  cities: NonEmpty<string>;
  domains: NonEmpty<string>;
}

function digits(random: SeededRandom, count: number): string {
  let text = '';
  for (let i = 0; i < count; i += 1) text += String(random.int(10));
  return text;
}

// Number ranges valid in libphonenumber's metadata (mobile ranges mostly), so every phone is E.164-valid.
const COUNTRIES: NonEmpty<Country> = [
  {
    phone: (r) => `+49${r.pick(['151', '152', '160', '170', '171', '176'])}${digits(r, r.int(2) === 0 ? 7 : 8)}`,
    languages: ['de', 'de-DE', 'en'],
    timeZones: ['Europe/Berlin'],
    cities: ['Berlin', 'München', 'Köln', 'Hamburg', 'Frankfurt am Main', 'Düsseldorf'],
    domains: ['web.de', 'gmx.de', 'gmail.com', 't-online.de'],
  },
  {
    phone: (r) => `+1${r.pick(['212', '415', '646', '312', '305', '617'])}${2 + r.int(8)}${digits(r, 6)}`,
    languages: ['en', 'en-US', 'es-US'],
    timeZones: ['America/New_York', 'America/Chicago', 'America/Los_Angeles'],
    cities: ['New York', 'San Francisco', 'Chicago', 'Miami', 'Boston'],
    domains: ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com'],
  },
  {
    phone: (r) => `+44${r.pick(['7300', '7400', '7555', '7712', '7800', '7900'])}${digits(r, 6)}`,
    languages: ['en-GB', 'en'],
    timeZones: ['Europe/London'],
    cities: ['London', 'Manchester', 'Edinburgh', 'Bristol'],
    domains: ['gmail.com', 'btinternet.com', 'example.co.uk', 'hotmail.co.uk'],
  },
  {
    phone: (r) => `+336${digits(r, 8)}`,
    languages: ['fr', 'fr-FR'],
    timeZones: ['Europe/Paris'],
    cities: ['Paris', 'Lyon', 'Orléans', 'Saint-Étienne', 'Besançon'],
    domains: ['orange.fr', 'free.fr', 'gmail.com', 'laposte.net'],
  },
  {
    phone: (r) => `+91${r.pick(['98', '99', '97', '96', '93', '90', '88', '87', '70', '81'])}${digits(r, 8)}`,
    languages: ['hi', 'en-IN', 'en'],
    timeZones: ['Asia/Kolkata'],
    cities: ['Mumbai', 'Bengaluru', 'Delhi', 'Chennai'],
    domains: ['gmail.com', 'rediffmail.com', 'yahoo.co.in'],
  },
  {
    phone: (r) => `+55${r.pick(['11', '21', '31', '41', '51'])}9${6 + r.int(4)}${digits(r, 7)}`,
    languages: ['pt-BR', 'pt'],
    timeZones: ['America/Sao_Paulo'],
    cities: ['São Paulo', 'Rio de Janeiro', 'Belo Horizonte', 'Brasília', 'Curitiba'],
    domains: ['gmail.com', 'uol.com.br', 'hotmail.com', 'bol.com.br'],
  },
];

const FIRST_NAMES: NonEmpty<string> = [
  'Anna',
  'Lukas',
  'Sophie',
  'Jürgen',
  'Zoë',
  'José',
  'Łukasz',
  'Søren',
  'İlkay',
  'Ólafur',
  'Chloé',
  'Noah',
  'Emma',
  'Liam',
  'Olivia',
  'Aarav',
  'Priya',
  'João',
  'Ana',
  'Maximilian',
  'Élodie',
  'Ærin',
  'Mia',
  'Ben',
  'Дмитрий',
  '美咲',
  'Σοφία',
  'Nguyễn Văn',
  'Ëmil',
  'Ingrid',
];
const LAST_NAMES: NonEmpty<string> = [
  'Müller',
  'Schmidt',
  'Smith',
  "O'Brien",
  'van der Berg',
  'García',
  'Dubois',
  'Sharma',
  'Patel',
  'Silva',
  'Kowalski',
  'Østergaard',
  'Weiß',
  'Núñez',
  'Johnson',
  'Martin',
  'Lefèvre',
  'Oliveira',
  'Иванов',
  '王',
  'Παπαδόπουλος',
  'Brown',
  'Becker',
  'Ñandú',
];
const TAGS: NonEmpty<string> = [
  'newsletter',
  'vip',
  'VIP',
  'sale',
  'Beta-Tester',
  'früh-bucher',
  'app-user',
  'churn-risk',
  'Ünïcode',
];
const TIERS: NonEmpty<string> = ['Bronze', 'Bronze', 'Bronze', 'Bronze', 'Silver', 'Silver', 'Gold', 'Platinum'];

// Email local parts from names without diacritics; names with no Latin letters become "user".
const ASCII_SLUG = new Map<string, string>(
  [...FIRST_NAMES, ...LAST_NAMES].map((name) => {
    const slug = name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/ß/g, 'ss')
      .replace(/[ØøŁłÆæ]/g, (letter) => ({ Ø: 'O', ø: 'o', Ł: 'L', ł: 'l', Æ: 'Ae', æ: 'ae' })[letter] ?? '')
      .replace(/[^A-Za-z]/g, '');
    return [name, slug === '' ? 'user' : slug];
  }),
);

/** Data entry as it happens: mostly as written, sometimes shouting, lower case or decomposed accents. */
function enteredAs(random: SeededRandom, text: string): string {
  const roll = random.int(100);
  if (roll < 5) return text.toUpperCase();
  if (roll < 8) return text.toLowerCase();
  if (roll < 10) return text.normalize('NFD');
  return text;
}

function emailFor(random: SeededRandom, first: string, last: string, index: number, domain: string): string {
  const f = ASCII_SLUG.get(first) ?? 'user';
  const l = ASCII_SLUG.get(last) ?? 'user';
  const local =
    [`${f}.${l}`, `${f}${index % 1000}`, `${f.slice(0, 1)}${l}`, `${l}.${f}${index % 97}`][random.int(4)] ?? f;
  // People type capitals into the local part; the domain is stored lowercased (normaliseValue does it).
  return `${random.int(5) === 0 ? local : local.toLowerCase()}@${domain}`;
}

const HEX_BYTES = Array.from({ length: 256 }, (_, n) => n.toString(16).padStart(2, '0'));

/** 32 hex digits, a push token's look: four 32-bit draws written a byte at a time from a table. */
function token(random: SeededRandom): string {
  let text = '';
  for (let i = 0; i < 4; i += 1) {
    const word = Math.floor(random.next() * 0x1_0000_0000);
    text += `${HEX_BYTES[word >>> 24]}${HEX_BYTES[(word >>> 16) & 0xff]}${HEX_BYTES[(word >>> 8) & 0xff]}${HEX_BYTES[word & 0xff]}`;
  }
  return text;
}

// Date.prototype.toISOString costs about as much as the rest of a row, so instants are written
// from cached day strings and two-/three-digit tables instead; the output is identical.
const dayStrings = new Map<number, string>();
const PADDED_2 = Array.from({ length: 60 }, (_, n) => String(n).padStart(2, '0'));
const PADDED_3 = Array.from({ length: 1000 }, (_, n) => String(n).padStart(3, '0'));

function isoDay(dayNumber: number): string {
  let day = dayStrings.get(dayNumber);
  if (day === undefined) {
    day = new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
    dayStrings.set(dayNumber, day);
  }
  return day;
}

function isoInstant(epochMs: number): string {
  const dayNumber = Math.floor(epochMs / DAY_MS);
  let rest = epochMs - dayNumber * DAY_MS;
  const millis = rest % 1000;
  rest = (rest - millis) / 1000;
  const seconds = rest % 60;
  rest = (rest - seconds) / 60;
  const minutes = rest % 60;
  const hours = (rest - minutes) / 60;
  return `${isoDay(dayNumber)}T${PADDED_2[hours]}:${PADDED_2[minutes]}:${PADDED_2[seconds]}.${PADDED_3[millis]}Z`;
}

/** A different, well-mixed seed for each (seed, index), so contacts do not depend on each other. */
function rowSeed(seed: number, index: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return h >>> 0;
}

export interface GenerateContactsOptions {
  seed?: number;
  /** Dates are spread over the years before this moment; fixed by default so output is stable. */
  now?: Date;
}

const DEFAULT_NOW = new Date('2025-06-01T12:00:00.000Z');
const BIRTHDAY_START_DAY = Date.UTC(1950, 0, 1) / DAY_MS;
const BIRTHDAY_SPAN_DAYS = 56 * 365;

/** Contact number `index` (0-based) of the seed; its customerId is "cus_" and index + 1, padded. */
export function generateContact(index: number, options: GenerateContactsOptions = {}): Contact {
  const random = seededRandom(rowSeed(options.seed ?? 1, index));
  const now = (options.now ?? DEFAULT_NOW).getTime();
  const country = random.pick(COUNTRIES);
  const first = random.pick(FIRST_NAMES);
  const last = random.pick(LAST_NAMES);
  // Whole milliseconds, so the instants below are exact integers for isoInstant.
  const created = now - random.int(3 * 365 * DAY_MS);

  const attributes: Record<string, AttributeValue> = {};
  const maybe = (percent: number, key: string, value: () => AttributeValue): void => {
    const roll = random.int(100);
    // Unset comes both ways: an explicit null and a key that is simply absent.
    if (roll < percent) attributes[key] = value();
    else if (roll % 2 === 0) attributes[key] = null;
  };
  maybe(97, 'firstName', () => enteredAs(random, first));
  maybe(95, 'lastName', () => enteredAs(random, last));
  maybe(85, 'city', () => enteredAs(random, random.pick(country.cities)));
  maybe(85, 'loyaltyPoints', () => (random.int(10) === 0 ? 0 : random.int(5001)));
  maybe(80, 'lifetime_value', () => random.int(500_001) / 100);
  maybe(85, 'isVip', () => random.int(8) === 0);
  maybe(90, 'marketing_opt_in', () => random.int(3) !== 0);
  maybe(70, 'birthday', () => isoDay(BIRTHDAY_START_DAY + random.int(BIRTHDAY_SPAN_DAYS)));
  maybe(75, 'lastPurchaseAt', () => isoInstant(created + random.int(Math.max(1, now - created))));
  maybe(92, 'tier', () => random.pick(TIERS));
  maybe(70, 'tags', () => {
    const count = random.int(4);
    const tags = new Set<string>();
    for (let i = 0; i < count; i += 1) tags.add(random.pick(TAGS));
    return [...tags];
  });

  const tokenCount = random.int(10) < 4 ? 1 + random.int(2) : 0;
  const pushTokens: string[] = [];
  for (let i = 0; i < tokenCount; i += 1) pushTokens.push(token(random));

  return {
    customerId: `cus_${String(index + 1).padStart(7, '0')}`,
    email: random.int(100) < 92 ? emailFor(random, first, last, index, random.pick(country.domains)) : null,
    phone: random.int(100) < 80 ? country.phone(random) : null,
    telegramChatId: random.int(100) < 25 ? String(100_000_000 + random.int(900_000_000)) : null,
    pushTokens,
    language: random.int(100) < 90 ? random.pick(country.languages) : null,
    timeZone: random.int(100) < 85 ? random.pick(country.timeZones) : null,
    createdAt: isoInstant(created),
    attributes,
  };
}

/** `count` contacts starting at `startIndex` (default 0): for a million, loop generateContact in chunks. */
export function generateContacts(
  count: number,
  options: GenerateContactsOptions & { startIndex?: number } = {},
): Contact[] {
  const start = options.startIndex ?? 0;
  return Array.from({ length: count }, (_, offset) => generateContact(start + offset, options));
}
