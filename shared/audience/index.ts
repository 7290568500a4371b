// Customer fields, contacts and audience filters: the pure core the store, the sender engine, CSV
// import and the Contacts page build on. Everything here runs in the renderer and in Node alike.

export * from './customer-fields';
export * from './contact';
export * from './normalise-value';
export * from './operators-by-type';
export * from './field-lookup';
export * from './text-case';
export * from './value-shapes';
export { validateFilter } from './validate-filter';
export {
  planFilter,
  filterReads,
  assertValidNow,
  lastDaysBounds,
  type FilterPlan,
  type FilterIssue,
  type FilterReads,
} from './filter-plan';
export { prepareRule, type PreparedRule, type Condition, type Bound, type RulePreparation } from './prepare-rule';
export type { RuleIssue, RuleIssueCode } from './rule-values';
export { typedValueReader, type TypedValue } from './typed-value';
export * from './evaluate-filter';
export { parseNumber } from './parse/number';
export { parseBoolean } from './parse/boolean';
export {
  parseDate,
  parseDateTime,
  type DateOrder,
  type DateParseOptions,
  type DateTimeParseOptions,
} from './parse/date';
export { parseEmail } from './parse/email';
export { parsePhone, type CountryCode } from './parse/phone';
export { parseLanguage, parseTimeZone, parseTelegramChatId } from './parse/identity';
export { canonicalTimeZone, wallTimeToUtc } from './parse/time-zone';
export type { Parsed } from './parse/result';
