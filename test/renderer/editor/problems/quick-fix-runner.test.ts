import { describe, expect, it } from 'vitest';
import { updateNode } from '../../../../shared/graph/index';
import { JourneySchema, type Journey } from '../../../../shared/model/index';
import { validateJourney, type Diagnostic } from '../../../../shared/validation/index';
import { runQuickFix } from '../../../../renderer/src/editor/problems/quick-fix-runner';
import { startAutosave } from '../../../../renderer/src/editor/state/autosave';
import type { AppStore } from '../../../../renderer/src/store/app-store';
import { useInProcessClient } from '../../../support/in-process-client';
import { MemoryStorage } from '../../../support/memory-storage';
import { useTempDir } from '../../../support/temp-dir';
import { brokenJourney } from './broken-journey';
import { openBrokenJourney, until } from './store-harness';

const tempDir = useTempDir();
const connect = useInProcessClient(tempDir);

function problem(store: AppStore, code: Diagnostic['code']): Diagnostic {
  const found = validateJourney(store.getState().journey!).find((diagnostic) => diagnostic.code === code);
  if (!found) throw new Error(`no ${code} in the open journey`);
  return found;
}

const codesOf = (journey: Journey) => validateJourney(journey).map((diagnostic) => diagnostic.code);

describe('quick fixes from the problems panel', () => {
  it('scale a split to 100% as one undo step, and the fix is saved like any edit', async () => {
    const api = connect();
    const { store, id } = await openBrokenJourney(api);
    const autosave = startAutosave(store, api.client, { debounceMs: 10, storage: new MemoryStorage() });
    const before = store.getState().journey!;

    await runQuickFix(store, problem(store, 'SPLIT_PERCENT_SUM'));

    const after = store.getState().journey!;
    const split = after.nodes.find((node) => node.id === 'split');
    expect(split?.kind === 'randomSplit' && split.config.branches.map((branch) => branch.percent)).toEqual([50, 50]);
    expect(codesOf(after)).not.toContain('SPLIT_PERCENT_SUM');
    expect(store.getState().history.past).toHaveLength(1);
    await until(() => store.getState().saveStatus.state === 'saved' && store.getState().savedJourney === after);
    const stored = (await api.client.journeys.get({ id })).journey.nodes.find((node) => node.id === 'split');
    expect(stored?.kind === 'randomSplit' && stored.config.branches.map((branch) => branch.percent)).toEqual([50, 50]);

    store.getState().undo();
    expect(store.getState().journey).toBe(before);
    autosave.stop();
  });

  it('end a wait on timeout with a new exit step, connected', async () => {
    const api = connect();
    const { store } = await openBrokenJourney(api);
    await runQuickFix(store, problem(store, 'WAIT_WITHOUT_TIMEOUT'));
    const journey = store.getState().journey!;
    const edge = journey.edges.find((candidate) => candidate.source === 'wait' && candidate.sourceHandle === 'timeout');
    expect(journey.nodes.find((node) => node.id === edge?.target)?.kind).toBe('exit');
    // New steps get ids like those drawn in the editor.
    expect(edge?.target).toMatch(/^n_[0-9a-f]{12}$/);
    expect(codesOf(journey)).not.toContain('WAIT_WITHOUT_TIMEOUT');
    expect(() => JourneySchema.parse(journey)).not.toThrow();
  });

  it("create a template of the step's channel named after the step, assign it, and say so", async () => {
    const api = connect();
    const { store } = await openBrokenJourney(api);
    await runQuickFix(store, problem(store, 'MISSING_TEMPLATE'));

    const created = (await api.client.templates.list()).find((template) => template.name === 'Welcome template');
    expect(created?.channel).toBe('email');
    const welcome = store.getState().journey!.nodes.find((node) => node.id === 'welcome');
    expect(welcome?.kind === 'message' && welcome.config.templateId).toBe(created?.id);
    expect(store.getState().templateNames[created!.id]).toBe('Welcome template');
    expect(store.getState().notices.at(-1)).toMatchObject({
      tone: 'info',
      message: expect.stringContaining('Created the template "Welcome template" and assigned it'),
    });
    expect(codesOf(store.getState().journey!)).not.toContain('MISSING_TEMPLATE');
    expect(store.getState().history.past).toHaveLength(1);
  });

  it("create a fallback's template on the fallback's channel", async () => {
    const api = connect();
    const withFallback = (base: Journey) =>
      updateNode(brokenJourney(base), 'welcome', (node) =>
        node.kind === 'message'
          ? { ...node, config: { ...node.config, templateId: null, fallbacks: [{ channel: 'sms', templateId: null }] } }
          : node,
      );
    const { store } = await openBrokenJourney(api, withFallback);
    const fallbackProblem = validateJourney(store.getState().journey!).find(
      (d) => d.code === 'MISSING_TEMPLATE' && d.path?.includes('fallbacks'),
    );
    expect(fallbackProblem?.path).toBe('nodes[1].config.fallbacks[0].templateId');
    await runQuickFix(store, fallbackProblem!);

    const created = (await api.client.templates.list()).find((template) => template.channel === 'sms');
    expect(created?.name).toBe('Welcome SMS fallback template');
    const welcome = store.getState().journey!.nodes.find((node) => node.id === 'welcome');
    expect(welcome?.kind === 'message' && welcome.config.fallbacks[0]?.templateId).toBe(created?.id);
    expect(welcome?.kind === 'message' && welcome.config.templateId).toBeNull();
  });

  it('leave a template picked meanwhile where it is', async () => {
    const api = connect();
    const { store } = await openBrokenJourney(api);
    const diagnostic = problem(store, 'MISSING_TEMPLATE');
    const chosen = await api.client.templates.create({ channel: 'email', name: 'Chosen meanwhile', language: '' });
    const fixing = runQuickFix(store, diagnostic);
    store
      .getState()
      .edit((journey) =>
        updateNode(journey, 'welcome', (node) =>
          node.kind === 'message' ? { ...node, config: { ...node.config, templateId: chosen.id } } : node,
        ),
      );
    await fixing;
    const welcome = store.getState().journey!.nodes.find((node) => node.id === 'welcome');
    expect(welcome?.kind === 'message' && welcome.config.templateId).toBe(chosen.id);
    expect(store.getState().notices.at(-1)?.message).toContain('already had a template');
  });

  it('say so when a fix no longer applies, and leave the journey alone', async () => {
    const api = connect();
    const { store } = await openBrokenJourney(api);
    const diagnostic = problem(store, 'SPLIT_PERCENT_SUM');
    await runQuickFix(store, diagnostic);
    const fixed = store.getState().journey;
    await runQuickFix(store, { ...diagnostic, nodeId: 'deleted_step' });
    expect(store.getState().journey).toBe(fixed);
    expect(store.getState().notices.at(-1)).toMatchObject({
      tone: 'error',
      message: expect.stringContaining('no longer applies'),
    });
  });

  it('report a template that could not be created, without touching the journey', async () => {
    const api = connect();
    const { store } = await openBrokenJourney(api);
    const before = store.getState().journey;
    api.failNext(1);
    await runQuickFix(store, problem(store, 'MISSING_TEMPLATE'));
    expect(store.getState().journey).toBe(before);
    expect(store.getState().notices.at(-1)).toMatchObject({
      tone: 'error',
      message: 'The template could not be created: Journey Studio is not reachable.',
    });
  });
});
