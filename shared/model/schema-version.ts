/**
 * The document version this code reads and writes. Raising it requires a step in migrations/
 * from the previous version, so every older file still opens.
 */
export const CURRENT_SCHEMA_VERSION = 2;
