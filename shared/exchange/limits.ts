import { JOURNEY_LIMITS } from '../model/journey-limits';

export { MAX_JOURNEY_FILE_BYTES } from '../contract/lifecycle-services';

/** A journey file's steps and connections are refused above the model's limits before they are parsed. */
export const MAX_IMPORT_NODES = JOURNEY_LIMITS.steps;
export const MAX_IMPORT_EDGES = JOURNEY_LIMITS.connections;

/**
 * Customer fields one file may bring (and so create). Projects have tens of fields, rarely hundreds;
 * the limit keeps a file from flooding the fields list, the filter builder and the contacts table.
 */
export const MAX_IMPORT_FIELDS = 5_000;

/**
 * The deepest a journey file legitimately goes is about ten levels (a filter rule's list value inside
 * a node); anything far deeper is garbage or an attack on the parser's stack.
 */
export const MAX_JSON_DEPTH = 64;

/** Enough to fix a file in one go; a thousand lines of errors would help nobody. */
export const MAX_REPORTED_ISSUES = 100;
