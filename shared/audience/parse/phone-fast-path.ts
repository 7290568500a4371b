import { Metadata } from 'libphonenumber-js/min';

/**
 * A shortcut for the commonest phone cell of a contacts file: a number already in E.164
 * ("+4915123456789"). libphonenumber-js builds its regular expressions afresh on every call, which
 * makes a full parse cost 5–20 µs; a million-row import spends most of its normalising time there.
 * This walks the same steps the library takes for such input (calling code, national prefix,
 * country of a shared calling code, validity) over the same metadata, with each pattern compiled
 * once, and answers only when the number is valid and stays as written. Anything else (formatted
 * input, a national prefix that could be stripped, a non-geographic code, an invalid number) is
 * left to the library, which also words the reason for a rejection.
 *
 * The steps follow libphonenumber-js 1.13 (parse → extractCountryCallingCode →
 * extractNationalNumber → getCountryByCallingCode → isValid). A test compares this with the
 * library on every country's example numbers and on random digits, so an upgrade that changes the
 * library's steps fails there rather than in a user's import.
 */

/** The accessors of the library's Metadata used here (its typings declare only selectNumberingPlan). */
interface TypeAccessor {
  pattern(): string;
  possibleLengths(): number[] | undefined;
}
interface PlanAccessor {
  callingCode(): string;
  leadingDigits(): string | undefined | 0;
  nationalPrefixForParsing(): string | undefined | 0;
  hasTypes(): boolean;
  type(name: string): TypeAccessor | undefined;
}
interface MetadataAccessor {
  selectNumberingPlan(countryOrCallingCode: string): void;
  numberingPlan: PlanAccessor;
  nationalNumberPattern(): string;
  hasCallingCode(callingCode: string): boolean;
  isNonGeographicCallingCode(callingCode: string): boolean;
  getCountryCodesForCallingCode(callingCode: string): string[] | undefined;
}

/** The types getNumberType tries, fixed line first; any match makes a number of a typed plan valid. */
const NUMBER_TYPES = [
  'FIXED_LINE',
  'MOBILE',
  'PREMIUM_RATE',
  'TOLL_FREE',
  'SHARED_COST',
  'VOIP',
  'PERSONAL_NUMBER',
  'PAGER',
  'UAN',
  'VOICEMAIL',
];
/** The library's bounds for a national significant number and a calling code. */
const MIN_NATIONAL_LENGTH = 2;
const MAX_NATIONAL_LENGTH = 17;
const MAX_CALLING_CODE_LENGTH = 3;
const PLAIN_E164 = /^\+[1-9]\d{2,19}$/;

interface TypeRule {
  pattern: RegExp;
  lengths: readonly number[] | undefined;
}

interface PlanRule {
  country: string;
  /** Matches at the start when the number belongs to this country of a shared calling code. */
  leadingDigits: RegExp | undefined;
  nationalNumber: RegExp;
  /** undefined: the plan has no number types, so the national pattern alone decides validity. */
  types: readonly TypeRule[] | undefined;
}

interface CallingCodeRule {
  /** The plan the calling code selects on its own: its first country. */
  main: PlanRule;
  countries: readonly PlanRule[];
  nationalPrefix: RegExp | undefined;
}

const whole = (pattern: string) => new RegExp(`^(?:${pattern})$`);

function planRule(metadata: MetadataAccessor, country: string): PlanRule {
  metadata.selectNumberingPlan(country);
  const plan = metadata.numberingPlan;
  const leadingDigits = plan.leadingDigits();
  let types: TypeRule[] | undefined;
  if (plan.hasTypes()) {
    types = [];
    for (const name of NUMBER_TYPES) {
      const type = plan.type(name);
      const pattern = type?.pattern();
      if (type && pattern) types.push({ pattern: whole(pattern), lengths: type.possibleLengths() });
    }
  }
  return {
    country,
    leadingDigits: leadingDigits ? new RegExp(leadingDigits) : undefined,
    nationalNumber: whole(metadata.nationalNumberPattern()),
    types,
  };
}

/** getNumberType(...) !== undefined: the national pattern and one type's lengths and pattern. */
function isValidFor(rule: PlanRule, national: string): boolean {
  if (!rule.nationalNumber.test(national)) return false;
  if (rule.types === undefined) return true;
  return rule.types.some(
    ({ pattern, lengths }) => (lengths === undefined || lengths.includes(national.length)) && pattern.test(national),
  );
}

function createFastPath(): (text: string) => string | undefined {
  const metadata = new Metadata() as unknown as MetadataAccessor;
  const rules = new Map<string, CallingCodeRule | null>();

  const ruleFor = (callingCode: string): CallingCodeRule | null => {
    let rule = rules.get(callingCode);
    if (rule !== undefined) return rule;
    const countries = metadata.getCountryCodesForCallingCode(callingCode);
    if (metadata.isNonGeographicCallingCode(callingCode) || !countries?.length) rule = null;
    else {
      const plans = countries.map((country) => planRule(metadata, country));
      metadata.selectNumberingPlan(callingCode);
      const prefix = metadata.numberingPlan.nationalPrefixForParsing();
      rule = { main: plans[0]!, countries: plans, nationalPrefix: prefix ? new RegExp(`^(?:${prefix})`) : undefined };
    }
    rules.set(callingCode, rule);
    return rule;
  };

  const callingCodeOf = (digits: string): string | undefined => {
    for (let length = 1; length <= MAX_CALLING_CODE_LENGTH && length < digits.length; length += 1) {
      const code = digits.slice(0, length);
      if (metadata.hasCallingCode(code)) return code;
    }
    return undefined;
  };

  return (text) => {
    if (!PLAIN_E164.test(text)) return undefined;
    const digits = text.slice(1);
    const callingCode = callingCodeOf(digits);
    const rule = callingCode === undefined ? null : ruleFor(callingCode);
    if (rule === null) return undefined;
    const national = digits.slice(callingCode!.length);
    if (national.length < MIN_NATIONAL_LENGTH || national.length > MAX_NATIONAL_LENGTH) return undefined;
    // The library may strip a national prefix here, which changes the number: leave it to the library.
    if (rule.nationalPrefix?.test(national)) return undefined;
    // A shared calling code: the first country whose leading digits start the number, or, for
    // a country without leading digits, whose number types the number fits.
    let country: PlanRule | undefined;
    if (rule.countries.length === 1) country = rule.main;
    else
      country = rule.countries.find((candidate) =>
        candidate.leadingDigits
          ? national.search(candidate.leadingDigits) === 0
          : candidate.types !== undefined && isValidFor(candidate, national),
      );
    return isValidFor(country ?? rule.main, national) ? text : undefined;
  };
}

let fastPath: ((text: string) => string | undefined) | null | undefined;

/**
 * The E.164 form when `text` is a valid number written exactly in E.164; undefined when the full
 * parse must decide. If the library's metadata ever lacks an accessor used here, the shortcut
 * turns itself off and every number takes the full parse.
 */
export function validE164Shortcut(text: string): string | undefined {
  if (fastPath === undefined) {
    try {
      fastPath = createFastPath();
      fastPath('+4915123456789');
    } catch {
      fastPath = null;
    }
  }
  if (fastPath === null) return undefined;
  try {
    return fastPath(text);
  } catch {
    fastPath = null;
    return undefined;
  }
}
