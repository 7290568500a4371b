import type { SmsCount } from './render-result';

/**
 * SMS length as the network bills it (3GPP TS 23.038 / 23.040).
 *
 * A message is GSM-7 when every character is in the GSM 03.38 default alphabet or its extension
 * table; one character outside both switches the whole message to UCS-2. A single message holds
 * 160 GSM-7 units or 70 UCS-2 units; once concatenated, each segment loses room to the UDH header
 * and holds 153 or 67.
 */

// The default alphabet, in code-table order. ESC (0x1B) is left out on purpose: it is the escape
// to the extension table, not a character a person can type, so text containing it is not GSM-7.
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';

// Sent as ESC + character, so each costs two units.
const GSM_EXTENSION = '\f^{}\\[~]|€';

const GSM_BASIC_SET: ReadonlySet<string> = new Set(GSM_BASIC);
const GSM_EXTENSION_SET: ReadonlySet<string> = new Set(GSM_EXTENSION);

export const SMS_LIMITS = {
  'GSM-7': { single: 160, perSegment: 153 },
  'UCS-2': { single: 70, perSegment: 67 },
} as const;

/** Units a code point costs in GSM-7 (1 or 2), or null when it is not in GSM 03.38 at all. */
export function gsmUnits(character: string): 1 | 2 | null {
  if (GSM_BASIC_SET.has(character)) return 1;
  if (GSM_EXTENSION_SET.has(character)) return 2;
  return null;
}

/** True when the text can be sent as GSM-7 (every character in the default alphabet or extension table). */
export function isGsm7(text: string): boolean {
  for (const character of text) if (gsmUnits(character) === null) return false;
  return true;
}

/**
 * Counts units and segments of an SMS body.
 *
 * Concatenated segments are packed greedily, and a character is never split across two segments:
 * a GSM extension character (ESC + char) or a UTF-16 surrogate pair (emoji, etc.) that would
 * straddle a boundary moves whole to the next segment, leaving one unit of the previous one unused.
 * That is how handsets and SMSCs split, and it is why 152 letters + '€' takes two segments at 153.
 */
export function countSms(text: string): SmsCount {
  // Iterating a string yields code points: a surrogate pair arrives as one two-unit character.
  const characters = [...text];
  let firstUcs2Character: string | null = null;
  for (const character of characters) {
    if (gsmUnits(character) === null) {
      firstUcs2Character = character;
      break;
    }
  }
  const encoding = firstUcs2Character === null ? 'GSM-7' : 'UCS-2';
  const costs = characters.map((character) => (encoding === 'GSM-7' ? (gsmUnits(character) ?? 1) : character.length));
  const units = costs.reduce((sum, cost) => sum + cost, 0);
  const limits = SMS_LIMITS[encoding];

  if (units === 0) {
    return {
      encoding,
      units,
      characters: 0,
      segments: 0,
      remainingInSegment: limits.single,
      perSegment: limits.single,
      firstUcs2Character,
    };
  }
  if (units <= limits.single) {
    return {
      encoding,
      units,
      characters: characters.length,
      segments: 1,
      remainingInSegment: limits.single - units,
      perSegment: limits.single,
      firstUcs2Character,
    };
  }

  let segments = 1;
  let used = 0;
  for (const cost of costs) {
    if (used + cost > limits.perSegment) {
      segments += 1;
      used = 0;
    }
    used += cost;
  }
  return {
    encoding,
    units,
    characters: characters.length,
    segments,
    remainingInSegment: limits.perSegment - used,
    perSegment: limits.perSegment,
    firstUcs2Character,
  };
}
