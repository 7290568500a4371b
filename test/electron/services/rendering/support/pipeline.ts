import { afterEach } from 'vitest';
import { createMjmlRenderer } from '../../../../../electron/services/rendering/mjml-renderer';
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

/** Pipelines with a real worker thread, closed after each test. */
export function usePipelines() {
  const pipelines: RenderPipeline[] = [];
  afterEach(async () => {
    await Promise.all(pipelines.splice(0).map((pipeline) => pipeline.close()));
  });
  return (options: { workerPath?: string | null; timeoutMs?: number; cacheEntries?: number } = {}) => {
    const workerPath = options.workerPath === undefined ? MJML_WORKER_PATH : options.workerPath;
    const mjml =
      workerPath === null
        ? null
        : createMjmlRenderer({ workerPath, ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}) });
    const pipeline = createRenderPipeline({
      mjml,
      ...(options.cacheEntries ? { cacheEntries: options.cacheEntries } : {}),
    });
    pipelines.push(pipeline);
    return pipeline;
  };
}

type Rest = Omit<RenderRequest, 'channel' | 'content'>;
export const defaults = (rest: Partial<Rest> = {}): Rest => ({
  data: sampleData(),
  strictVariables: false,
  knownCustomerFields: [],
  ...rest,
});
