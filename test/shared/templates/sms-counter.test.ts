import { describe, it, expect } from 'vitest';
import { countSms, gsmUnits, isGsm7, SmsCountSchema } from '../../../shared/templates/index';

const a = (n: number) => 'a'.repeat(n);
// Cyrillic "ж": one UTF-16 unit, not GSM, so it forces UCS-2 without being an emoji.
const zh = (n: number) => 'ж'.repeat(n);
const EMOJI = '😀'; // U+1F600: a surrogate pair, two UTF-16 units

interface Expected {
  encoding: 'GSM-7' | 'UCS-2';
  units: number;
  segments: number;
  remainingInSegment: number;
  perSegment: number;
}

describe('countSms: GSM-7 boundaries', () => {
  it.each<[string, string, Expected]>([
    ['empty text', '', { encoding: 'GSM-7', units: 0, segments: 0, remainingInSegment: 160, perSegment: 160 }],
    ['one character', 'a', { encoding: 'GSM-7', units: 1, segments: 1, remainingInSegment: 159, perSegment: 160 }],
    [
      '153 characters (still a single message)',
      a(153),
      { encoding: 'GSM-7', units: 153, segments: 1, remainingInSegment: 7, perSegment: 160 },
    ],
    ['159 characters', a(159), { encoding: 'GSM-7', units: 159, segments: 1, remainingInSegment: 1, perSegment: 160 }],
    [
      'exactly 160 characters',
      a(160),
      { encoding: 'GSM-7', units: 160, segments: 1, remainingInSegment: 0, perSegment: 160 },
    ],
    [
      '161 characters: two segments of 153',
      a(161),
      { encoding: 'GSM-7', units: 161, segments: 2, remainingInSegment: 145, perSegment: 153 },
    ],
    ['305 characters', a(305), { encoding: 'GSM-7', units: 305, segments: 2, remainingInSegment: 1, perSegment: 153 }],
    [
      'exactly 306 characters (2 × 153)',
      a(306),
      { encoding: 'GSM-7', units: 306, segments: 2, remainingInSegment: 0, perSegment: 153 },
    ],
    [
      '307 characters: a third segment',
      a(307),
      { encoding: 'GSM-7', units: 307, segments: 3, remainingInSegment: 152, perSegment: 153 },
    ],
    [
      'exactly 459 characters (3 × 153)',
      a(459),
      { encoding: 'GSM-7', units: 459, segments: 3, remainingInSegment: 0, perSegment: 153 },
    ],
    [
      '460 characters',
      a(460),
      { encoding: 'GSM-7', units: 460, segments: 4, remainingInSegment: 152, perSegment: 153 },
    ],
    [
      '1000 characters',
      a(1000),
      { encoding: 'GSM-7', units: 1000, segments: 7, remainingInSegment: 71, perSegment: 153 },
    ],
  ])('%s', (_name, text, expected) => {
    expect(countSms(text)).toMatchObject({ ...expected, firstUcs2Character: null });
  });
});

describe('countSms: GSM extension characters cost two units', () => {
  it.each(['^', '{', '}', '\\', '[', '~', ']', '|', '€', '\f'])('%j counts 2 units and stays GSM-7', (character) => {
    expect(countSms(`x${character}`)).toMatchObject({
      encoding: 'GSM-7',
      units: 3,
      characters: 2,
      segments: 1,
      remainingInSegment: 157,
    });
  });

  it.each<[string, string, Expected]>([
    [
      '158 letters + € = exactly 160 units',
      a(158) + '€',
      { encoding: 'GSM-7', units: 160, segments: 1, remainingInSegment: 0, perSegment: 160 },
    ],
    [
      '159 letters + € = 161 units: two segments',
      a(159) + '€',
      { encoding: 'GSM-7', units: 161, segments: 2, remainingInSegment: 145, perSegment: 153 },
    ],
    [
      '80 × € = 160 units, one message',
      '€'.repeat(80),
      { encoding: 'GSM-7', units: 160, segments: 1, remainingInSegment: 0, perSegment: 160 },
    ],
    // 76 euros (152 units) fill the first segment; the 77th cannot use the last unit.
    [
      '81 × € = 162 units',
      '€'.repeat(81),
      { encoding: 'GSM-7', units: 162, segments: 2, remainingInSegment: 143, perSegment: 153 },
    ],
    [
      '151 letters + € ends the first segment exactly',
      a(151) + '€' + a(153),
      { encoding: 'GSM-7', units: 306, segments: 2, remainingInSegment: 0, perSegment: 153 },
    ],
    // The escape would be unit 153 and the character unit 154: the pair moves to segment 2.
    [
      '152 letters + € + 10 letters: € moves to segment 2',
      a(152) + '€' + a(10),
      { encoding: 'GSM-7', units: 164, segments: 2, remainingInSegment: 141, perSegment: 153 },
    ],
    [
      '152 letters + € + 152 letters: 306 units need 3 segments',
      a(152) + '€' + a(152),
      { encoding: 'GSM-7', units: 306, segments: 3, remainingInSegment: 152, perSegment: 153 },
    ],
    [
      '153 letters + € still fits one message (155 units)',
      a(153) + '€',
      { encoding: 'GSM-7', units: 155, segments: 1, remainingInSegment: 5, perSegment: 160 },
    ],
    [
      '153 letters + € + 7 letters: the euro starts segment 2',
      a(153) + '€' + a(7),
      { encoding: 'GSM-7', units: 162, segments: 2, remainingInSegment: 144, perSegment: 153 },
    ],
    [
      '{ at the second segment edge (305 + {)',
      a(305) + '{',
      { encoding: 'GSM-7', units: 307, segments: 3, remainingInSegment: 151, perSegment: 153 },
    ],
  ])('%s', (_name, text, expected) => {
    expect(countSms(text)).toMatchObject(expected);
  });

  it('the same length without an extension character needs one unit fewer', () => {
    expect(countSms(a(164)).remainingInSegment).toBe(142);
    expect(countSms(a(152) + '€' + a(10)).remainingInSegment).toBe(141);
  });
});

describe('countSms: which characters are GSM-7', () => {
  it.each(['Δ', 'Φ', 'Γ', 'Λ', 'Ω', 'Π', 'Ψ', 'Σ', 'Θ', 'Ξ'])(
    'Greek capital %s is in the GSM alphabet (1 unit)',
    (character) => {
      expect(countSms(`Hi ${character}`)).toMatchObject({ encoding: 'GSM-7', units: 4, firstUcs2Character: null });
    },
  );

  it.each([
    ['α', 'Greek lowercase'],
    ['Α', 'Greek capital alpha (looks like A but is not GSM)'],
    ['ç', 'c-cedilla lowercase (only Ç is GSM)'],
    ['È', 'E-grave capital (only è is GSM)'],
    ['á', 'a-acute'],
    ['\u00a0', 'non-breaking space'],
    ['\t', 'tab'],
    ['’', 'typographic apostrophe'],
    ['“', 'typographic quote'],
    ['`', 'backtick'],
    ['\u001b', 'a raw ESC control character'],
  ])('%j (%s) forces UCS-2 and is named', (character) => {
    const count = countSms(`Hello ${character} world`);
    expect(count.encoding).toBe('UCS-2');
    expect(count.firstUcs2Character).toBe(character);
    expect(count.perSegment).toBe(70);
  });

  it.each(['Ç', 'é', 'É', 'è', 'à', 'ñ', 'Ñ', 'ü', 'Ü', 'ß', 'Æ', 'ø', '£', '¥', '§', '¿', '¡', '@', '$', '_', '¤'])(
    '%s is GSM-7 (1 unit)',
    (character) => {
      expect(countSms(character)).toMatchObject({ encoding: 'GSM-7', units: 1 });
    },
  );

  it('newline and carriage return are GSM characters of one unit each', () => {
    expect(countSms('a\nb')).toMatchObject({ encoding: 'GSM-7', units: 3 });
    expect(countSms('a\r\nb')).toMatchObject({ encoding: 'GSM-7', units: 4 });
    expect(countSms(a(158) + '\r\n')).toMatchObject({ units: 160, segments: 1 });
    expect(countSms(a(159) + '\r\n')).toMatchObject({ units: 161, segments: 2 });
  });

  it('the whole basic alphabet except ESC is GSM-7 at one unit per character', () => {
    const basic =
      '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
      '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
    expect(basic.length).toBe(127);
    expect(isGsm7(basic)).toBe(true);
    expect(countSms(basic)).toMatchObject({ encoding: 'GSM-7', units: 127 });
  });

  it('gsmUnits tells basic, extension and foreign characters apart', () => {
    expect(gsmUnits('A')).toBe(1);
    expect(gsmUnits('€')).toBe(2);
    expect(gsmUnits('ç')).toBeNull();
  });
});

describe('countSms: UCS-2 boundaries', () => {
  it.each<[string, string, Expected]>([
    ['exactly 70 units', zh(70), { encoding: 'UCS-2', units: 70, segments: 1, remainingInSegment: 0, perSegment: 70 }],
    [
      '71 units: two segments of 67',
      zh(71),
      { encoding: 'UCS-2', units: 71, segments: 2, remainingInSegment: 63, perSegment: 67 },
    ],
    [
      'exactly 134 units (2 × 67)',
      zh(134),
      { encoding: 'UCS-2', units: 134, segments: 2, remainingInSegment: 0, perSegment: 67 },
    ],
    [
      '135 units: a third segment',
      zh(135),
      { encoding: 'UCS-2', units: 135, segments: 3, remainingInSegment: 66, perSegment: 67 },
    ],
    [
      '35 emoji = 70 units, one message',
      EMOJI.repeat(35),
      { encoding: 'UCS-2', units: 70, segments: 1, remainingInSegment: 0, perSegment: 70 },
    ],
    // 33 emoji fill 66 units; the 34th would straddle units 67 and 68.
    [
      '36 emoji = 72 units',
      EMOJI.repeat(36),
      { encoding: 'UCS-2', units: 72, segments: 2, remainingInSegment: 61, perSegment: 67 },
    ],
    [
      'emoji on units 66–67 fits the first segment',
      zh(65) + EMOJI + zh(4),
      { encoding: 'UCS-2', units: 71, segments: 2, remainingInSegment: 63, perSegment: 67 },
    ],
    [
      'emoji starting at the 67th unit moves to segment 2',
      zh(66) + EMOJI + zh(10),
      { encoding: 'UCS-2', units: 78, segments: 2, remainingInSegment: 55, perSegment: 67 },
    ],
    [
      'emoji ending the second segment exactly',
      zh(132) + EMOJI,
      { encoding: 'UCS-2', units: 134, segments: 2, remainingInSegment: 0, perSegment: 67 },
    ],
    [
      'emoji straddling the second boundary needs a third segment',
      zh(133) + EMOJI,
      { encoding: 'UCS-2', units: 135, segments: 3, remainingInSegment: 65, perSegment: 67 },
    ],
    [
      'a GSM text with one emoji becomes UCS-2',
      a(69) + EMOJI,
      { encoding: 'UCS-2', units: 71, segments: 2, remainingInSegment: 63, perSegment: 67 },
    ],
  ])('%s', (_name, text, expected) => {
    expect(countSms(text)).toMatchObject(expected);
  });

  it('counts extension characters as one unit once the message is UCS-2', () => {
    expect(countSms('Price: 5€ 😀')).toMatchObject({
      encoding: 'UCS-2',
      units: 12,
      characters: 11,
      firstUcs2Character: '😀',
    });
    expect(countSms('{ж}')).toMatchObject({ units: 3 });
  });

  it('names the first character that forces UCS-2, whole even when it is an emoji', () => {
    expect(countSms('ab ж 😀').firstUcs2Character).toBe('ж');
    expect(countSms('Hi 😀 ж').firstUcs2Character).toBe('😀');
  });

  it('counts characters as code points and units as UTF-16', () => {
    expect(countSms('x😀')).toMatchObject({ characters: 2, units: 3 });
    expect(countSms('🇫🇷')).toMatchObject({ characters: 2, units: 4 });
  });

  it('counts a lone surrogate as one UCS-2 unit', () => {
    expect(countSms('\ud83d')).toMatchObject({ encoding: 'UCS-2', units: 1, segments: 1 });
  });
});

describe('countSms: invariants', () => {
  it('matches the SmsCount schema', () => {
    for (const text of ['', 'hello', a(400), zh(200), EMOJI.repeat(50)])
      expect(SmsCountSchema.parse(countSms(text))).toEqual(countSms(text));
  });

  it('multi-part plain GSM text needs ceil(n / 153) segments', () => {
    for (let n = 161; n <= 1200; n += 37) {
      const count = countSms(a(n));
      expect(count.segments).toBe(Math.ceil(n / 153));
      expect(count.remainingInSegment).toBe(count.segments * 153 - n);
    }
  });

  it('never fits more than the unsplit text allows: segments × perSegment ≥ units', () => {
    for (const text of [a(152) + '€'.repeat(40), zh(66) + EMOJI.repeat(40), '€'.repeat(300)]) {
      const count = countSms(text);
      expect(count.segments * count.perSegment).toBeGreaterThanOrEqual(count.units);
    }
  });
});
