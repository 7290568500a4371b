import { z } from 'zod';

/** Node, edge, note and journey ids are opaque strings chosen by the caller. */
export const IdSchema = z.string().min(1, { error: 'Expected a non-empty id' });
