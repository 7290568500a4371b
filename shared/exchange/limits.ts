import { JOURNEY_LIMITS } from '../model/journey-limits';

export { MAX_JOURNEY_FILE_BYTES } from '../contract/lifecycle-services';

/** A journey file's steps and connections are refused above the model's limits before they are parsed. */
export const MAX_IMPORT_NODES = JOURNEY_LIMITS.steps;
export const MAX_IMPORT_EDGES = JOURNEY_LIMITS.connections;

/**
 * The deepest a journey file legitimately goes is about ten levels (a filter rule's list value inside
 * a node); anything far deeper is garbage or an attack on the parser's stack.
 */
export const MAX_JSON_DEPTH = 64;

/** Enough to fix a file in one go; a thousand lines of errors would help nobody. */
export const MAX_REPORTED_ISSUES = 100;
