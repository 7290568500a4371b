import { performance } from 'node:perf_hooks';
import type { ContentOf, TemplateChannel } from '../../../shared/templates/content';
import { checkChannelLimits } from '../../../shared/templates/limits/index';
import type { RenderResult } from '../../../shared/templates/render-result';
import { countSms } from '../../../shared/templates/sms-counter';
import { CHANNEL_OUTPUTS } from './channel-outputs';
import { createFieldRenderer } from './field-renderer';
import { createLiquidEngines } from './liquid-engines';
import type { MjmlRenderer } from './mjml-renderer';
import { createLruCache, renderKey } from './render-cache';
import { renderEmail } from './render-email';

type ContentFor = { [C in TemplateChannel]: { channel: C; content: ContentOf<C> } }[TemplateChannel];

export type RenderRequest = ContentFor & {
  /** The variables templates read: customer, order, event (a sample profile, or a real contact). */
  data: Record<string, unknown>;
  strictVariables: boolean;
  /** Customer fields defined for every contact even when this data lacks them. */
  knownCustomerFields: readonly string[];
  /**
   * The edited document (e.g. a template id). A newer email render of the same document replaces
   * an older one still waiting for the MJML worker; the older one answers "superseded".
   */
  documentKey?: string;
  /**
   * false: render without looking in or filling the cache. The sender renders each contact's
   * message once, so digesting its data for a key that never repeats is only cost.
   */
  cache?: boolean;
};

export interface RenderPipeline {
  render(request: RenderRequest): Promise<RenderResult>;
  /** The MJML worker, or null where email cannot be rendered (no worker path was given). */
  readonly mjml: MjmlRenderer | null;
  close(): Promise<void>;
}

export interface RenderPipelineOptions {
  mjml: MjmlRenderer | null;
  cacheEntries?: number;
}

type Rendered = Omit<RenderResult, 'cached' | 'renderMs'>;

/** The one rendering pipeline: Liquid on every text field, MJML for email, limits, variables, cache. */
export function createRenderPipeline({ mjml, cacheEntries = 200 }: RenderPipelineOptions): RenderPipeline {
  const engines = createLiquidEngines();
  const cache = createLruCache<Rendered>(cacheEntries);

  async function renderUncached(request: RenderRequest): Promise<{ result: Rendered; cacheable: boolean }> {
    const fields = createFieldRenderer({
      engines,
      data: request.data,
      strictVariables: request.strictVariables,
      knownCustomerFields: request.knownCustomerFields,
    });
    let output: Record<string, unknown>;
    let cacheable = true;
    if (request.channel === 'email') {
      ({ output, cacheable } = await renderEmail(request.content, fields, mjml, request.documentKey));
    } else {
      // The request's union keeps channel and content paired; the lookup by channel loses that.
      const renderChannel = CHANNEL_OUTPUTS[request.channel] as (
        content: unknown,
        renderer: typeof fields,
      ) => Record<string, unknown>;
      output = renderChannel(request.content, fields);
    }
    for (const diagnostic of checkChannelLimits(request.channel, output)) fields.report(diagnostic);
    const { diagnostics, variables } = fields.collected();
    const result: Rendered = {
      channel: request.channel,
      ok: !diagnostics.some((diagnostic) => diagnostic.severity === 'error'),
      output,
      ...(request.channel === 'sms' ? { sms: countSms(String(output.body)) } : {}),
      diagnostics,
      variables,
    };
    return { result, cacheable };
  }

  return {
    mjml,
    async render(request) {
      const started = performance.now();
      if (request.cache === false) {
        const { result } = await renderUncached(request);
        return { ...result, cached: false, renderMs: performance.now() - started };
      }
      const key = renderKey([
        request.channel,
        request.content,
        request.data,
        request.strictVariables,
        [...request.knownCustomerFields].sort(),
      ]);
      const hit = cache.get(key);
      if (hit) return { ...hit, cached: true, renderMs: performance.now() - started };
      const { result, cacheable } = await renderUncached(request);
      if (cacheable) cache.set(key, result);
      return { ...result, cached: false, renderMs: performance.now() - started };
    },
    close: () => mjml?.close() ?? Promise.resolve(),
  };
}
