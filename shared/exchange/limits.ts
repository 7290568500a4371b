export { MAX_JOURNEY_FILE_BYTES } from '../contract/lifecycle-services';

/**
 * Far beyond any real journey (the validator warns from 1,000 steps on), low enough that a file
 * cannot make the import or the canvas crawl.
 */
export const MAX_IMPORT_NODES = 20_000;

/**
 * The deepest a journey file legitimately goes is about ten levels (a filter rule's list value inside
 * a node); anything far deeper is garbage or an attack on the parser's stack.
 */
export const MAX_JSON_DEPTH = 64;

/** Enough to fix a file in one go; a thousand lines of errors would help nobody. */
export const MAX_REPORTED_ISSUES = 100;
