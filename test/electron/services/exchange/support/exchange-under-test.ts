import { afterEach } from 'vitest';
import { startCore, type AppCore } from '../../../../../electron/services/app-services';
import type { ServiceContext } from '../../../../../electron/services/context';
import { createExchangeService } from '../../../../../electron/services/exchange/exchange-service';
import { sampleFields, sampleJourney, sampleTemplates } from '../../../../shared/exchange/support/sample-journey';

export interface ExchangeUnderTest {
  core: AppCore;
  ctx: ServiceContext;
  exchange: ReturnType<typeof createExchangeService>;
  events: { event: string; payload: unknown }[];
  /** Row counts of what an import writes, to prove a refused import wrote nothing. */
  counts(): { journeys: number; templates: number; fields: number; refs: number };
}

/**
 * The exchange service over a real SQLite file in a temp dir, with the context it would get from
 * startCore; `context` overrides parts of it (dialogs, ids). Cores are closed after each test.
 */
export function useExchange(tempDir: () => string) {
  const cores: AppCore[] = [];
  afterEach(() => Promise.all(cores.splice(0).map((core) => core.stop())));
  return (context: Partial<ServiceContext> = {}, dataDir = tempDir()): ExchangeUnderTest => {
    const core = startCore({ dataDir, host: 'browser', appVersion: 'test' });
    cores.push(core);
    const events: { event: string; payload: unknown }[] = [];
    core.events.subscribe((event, payload) => events.push({ event, payload }));
    const ctx = { ...core.context, ...context };
    const count = (table: string) =>
      core.context.store.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    return {
      core,
      ctx,
      exchange: createExchangeService(ctx),
      events,
      counts: () => ({
        journeys: count('journeys'),
        templates: count('templates'),
        fields: count('customer_fields'),
        refs: count('journey_template_refs'),
      }),
    };
  };
}

/** The sample journey with its templates and fields stored, as a user would have it. */
export function seedSample({ ctx }: ExchangeUnderTest): string {
  const now = '2025-03-01T00:00:00.000Z';
  for (const template of sampleTemplates()) ctx.store.templates.put(template);
  for (const field of sampleFields()) ctx.store.fields.insert(field, now);
  return ctx.store.journeys.insert(sampleJourney()).journey.id;
}
