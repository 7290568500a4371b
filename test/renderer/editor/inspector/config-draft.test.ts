import { describe, expect, it } from 'vitest';
import { nodeKinds, type RandomSplitConfig, type WebhookConfig } from '../../../../shared/model/index';
import { freshDraft, reconcileDraft, reviseDraft } from '../../../../renderer/src/editor/inspector/config-draft';

const splitSchema = nodeKinds.randomSplit.config;
const split = (a: number, b: number): RandomSplitConfig => ({
  branches: [
    { id: 'a', label: 'A', percent: a },
    { id: 'b', label: 'B', percent: b },
  ],
});

describe('reviseDraft', () => {
  it('applies a valid draft as the schema’s parsed value', () => {
    const start = freshDraft(split(50, 50));
    const { state, apply } = reviseDraft(start, split(60, 40), splitSchema);
    expect(apply).toEqual(split(60, 40));
    expect(state.applied).toBe(apply);
    expect(state.errors).toEqual({});
    expect(state.draft).toEqual(split(60, 40));
  });

  it('keeps an invalid draft local with its field messages and applies nothing', () => {
    const { state, apply } = reviseDraft(freshDraft(split(50, 50)), split(50, Number.NaN), splitSchema);
    expect(apply).toBeNull();
    expect(state.draft.branches[1]?.percent).toBeNaN();
    expect(state.errors).toEqual({ 'branches[1].percent': 'Enter a number' });
    expect(state.source).toEqual(split(50, 50));
  });

  it('applies nothing when the draft comes back to what the journey holds', () => {
    const start = freshDraft(split(50, 50));
    const invalid = reviseDraft(start, split(50, Number.NaN), splitSchema).state;
    const { state, apply } = reviseDraft(invalid, split(50, 50), splitSchema);
    expect(apply).toBeNull();
    expect(state.errors).toEqual({});
  });

  it('uses the same schema as the model, so what it rejects never reaches the journey', () => {
    const webhook: WebhookConfig = { method: 'POST', url: '', headers: [], bodyTemplate: '' };
    const bad = { ...webhook, method: 'FETCH' } as unknown as WebhookConfig;
    const { apply, state } = reviseDraft(freshDraft(webhook), bad, nodeKinds.webhook.config);
    expect(apply).toBeNull();
    expect(Object.keys(state.errors)).toEqual(['method']);
  });
});

describe('reconcileDraft', () => {
  it('keeps the draft while the journey still holds the value it started from', () => {
    const committed = split(50, 50);
    const invalid = reviseDraft(freshDraft(committed), split(50, Number.NaN), splitSchema).state;
    expect(reconcileDraft(invalid, committed)).toBe(invalid);
  });

  it('keeps the draft when our own applied value comes back from the store', () => {
    const committed = split(50, 50);
    const { state, apply } = reviseDraft(freshDraft(committed), split(70, 30), splitSchema);
    const reconciled = reconcileDraft(state, apply);
    expect(reconciled.draft).toBe(state.draft);
    expect(reconciled.source).toBe(apply);
  });

  it('keeps an invalid draft typed after a valid edit when that edit comes back late', () => {
    const committed = split(50, 50);
    const first = reviseDraft(freshDraft(committed), split(70, 30), splitSchema);
    const invalid = reviseDraft(first.state, split(70, -5), splitSchema).state;
    const reconciled = reconcileDraft(invalid, first.apply);
    expect(reconciled.draft).toEqual(split(70, -5));
    expect(reconciled.errors).toEqual({ 'branches[1].percent': 'Must be at least 0' });
  });

  it('resets to the journey’s value after undo, redo or another edit, dropping an invalid draft', () => {
    const committed = split(50, 50);
    const { state } = reviseDraft(freshDraft(committed), split(50, 200), splitSchema);
    const fromOutside = split(10, 90);
    const reconciled = reconcileDraft(state, fromOutside);
    expect(reconciled).toEqual(freshDraft(fromOutside));
    expect(reconciled.draft).toBe(fromOutside);
  });

  it('resets on undo to the value the draft started from after an applied edit', () => {
    const committed = split(50, 50);
    const { state, apply } = reviseDraft(freshDraft(committed), split(70, 30), splitSchema);
    const afterEcho = reconcileDraft(state, apply);
    const undone = reconcileDraft(afterEcho, committed);
    expect(undone.draft).toBe(committed);
  });
});
