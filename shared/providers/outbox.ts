import { z } from 'zod';
import { CHANNEL_IDS } from '../model/channel';
import type { ProviderDescription } from './provider-description';

/** Keeps every message on this machine, in the Outbox: the default of every channel. */
export const OUTBOX_DESCRIPTION: ProviderDescription<Record<string, never>> = {
  kind: 'outbox',
  label: 'Outbox (on this machine)',
  channels: CHANNEL_IDS,
  schema: z.object({}).strict(),
  fields: [],
  defaults: {},
  help: 'Messages are kept in the Outbox, shown as the recipient would see them, and reach no one.',
};
