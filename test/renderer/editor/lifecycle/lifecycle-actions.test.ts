import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../shared/contract/index';
import { createNode, type Journey } from '../../../../shared/model/index';
import {
  createLifecycleActions,
  activationRefusedMessage,
  validationMessage,
} from '../../../../renderer/src/editor/lifecycle/lifecycle-actions';
import { startAutosave } from '../../../../renderer/src/editor/state/autosave';
import { createAppStore } from '../../../../renderer/src/store/app-store';
import { useInProcessClient } from '../../../support/in-process-client';
import { useTempDir } from '../../../support/temp-dir';
import { MemoryStorage } from '../../../support/memory-storage';
import { until } from '../../../support/until';

const tempDir = useTempDir();
const connect = useInProcessClient(tempDir);

/** Entry (all contacts) → email with a template → exit: nothing in it is an error. */
function runnable(journey: Journey, templateId: string | null): Journey {
  const entry = createNode('entry', { id: 'start', position: { x: 0, y: 0 }, label: 'Everyone' });
  const message = createNode('message', { id: 'mail', position: { x: 300, y: 0 }, label: 'Welcome' });
  const exit = createNode('exit', { id: 'done', position: { x: 600, y: 0 }, label: 'Done' });
  return {
    ...journey,
    nodes: [entry, { ...message, config: { ...message.config, templateId } }, exit],
    edges: [
      { id: 'e1', source: 'start', sourceHandle: 'next', target: 'mail' },
      { id: 'e2', source: 'mail', sourceHandle: 'next', target: 'done' },
    ],
  };
}

async function openEditor(options: { withTemplate: boolean }) {
  const api = connect();
  const { client } = api;
  await client.settings.set({ key: 'channels.email.provider', value: 'local' });
  // No Liquid variables: nothing in the journey has to provide them.
  const template = await client.templates.create({
    channel: 'email',
    name: 'Welcome mail',
    content: {
      subject: 'Welcome',
      preheader: '',
      fromName: 'Shop',
      mjml: '<mjml><mj-body><mj-section><mj-column><mj-text>Hello</mj-text></mj-column></mj-section></mj-body></mjml>',
    },
  });
  const created = await client.journeys.create({ name: 'Lifecycle' });
  await client.journeys.save({
    journey: runnable(created.journey, options.withTemplate ? template.id : null),
    expectedRevision: created.revision,
  });
  const store = createAppStore(client);
  const autosave = startAutosave(store, client, { debounceMs: 20, storage: new MemoryStorage() });
  store.getState().setSaveFlusher(autosave.flush);
  await store.getState().openJourney(created.journey.id);
  const actions = createLifecycleActions(client, store);
  const notices = () => store.getState().notices.map((notice) => notice.message);
  return { ...api, store, autosave, actions, notices, id: created.journey.id, templateId: template.id };
}

describe('lifecycle actions against the real services', () => {
  it('validates a clean draft to Ready and says it is ready to activate', async () => {
    const { store, actions, notices, autosave } = await openEditor({ withTemplate: true });
    await actions.validate();
    expect(store.getState().journey?.status).toBe('ready');
    expect(notices()).toContain('No problems — ready to activate.');
    expect(store.getState().problemsPanelOpen).toBe(false);
    autosave.stop();
  });

  it('lists a broken journey’s errors in the problems panel when validated', async () => {
    const { store, actions, notices, autosave } = await openEditor({ withTemplate: false });
    await actions.validate();
    expect(store.getState().problemsPanelOpen).toBe(true);
    expect(store.getState().checkedProblems?.some((problem) => problem.code === 'MISSING_TEMPLATE')).toBe(true);
    expect(notices().some((text) => /error.* to fix before this journey can be activated/.test(text))).toBe(true);
    autosave.stop();
  });

  it('refuses to activate a broken journey, naming the errors and opening the panel', async () => {
    const { store, actions, notices, autosave } = await openEditor({ withTemplate: false });
    await actions.activate();
    expect(store.getState().journey?.status).toBe('draft');
    expect(store.getState().liveVersion).toBeNull();
    expect(notices().some((text) => text.startsWith('Not activated:'))).toBe(true);
    expect(store.getState().problemsPanelOpen).toBe(true);
    autosave.stop();
  });

  it('activates, becomes read-only, refuses edits with a notice, and saves nothing', async () => {
    const { store, actions, notices, calls, autosave } = await openEditor({ withTemplate: true });
    await actions.activate();
    const state = store.getState();
    expect(state.journey?.status).toBe('active');
    expect(state.liveVersion).toBe(1);
    expect(state.readOnly).toBe(true);
    expect(notices()).toContain('Activated: version 1 is live.');

    const before = store.getState().journey;
    store.getState().edit((journey) => ({ ...journey, nodes: journey.nodes.slice(1) }));
    expect(store.getState().journey).toBe(before);
    expect(notices().some((text) => text.includes('Version 1 is live and read-only'))).toBe(true);
    // flush() saves at once whatever autosave would save later; the one save is the test's setup.
    await autosave.flush();
    expect(calls.filter((call) => call === 'journeys.save')).toHaveLength(1);
    autosave.stop();
  });

  it('edits a live journey as a draft version, activates its changes, and the live version moves on', async () => {
    const { store, client, actions, notices, id, autosave } = await openEditor({ withTemplate: true });
    await actions.activate();
    await actions.startDraft();
    expect(store.getState().draftOpen).toBe(true);
    expect(store.getState().readOnly).toBe(false);
    expect(notices()).toContain('Editing draft version 2; version 1 keeps running.');

    store.getState().edit((journey) => ({
      ...journey,
      nodes: journey.nodes.map((node) => (node.id === 'mail' ? { ...node, label: 'Hello' } : node)),
    }));
    // Activating the changes saves the pending edit first, so version 2 has it.
    await actions.activate();
    expect(store.getState().liveVersion).toBe(2);
    expect(store.getState().draftOpen).toBe(false);
    expect(notices()).toContain('Changes activated: version 2 is live.');
    const frozen = await client.versions.get({ journeyId: id, version: 2 });
    expect(frozen.journey.nodes.find((node) => node.id === 'mail')?.label).toBe('Hello');
    autosave.stop();
  });

  it('discards a draft back to the live version', async () => {
    const { store, actions, autosave } = await openEditor({ withTemplate: true });
    await actions.activate();
    await actions.startDraft();
    store.getState().edit((journey) => ({ ...journey, nodes: journey.nodes.filter((node) => node.id !== 'done') }));
    await until(
      () => store.getState().saveStatus.state === 'saved' && store.getState().journey === store.getState().savedJourney,
    );
    await actions.discardDraft();
    expect(store.getState().draftOpen).toBe(false);
    expect(store.getState().journey?.nodes.map((node) => node.id)).toEqual(['start', 'mail', 'done']);
    autosave.stop();
  });

  it('pauses, resumes and stops, recording each move', async () => {
    const { store, client, actions, notices, id, autosave } = await openEditor({ withTemplate: true });
    await actions.activate();
    await actions.transition('paused');
    expect(store.getState().journey?.status).toBe('paused');
    await actions.transition('active');
    expect(notices()).toContain('Resumed: contacts move through the journey again.');
    await actions.transition('stopped');
    expect(store.getState().journey?.status).toBe('stopped');
    expect(store.getState().readOnly).toBe(true);
    const log = await client.journeys.transitions({ id });
    expect(log.map((entry) => [entry.from, entry.to, entry.version])).toEqual([
      [null, 'draft', null],
      ['draft', 'active', 1],
      ['active', 'paused', 1],
      ['paused', 'active', 1],
      ['active', 'stopped', null],
    ]);
    autosave.stop();
  });

  it('says so when a move is refused', async () => {
    const { actions, notices, autosave } = await openEditor({ withTemplate: true });
    await actions.transition('paused');
    expect(notices().some((text) => text.startsWith('The journey could not be moved:'))).toBe(true);
    autosave.stop();
  });
});

describe('lifecycle messages', () => {
  it('words a validation result by what it found', () => {
    expect(validationMessage([])).toEqual({ tone: 'info', text: 'No problems — ready to activate.', openPanel: false });
    expect(validationMessage([{ severity: 'warning' }, { severity: 'warning' }])).toEqual({
      tone: 'info',
      text: 'No errors — ready to activate. 2 warnings to review in Problems.',
      openPanel: true,
    });
    expect(validationMessage([{ severity: 'error' }, { severity: 'warning' }]).text).toBe(
      '1 error to fix before this journey can be activated.',
    );
  });

  it('names the first refusal reasons and counts the rest', () => {
    const issues = ['a', 'b', 'c', 'd'].map((letter) => ({
      path: `nodes[0].${letter}`,
      message: `Problem ${letter}.`,
    }));
    expect(activationRefusedMessage(new ApiError('INVALID_JOURNEY', 'Invalid', issues))).toBe(
      'Not activated: 4 errors to fix first. Problem a. Problem b. Problem c. (and 1 more)',
    );
    expect(activationRefusedMessage(new ApiError('INVALID_JOURNEY', 'It has errors.'))).toBe(
      'Not activated: It has errors.',
    );
  });
});
