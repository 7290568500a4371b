/**
 * Makes a fresh id for a node, edge or note. Injected rather than generated here so operations stay
 * pure and deterministic under test, and so the store decides the id format.
 */
export type NewId = (kind: 'node' | 'edge' | 'note') => string;
