import type { NewId } from '../../../shared/graph/index';

const PREFIX = { node: 'n', edge: 'e', note: 'note' } as const;

/** 48 random bits: collisions stay negligible even in journeys of many thousands of steps. */
export const newId: NewId = (kind) => `${PREFIX[kind]}_${crypto.randomUUID().replaceAll('-', '').slice(0, 12)}`;
