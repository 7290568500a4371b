import { afterAll, afterEach } from 'vitest';
import { createMjmlRenderer, type MjmlRenderer } from '../../../../../electron/services/rendering/mjml-renderer';
import {
  createRenderPipeline,
  type RenderPipeline,
  type RenderRequest,
} from '../../../../../electron/services/rendering/render-pipeline';
import { SEEDED_PROFILES } from '../../../../../electron/services/store/migrations/002-sample-profiles';
import { MJML_WORKER_PATH } from './workers';

/** The seeded "Sample customer": Maya, order ORD-58213 shipped with BlueDart. */
export const sampleData = (): Record<string, unknown> =>
  structuredClone(SEEDED_PROFILES[0].data) as unknown as Record<string, unknown>;

/**
 * Pipelines with a real worker thread, each with its own cache. Those on the app's worker share one
 * renderer per test file, closed after the file: a fresh worker spends about a second loading mjml.
 * A pipeline on another worker (one that misbehaves on purpose) or with its own timeout gets its own
 * renderer, closed after each test.
 */
export function usePipelines() {
  const ownRenderers: RenderPipeline[] = [];
  let shared: MjmlRenderer | null = null;
  afterEach(async () => {
    await Promise.all(ownRenderers.splice(0).map((pipeline) => pipeline.close()));
  });
  afterAll(async () => {
    await shared?.close();
    shared = null;
  });
  return (options: { workerPath?: string | null; timeoutMs?: number; cacheEntries?: number } = {}) => {
    const workerPath = options.workerPath === undefined ? MJML_WORKER_PATH : options.workerPath;
    const sharesRenderer = workerPath === MJML_WORKER_PATH && !options.timeoutMs;
    const mjml =
      workerPath === null
        ? null
        : sharesRenderer
          ? (shared ??= createMjmlRenderer({ workerPath }))
          : createMjmlRenderer({ workerPath, ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}) });
    const pipeline = createRenderPipeline({
      mjml,
      ...(options.cacheEntries ? { cacheEntries: options.cacheEntries } : {}),
    });
    if (!sharesRenderer) ownRenderers.push(pipeline);
    return pipeline;
  };
}

/** The custom customer fields the sample's data fills, as a project using it would define them. */
export const SAMPLE_CUSTOM_FIELDS: readonly string[] = ['first_name', 'last_name', 'city', 'loyalty_tier'];

type Rest = Omit<RenderRequest, 'channel' | 'content'>;
export const defaults = (rest: Partial<Rest> = {}): Rest => ({
  data: sampleData(),
  strictVariables: false,
  knownCustomerFields: SAMPLE_CUSTOM_FIELDS,
  ...rest,
});
