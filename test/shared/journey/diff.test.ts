import { describe, expect, it } from 'vitest';
import {
  configValueChange,
  diffJourneys,
  isEmptyDiff,
  isRunEquivalent,
  summarizeDiff,
} from '../../../shared/journey/diff';
import { createNode, type Journey, type JourneyNode } from '../../../shared/model/index';
import { edge, journeyWith, node, note, sampleJourney } from '../graph/sample-journey';

function withNodes(journey: Journey, change: (nodes: JourneyNode[]) => JourneyNode[]): Journey {
  return { ...journey, nodes: change(journey.nodes.slice()) };
}

function replaceNode(journey: Journey, id: string, change: (node: JourneyNode) => JourneyNode): Journey {
  return withNodes(journey, (nodes) => nodes.map((item) => (item.id === id ? change(item) : item)));
}

const ids = (nodes: readonly { id: string }[]) => nodes.map((item) => item.id);

describe('diffJourneys', () => {
  it('finds nothing between a journey and itself, or an equal copy', () => {
    const journey = sampleJourney();
    expect(isEmptyDiff(diffJourneys(journey, journey))).toBe(true);
    const copy = structuredClone(journey) as Journey;
    const diff = diffJourneys(journey, copy);
    expect(isEmptyDiff(diff)).toBe(true);
    expect(summarizeDiff(diff)).toBe('No differences');
  });

  it('lists added steps in the newer document’s order', () => {
    const before = sampleJourney();
    const after = withNodes(before, (nodes) => [
      ...nodes,
      node('webhook', 'hook', 'Notify CRM'),
      node('exit', 'done3', 'Finish'),
    ]);
    const diff = diffJourneys(before, after);
    expect(ids(diff.added)).toEqual(['hook', 'done3']);
    expect(diff.removed).toEqual([]);
    expect(diff.changed).toEqual([]);
    expect(isRunEquivalent(diff)).toBe(false);
  });

  it('lists removed steps from the older document', () => {
    const before = sampleJourney();
    const after = withNodes(before, (nodes) => nodes.filter((item) => item.id !== 'wait' && item.id !== 'done2'));
    const diff = diffJourneys(before, after);
    expect(ids(diff.removed)).toEqual(['wait', 'done2']);
    expect(diff.removed[0]!.label).toBe('Wait a day');
    expect(diff.added).toEqual([]);
  });

  it('reports a renamed step as a label change', () => {
    const before = sampleJourney();
    const after = replaceNode(before, 'email', (item) => ({ ...item, label: 'Hello there' }));
    const [change] = diffJourneys(before, after).changed;
    expect(change?.after.id).toBe('email');
    expect(change?.changes).toEqual(['label']);
    expect(change?.configKeys).toEqual([]);
  });

  it('names the config keys that differ and ignores key order', () => {
    const before = sampleJourney();
    const after = replaceNode(before, 'sms', (item) =>
      item.kind === 'message'
        ? { ...item, config: { fallbacks: [], variables: {}, templateId: 'tpl-1', channel: item.config.channel } }
        : item,
    );
    const reordered = replaceNode(before, 'sms', (item) =>
      item.kind === 'message'
        ? { ...item, config: { fallbacks: [], variables: {}, templateId: null, channel: item.config.channel } }
        : item,
    );
    const [change] = diffJourneys(before, after).changed;
    expect(change?.changes).toEqual(['config']);
    expect(change?.configKeys).toEqual(['templateId']);
    expect(diffJourneys(before, reordered).changed).toEqual([]);
  });

  it('sees a change deep inside a config', () => {
    const before = sampleJourney();
    const after = replaceNode(before, 'sms', (item) =>
      item.kind === 'message'
        ? { ...item, config: { ...item.config, fallbacks: [{ channel: 'email', templateId: null }] } }
        : item,
    );
    expect(diffJourneys(before, after).changed[0]?.configKeys).toEqual(['fallbacks']);
  });

  it('reports a step whose kind changed under the same id as a kind and config change', () => {
    const before = sampleJourney();
    const after = replaceNode(before, 'wait', (item) => ({
      ...createNode('exit', { id: 'wait', position: item.position }),
      label: item.label,
    }));
    const [change] = diffJourneys(before, after).changed;
    expect(change?.changes).toEqual(['kind', 'config']);
    expect(change?.before.kind).toBe('delay');
    expect(change?.after.kind).toBe('exit');
  });

  it('lists a step that only moved as moved, not changed', () => {
    const before = sampleJourney();
    const after = replaceNode(before, 'vip', (item) => ({
      ...item,
      position: { x: item.position.x + 40, y: item.position.y },
    }));
    const diff = diffJourneys(before, after);
    expect(diff.changed).toEqual([]);
    expect(ids(diff.moved.map((item) => item.after))).toEqual(['vip']);
    expect(isRunEquivalent(diff)).toBe(true);
    expect(isEmptyDiff(diff)).toBe(false);
    expect(summarizeDiff(diff)).toBe('1 step moved');
  });

  it('counts a moved and relabelled step as changed only', () => {
    const before = sampleJourney();
    const after = replaceNode(before, 'vip', (item) => ({ ...item, label: 'Gold?', position: { x: 0, y: 999 } }));
    const diff = diffJourneys(before, after);
    expect(ids(diff.changed.map((item) => item.after))).toEqual(['vip']);
    expect(diff.moved).toEqual([]);
  });

  it('compares connections by their ends, not their ids', () => {
    const before = sampleJourney();
    const redrawn = {
      ...before,
      edges: before.edges.map((item) => (item.id === 'e-vip-sms' ? { ...item, id: 'e-new-id' } : item)),
    };
    expect(diffJourneys(before, redrawn).addedEdges).toEqual([]);

    const rewired = {
      ...before,
      edges: [
        ...before.edges.filter((item) => item.id !== 'e-sms-done'),
        edge('e-sms-done2', 'sms', 'next', 'done2'),
        edge('e-vip-wait', 'vip', 'no', 'wait'),
      ],
    };
    const diff = diffJourneys(before, rewired);
    expect(ids(diff.addedEdges)).toEqual(['e-sms-done2', 'e-vip-wait']);
    expect(ids(diff.removedEdges)).toEqual(['e-sms-done']);
    expect(summarizeDiff(diff)).toBe('3 connections changed');
  });

  it('names the settings that changed', () => {
    const before = sampleJourney();
    const after = {
      ...before,
      settings: {
        ...before.settings,
        timeZone: 'Europe/Madrid',
        quietHours: { ...before.settings.quietHours, enabled: true },
      },
    };
    expect(diffJourneys(before, after).settings).toEqual(['timeZone', 'quietHours']);
  });

  it('reports name and description changes with both texts', () => {
    const before = sampleJourney();
    const diff = diffJourneys(before, { ...before, name: 'Renamed', description: 'Now with words' });
    expect(diff.name).toEqual({ before: 'Test journey', after: 'Renamed' });
    expect(diff.description).toEqual({ before: '', after: 'Now with words' });
    expect(isRunEquivalent(diff)).toBe(true);
    expect(summarizeDiff(diff)).toBe('renamed, description changed');
  });

  it('notices sticky notes changing without counting them as a change to what runs', () => {
    const before = sampleJourney();
    const diff = diffJourneys(before, { ...before, notes: [...before.notes, note('note-2', 10, 10)] });
    expect(diff.notesChanged).toBe(true);
    expect(isRunEquivalent(diff)).toBe(true);
  });

  it('summarises every kind of change in one line', () => {
    const before = journeyWith(
      [node('entry', 'a', 'Start'), node('message', 'b', 'Mail'), node('exit', 'c', 'End')],
      [edge('ab', 'a', 'next', 'b')],
    );
    const after = journeyWith(
      [
        node('entry', 'a', 'Start!'),
        node('message', 'b', 'Mail', 50, 50),
        node('delay', 'd', 'Wait'),
        node('delay', 'e', 'Wait more'),
      ],
      [edge('ab', 'a', 'next', 'b'), edge('bd', 'b', 'next', 'd')],
    );
    expect(summarizeDiff(diffJourneys(before, after))).toBe(
      '2 steps added, 1 step changed, 1 step removed, 1 connection changed, 1 step moved',
    );
  });
});

describe('configValueChange', () => {
  it('gives the old and new duration of a delay', () => {
    const before = replaceNode(sampleJourney(), 'wait', (item) =>
      item.kind === 'delay' ? { ...item, config: { mode: 'duration', duration: { amount: 1, unit: 'days' } } } : item,
    );
    const after = replaceNode(before, 'wait', (item) =>
      item.kind === 'delay' ? { ...item, config: { mode: 'duration', duration: { amount: 3, unit: 'hours' } } } : item,
    );
    const [change] = diffJourneys(before, after).changed;
    expect(change?.configKeys).toEqual(['duration']);
    expect(configValueChange(change!, 'duration')).toEqual({ before: '1 day', after: '3 hours' });
  });

  it('shows no values for ids, lists or a value that is missing on one side', () => {
    const before = sampleJourney();
    const after = replaceNode(before, 'sms', (item) =>
      item.kind === 'message'
        ? {
            ...item,
            config: { ...item.config, templateId: 'tpl-1', fallbacks: [{ channel: 'email', templateId: null }] },
          }
        : item,
    );
    const [change] = diffJourneys(before, after).changed;
    expect(configValueChange(change!, 'templateId')).toBeNull();
    expect(configValueChange(change!, 'fallbacks')).toBeNull();
    expect(configValueChange(change!, 'absent')).toBeNull();
  });
});
