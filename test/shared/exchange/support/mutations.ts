import { seededRandom, type SeededRandom } from '../../../support/seeded-random';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Container = Json[] | { [key: string]: Json };

/** Every object and array in the data, with the data itself first. */
function containers(value: Json, into: Container[] = []): Container[] {
  if (value === null || typeof value !== 'object') return into;
  into.push(value);
  for (const item of Array.isArray(value) ? value : Object.values(value)) containers(item, into);
  return into;
}

const WORDS = [
  'email',
  'pigeon',
  'draft',
  'next',
  'yes',
  'EMAIL',
  '',
  ' ',
  'null',
  '0',
  'true',
  'after-period',
  'days',
  'in',
  'message',
  'exit',
];

function randomString(random: SeededRandom): string {
  const length = random.int(12);
  let text = '';
  for (let i = 0; i < length; i++) text += String.fromCharCode(random.int(0x3000));
  return text;
}

function randomValue(random: SeededRandom, depth = 0): Json {
  switch (random.int(depth > 3 ? 6 : 8)) {
    case 0:
      return null;
    case 1:
      return random.next() < 0.5;
    case 2:
      return random.pick([0, -1, 1.5, 1e308, -1e-308, 2 ** 53 + 1, 20_000, 0.1]);
    case 3:
      return random.pick(WORDS as [string, ...string[]]);
    case 4:
      return randomString(random);
    case 5:
      return '{{ customer.x }}<script>\u0000';
    case 6:
      return Array.from({ length: random.int(4) }, () => randomValue(random, depth + 1));
    default:
      return Object.fromEntries(
        Array.from({ length: random.int(4) }, () => [
          random.pick(WORDS as [string, ...string[]]) || 'k',
          randomValue(random, depth + 1),
        ]),
      );
  }
}

function nested(depth: number): Json {
  let value: Json = 'bottom';
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? [value] : { deeper: value };
  return value;
}

function pickKey(random: SeededRandom, container: Container): string | number | undefined {
  const keys = Array.isArray(container) ? container.map((_, index) => index) : Object.keys(container);
  return keys.length === 0 ? undefined : keys[random.int(keys.length)];
}

function set(container: Container, key: string | number, value: Json): void {
  (container as Record<string | number, Json>)[key] = value;
}

function get(container: Container, key: string | number): Json {
  return (container as Record<string | number, Json>)[key] as Json;
}

/** Changes the data in place, one way chosen at random, the way a damaged or hand-edited file would. */
function mutateData(random: SeededRandom, data: Json): void {
  const all = containers(data);
  const target = all[random.int(all.length)]!;
  const key = pickKey(random, target);
  switch (random.int(9)) {
    case 0: // a key or item goes missing
      if (key === undefined) return;
      if (Array.isArray(target)) target.splice(key as number, 1);
      else delete target[key as string];
      return;
    case 1: // a value of another type
      if (key !== undefined) set(target, key, randomValue(random));
      return;
    case 2: // a wrong enum value where a word was
      if (key !== undefined && typeof get(target, key) === 'string')
        set(target, key, random.pick(WORDS as [string, ...string[]]));
      return;
    case 3: // a long string
      if (key !== undefined) set(target, key, 'x'.repeat(random.pick([1_000, 100_000, 1_000_000])));
      return;
    case 4: // nested garbage
      if (key !== undefined) set(target, key, nested(random.pick([5, 30, 63, 80, 500])));
      return;
    case 5: // an extra key, sometimes one that names a prototype
      if (!Array.isArray(target))
        target[random.pick(['constructor', 'prototype', 'toString', 'extra', 'hasOwnProperty'])] = randomValue(random);
      return;
    case 6: // an item duplicated (repeated ids)
      if (Array.isArray(target) && target.length > 0) target.push(structuredClone(target[random.int(target.length)]!));
      return;
    case 7: // a number where numbers go, out of range
      if (key !== undefined && typeof get(target, key) === 'number')
        set(target, key, random.pick([-1, 1e308, 0.5, -0, 2 ** 31]));
      return;
    default: // many steps
      if (Array.isArray(target)) for (let i = random.int(50); i > 0; i--) target.push(randomValue(random));
  }
}

/** Changes the text itself: cut short, random characters, a __proto__ key, a byte order mark, raw bytes. */
function mutateText(random: SeededRandom, text: string): string {
  const at = random.int(text.length + 1);
  switch (random.int(7)) {
    case 0:
      return text.slice(0, at);
    case 1: {
      let noisy = text;
      for (let i = random.int(5) + 1; i > 0; i--) {
        const where = random.int(noisy.length);
        noisy = noisy.slice(0, where) + String.fromCharCode(random.int(0x80)) + noisy.slice(where + 1);
      }
      return noisy;
    }
    case 2:
      return text.replace(
        '{',
        random.pick(['{"__proto__": {"polluted": 1}, ', '{"constructor": {"prototype": {"polluted": 1}}, ']),
      );
    case 3:
      return text.replace('"variables": {', '"variables": {"__proto__": "x", ');
    case 4:
      return `\ufeff${text}`;
    case 5:
      return Array.from({ length: random.int(200) }, () => String.fromCharCode(random.int(0x10000))).join('');
    default:
      return text.slice(0, at) + text.slice(at + random.int(40));
  }
}

/**
 * `count` broken variants of a valid journey file, the same ones for the same seed: mostly changes
 * to the data (one to three at a time), some to the text, and a few files over the size limit.
 */
export function* mutatedFiles(
  validText: string,
  count: number,
  seed: number,
): Generator<{ index: number; text: string }> {
  const random = seededRandom(seed);
  for (let index = 0; index < count; index++) {
    const roll = random.next();
    if (roll < 0.7) {
      const data = JSON.parse(validText) as Json;
      for (let changes = random.int(3) + 1; changes > 0; changes--) mutateData(random, data);
      yield { index, text: JSON.stringify(data, null, random.next() < 0.5 ? 2 : undefined) };
    } else if (roll < 0.995) {
      yield { index, text: mutateText(random, validText) };
    } else {
      yield { index, text: validText + ' '.repeat(5 * 1024 * 1024) };
    }
  }
}
