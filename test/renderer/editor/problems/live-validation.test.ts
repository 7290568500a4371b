import { afterEach, describe, expect, it, vi } from 'vitest';
import { updateNode } from '../../../../shared/graph/index';
import { createNode, type Journey } from '../../../../shared/model/index';
import type { Diagnostic } from '../../../../shared/validation/index';
import { startLiveValidation } from '../../../../renderer/src/editor/problems/live-validation';
import { useInProcessClient } from '../../../support/in-process-client';
import { useTempDir } from '../../../support/temp-dir';
import { brokenJourney } from './broken-journey';
import { openBrokenJourney, until } from './store-harness';

const tempDir = useTempDir();
const connect = useInProcessClient(tempDir);
afterEach(() => {
  vi.useRealTimers();
});

const codes = (diagnostics: readonly Diagnostic[] | null) =>
  (diagnostics ?? []).map((d) => `${d.code}@${d.nodeId ?? ''}`);
const relabel = (id: string, label: string) => (journey: Journey) =>
  updateNode(journey, id, (node) => ({ ...node, label }));

describe('live validation in the editor', () => {
  it('loads what it needs, checks the open journey and puts badges on the steps at fault', async () => {
    const api = connect();
    const { store } = await openBrokenJourney(api);
    expect(store.getState().templatesStatus).toBe('idle');
    const live = startLiveValidation(store, { delayMs: 10 });
    await until(() => store.getState().liveProblems !== null);

    const state = store.getState();
    expect(state.templatesStatus).toBe('ready');
    expect(state.fieldsStatus).toBe('ready');
    expect(codes(state.liveProblems)).toEqual([
      'MISSING_TEMPLATE@welcome',
      'SPLIT_PERCENT_SUM@split',
      'WAIT_WITHOUT_TIMEOUT@wait',
    ]);
    expect(state.problemCounts).toEqual({ errors: 3, warnings: 0 });
    expect(state.problems.map((view) => view.stepName)).toEqual(['Welcome', 'Random paths', 'Wait for click']);
    expect(Object.fromEntries(state.nodeProblems)).toEqual({
      welcome: { count: 1, severity: 'error', message: '"Welcome" has no Email template chosen.' },
      split: expect.objectContaining({ count: 1, severity: 'error' }),
      wait: expect.objectContaining({ count: 1, severity: 'error' }),
    });
    live.stop();
  });

  it('never checks on the edit itself, but shortly after a burst of edits', async () => {
    const api = connect();
    const { store } = await openBrokenJourney(api);
    // Virtual time: the test moves the clock, so "no further check" means none in a whole second.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    let checks = 0;
    const live = startLiveValidation(store, {
      delayMs: 30,
      maxWaitMs: 1000,
      validate: (journey, context) => {
        checks++;
        // Reports what it was given, so the test sees which document and context were checked.
        return [
          {
            severity: 'warning',
            code: 'MISSING_NAME',
            message: `checked "${journey.nodes[1]!.label}" with ${context?.templates?.size ?? 'no'} templates`,
            hint: '',
          },
        ];
      },
    });
    await vi.advanceTimersByTimeAsync(1000);
    expect(checks).toBe(1);

    for (const label of ['H', 'He', 'Hel', 'Hell', 'Hello']) {
      store.getState().edit(relabel('welcome', label), 'gesture-update');
      expect(checks).toBe(1);
      await vi.advanceTimersByTimeAsync(10);
    }
    await vi.advanceTimersByTimeAsync(19);
    expect(checks).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(checks).toBe(2);
    expect(store.getState().problems[0]?.diagnostic.message).toBe('checked "Hello" with 0 templates');
    await vi.advanceTimersByTimeAsync(1000);
    expect(checks).toBe(2);
    expect(vi.getTimerCount()).toBe(0);
    live.stop();
  });

  it('knows the template library: a template of another channel is reported, and so is a variable nobody provides', async () => {
    const api = connect();
    const { store } = await openBrokenJourney(api);
    const live = startLiveValidation(store, { delayMs: 5 });
    await until(() => store.getState().liveProblems !== null);
    const sms = await store.getState().createTemplate({ channel: 'sms', name: 'Text', language: '' });
    store
      .getState()
      .edit((journey) =>
        updateNode(journey, 'welcome', (node) =>
          node.kind === 'message' ? { ...node, config: { ...node.config, templateId: sms.id } } : node,
        ),
      );
    await until(() => codes(store.getState().liveProblems).includes('TEMPLATE_CHANNEL_MISMATCH@welcome'));

    const email = await store.getState().createTemplate({ channel: 'email', name: 'Mail', language: '' });
    store
      .getState()
      .edit((journey) =>
        updateNode(journey, 'welcome', (node) =>
          node.kind === 'message' ? { ...node, config: { ...node.config, templateId: email.id } } : node,
        ),
      );
    const errorsOnWelcome = () =>
      (store.getState().liveProblems ?? []).filter((d) => d.nodeId === 'welcome' && d.severity === 'error');
    await until(() => errorsOnWelcome().length === 0);
    // The template's own variables are known too: an SMS reading a field nobody provides is flagged.
    const reminder = await store.getState().createTemplate({ channel: 'sms', name: 'Reminder', language: '' });
    await api.client.templates.update({
      id: reminder.id,
      content: { body: 'Hi {{ customer.nickname }}', senderId: 'Shop' },
    });
    await store.getState().loadTemplates();
    store
      .getState()
      .edit((journey) =>
        updateNode(journey, 'welcome', (node) =>
          node.kind === 'message'
            ? { ...node, config: { ...node.config, channel: 'sms', templateId: reminder.id } }
            : node,
        ),
      );
    await until(() =>
      (store.getState().liveProblems ?? []).some(
        (d) => d.code === 'UNDEFINED_VARIABLE' && d.message.includes('customer.nickname'),
      ),
    );
    expect(errorsOnWelcome()).toEqual([]);
    expect(store.getState().nodeProblems.get('welcome')?.severity).toBe('warning');
    live.stop();
  });

  it('knows the custom fields, so a step writing one is not reported while one writing an unknown field is', async () => {
    const api = connect();
    await api.client.fields.create({ key: 'loyaltyTier', label: 'Loyalty tier', description: '', type: 'text' });
    const withUpdate = (base: Journey) => {
      const journey = brokenJourney(base);
      const update = createNode('updateProfile', { id: 'update', position: { x: 0, y: 400 } });
      update.config.updates = [
        { field: 'loyaltyTier', value: 'gold' },
        { field: 'noSuchField', value: 'x' },
      ];
      return { ...journey, nodes: [...journey.nodes, update] };
    };
    const { store } = await openBrokenJourney(api, withUpdate);
    const live = startLiveValidation(store, { delayMs: 5 });
    await until(() => store.getState().liveProblems !== null);
    const unknown = (store.getState().liveProblems ?? []).filter((d) => d.code === 'UNKNOWN_FIELD');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]!.message).toContain('noSuchField');
    live.stop();
  });

  it('adds what only the explicit check knows, and forgets everything when another journey opens', async () => {
    const api = connect();
    const { store } = await openBrokenJourney(api);
    const live = startLiveValidation(store, { delayMs: 5 });
    await until(() => store.getState().liveProblems !== null);
    const server: Diagnostic[] = [
      ...(store.getState().liveProblems ?? []),
      {
        severity: 'warning',
        code: 'CHANNEL_NOT_CONFIGURED',
        message: 'No Email provider is set up.',
        hint: 'Set one up.',
        nodeId: 'welcome',
        path: 'nodes[1].config.channel',
      },
    ];
    store.getState().showValidationResult(server);
    store.getState().openProblems();
    expect(store.getState().problemsPanelOpen).toBe(true);
    expect(store.getState().problemCounts).toEqual({ errors: 3, warnings: 1 });
    expect(store.getState().nodeProblems.get('welcome')?.count).toBe(2);

    // An edit re-checks; the server-only warning stays while its step exists.
    store.getState().edit(relabel('welcome', 'Hello'));
    await until(() => store.getState().problems.some((view) => view.stepName === 'Hello'));
    expect(store.getState().problemCounts).toEqual({ errors: 3, warnings: 1 });

    const other = await api.client.journeys.create({ name: 'Empty' });
    const opening = store.getState().openJourney(other.journey.id);
    expect(store.getState().problems).toEqual([]);
    await opening;
    await until(() => store.getState().liveProblems !== null);
    expect(codes(store.getState().liveProblems)).toEqual(['NO_ENTRY@']);
    expect(store.getState().checkedProblems).toBeNull();
    live.stop();
  });

  it('reports a failing check once instead of breaking the editor', async () => {
    const api = connect();
    const { store } = await openBrokenJourney(api);
    let failures = 0;
    const live = startLiveValidation(store, {
      delayMs: 5,
      validate: () => {
        failures++;
        throw new Error('boom');
      },
    });
    await until(() => store.getState().notices.length > 0);
    expect(failures).toBe(1);
    store.getState().edit(relabel('welcome', 'Again'));
    live.flush();
    // The second check ran (and failed) inside flush(); it added no second notice.
    expect(failures).toBe(2);
    expect(store.getState().notices.map((notice) => notice.message)).toEqual([
      'The journey could not be checked for problems: boom',
    ]);
    expect(store.getState().journey?.nodes[1]?.label).toBe('Again');
    live.stop();
  });
});
