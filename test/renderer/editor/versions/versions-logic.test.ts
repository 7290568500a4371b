import { describe, expect, it } from 'vitest';
import { diffJourneys } from '../../../../shared/journey/diff';
import { createNode, type Journey } from '../../../../shared/model/index';
import { compareElements } from '../../../../renderer/src/editor/versions/compare-elements';
import {
  defaultComparison,
  inOrder,
  parseSide,
  sideLabel,
} from '../../../../renderer/src/editor/versions/compare-choice';
import {
  configKeyWords,
  describeChange,
  otherChanges,
  stepName,
} from '../../../../renderer/src/editor/versions/diff-text';
import {
  newestFirst,
  shortTime,
  transitionLine,
  transitionText,
} from '../../../../renderer/src/editor/versions/transition-log';
import { versionViewTitle } from '../../../../renderer/src/editor/versions/version-view';
import { edge, journeyWith, node, sampleJourney } from '../../../shared/graph/sample-journey';

const UTC = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
});

describe('the status history', () => {
  it('names each move the way the header’s buttons do', () => {
    expect(transitionText({ from: null, to: 'draft', version: null })).toBe('Created');
    expect(transitionText({ from: 'draft', to: 'ready', version: null })).toBe('Validated: ready');
    expect(transitionText({ from: 'ready', to: 'active', version: 1 })).toBe('Activated v1');
    expect(transitionText({ from: 'active', to: 'active', version: 2 })).toBe('Changes activated v2');
    expect(transitionText({ from: 'paused', to: 'paused', version: 3 })).toBe('Changes activated v3');
    expect(transitionText({ from: 'active', to: 'paused', version: 1 })).toBe('Paused');
    expect(transitionText({ from: 'paused', to: 'active', version: 1 })).toBe('Resumed');
    expect(transitionText({ from: 'active', to: 'stopped', version: null })).toBe('Stopped');
    expect(transitionText({ from: 'stopped', to: 'archived', version: null })).toBe('Archived');
    expect(transitionText({ from: 'archived', to: 'draft', version: null })).toBe('Unarchived');
    expect(transitionText({ from: 'ready', to: 'draft', version: null })).toBe('Back to draft');
  });

  it('adds when, and lists newest first', () => {
    const entries = [
      { from: 'draft' as const, to: 'active' as const, version: 1, at: '2025-11-21T10:02:00.000Z' },
      { from: 'active' as const, to: 'paused' as const, version: 1, at: '2025-11-22T08:30:00.000Z' },
    ];
    expect(transitionLine(entries[0]!, UTC)).toBe('Activated v1 · 21 Nov, 10:02');
    expect(newestFirst(entries).map((entry) => entry.to)).toEqual(['paused', 'active']);
    expect(entries[0]!.to).toBe('active');
    expect(shortTime('not a date', UTC)).toBe('not a date');
  });
});

describe('choosing what to compare', () => {
  it('offers the open draft against what is live first', () => {
    expect(defaultComparison([3, 2, 1], { liveVersion: 3, draftOpen: true })).toEqual({ before: 3, after: 'current' });
  });

  it('else the two newest versions, else the only one against the current document', () => {
    expect(defaultComparison([3, 2, 1], { liveVersion: 3, draftOpen: false })).toEqual({ before: 2, after: 3 });
    expect(defaultComparison([1], { liveVersion: 1, draftOpen: false })).toEqual({ before: 1, after: 'current' });
    expect(defaultComparison([], { liveVersion: null, draftOpen: false })).toBeNull();
  });

  it('puts the older side first, whatever order they were picked in', () => {
    expect(inOrder({ before: 3, after: 1 })).toEqual({ before: 1, after: 3 });
    expect(inOrder({ before: 'current', after: 2 })).toEqual({ before: 2, after: 'current' });
  });

  it('names each side', () => {
    const live = { status: 'active', liveVersion: 3, draftOpen: true };
    expect(sideLabel(2, live)).toBe('Version 2');
    expect(sideLabel('current', live)).toBe('Draft version 4');
    expect(sideLabel('current', { status: 'draft', liveVersion: null, draftOpen: false })).toBe('Current draft');
    expect(sideLabel('current', { status: 'stopped', liveVersion: 2, draftOpen: false })).toBe('Current document');
    expect(parseSide('current')).toBe('current');
    expect(parseSide('4')).toBe(4);
    expect(parseSide('nope')).toBeNull();
  });

  it('titles what the canvas shows', () => {
    const journey = sampleJourney();
    expect(versionViewTitle({ kind: 'version', version: 2, journey, createdAt: '' })).toBe(
      'Viewing version 2 (read-only)',
    );
    expect(
      versionViewTitle({
        kind: 'compare',
        before: { label: 'Version 1', version: 1, journey },
        after: { label: 'Version 2', version: 2, journey },
      }),
    ).toBe('Comparing Version 1 with Version 2');
  });
});

describe('a comparison on the canvas', () => {
  function versions(): { before: Journey; after: Journey } {
    const before = journeyWith(
      [node('entry', 'a', 'Start'), node('message', 'b', 'Mail'), node('delay', 'c', 'Wait'), node('exit', 'd', 'End')],
      [edge('ab', 'a', 'next', 'b'), edge('bc', 'b', 'next', 'c'), edge('cd', 'c', 'next', 'd')],
    );
    const after = journeyWith(
      [
        node('entry', 'a', 'Start', 40, 0),
        node('message', 'b', 'Mail v2'),
        node('exit', 'd', 'End'),
        node('webhook', 'e', 'CRM'),
      ],
      [edge('ab', 'a', 'next', 'b'), edge('bd', 'b', 'next', 'd')],
    );
    return { before, after };
  }

  it('draws the newer document marked, plus what was removed where it used to be', () => {
    const { before, after } = versions();
    const { nodes, edges } = compareElements(after, diffJourneys(before, after));
    expect(nodes.map(({ node: item, status }) => `${item.id}:${status}`)).toEqual([
      'a:unchanged',
      'b:changed',
      'd:unchanged',
      'e:added',
      'c:removed',
    ]);
    expect(edges.map(({ edge: item, status }) => `${item.id}:${status}`)).toEqual([
      'ab:unchanged',
      'bd:added',
      'bc:removed',
      'cd:removed',
    ]);
  });

  it('keeps edge ids unique when a removed connection reused an id', () => {
    const before = journeyWith(
      [node('entry', 'a'), node('exit', 'b'), node('exit', 'c')],
      [edge('x', 'a', 'next', 'b')],
    );
    const after = journeyWith(
      [node('entry', 'a'), node('exit', 'b'), node('exit', 'c')],
      [edge('x', 'a', 'next', 'c')],
    );
    const { edges } = compareElements(after, diffJourneys(before, after));
    expect(edges.map(({ edge: item, status }) => `${item.id}:${item.target}:${status}`)).toEqual([
      'x:c:added',
      'removed:x:b:removed',
    ]);
  });
});

describe('differences in words', () => {
  it('names steps by label and kind', () => {
    expect(stepName(node('message', 'm', 'Welcome'))).toBe('Welcome (Message)');
    expect(stepName(node('message', 'm', 'Message'))).toBe('Message');
    expect(stepName(node('exit', 'x', ''))).toBe('Exit');
  });

  it('says what changed about a step', () => {
    const before = sampleJourney();
    const after: Journey = {
      ...before,
      nodes: before.nodes.map((item) =>
        item.id === 'email' && item.kind === 'message'
          ? {
              ...item,
              label: 'Hello',
              config: { ...item.config, templateId: 't1', fallbacks: [{ channel: 'sms', templateId: null }] },
            }
          : item,
      ),
    };
    const [change] = diffJourneys(before, after).changed;
    expect(describeChange(change!)).toBe('renamed from “Welcome email”; template, fallback channels changed');
    const retyped: Journey = {
      ...before,
      nodes: before.nodes.map((item) =>
        item.id === 'wait'
          ? { ...createNode('exit', { id: 'wait', position: item.position }), label: item.label }
          : item,
      ),
    };
    expect(describeChange(diffJourneys(before, retyped).changed[0]!)).toBe('was Delay');
    expect(configKeyWords('timeoutHours')).toBe('timeout hours');
  });

  it('shows the old and new value of a changed duration', () => {
    const before = sampleJourney();
    const longer: Journey = {
      ...before,
      nodes: before.nodes.map((item) =>
        item.id === 'wait' && item.kind === 'delay'
          ? { ...item, config: { mode: 'duration', duration: { amount: 3, unit: 'days' } } }
          : item,
      ),
    };
    expect(describeChange(diffJourneys(before, longer).changed[0]!)).toBe('duration 1 day → 3 days');
  });

  it('lists everything else that differs', () => {
    const before = sampleJourney();
    const after: Journey = {
      ...before,
      name: 'Renamed',
      settings: { ...before.settings, timeZone: 'Europe/Madrid' },
      edges: [...before.edges.slice(1), edge('new', 'vip', 'no', 'wait')],
      nodes: before.nodes.map((item) => (item.id === 'done' ? { ...item, position: { x: 1, y: 1 } } : item)),
    };
    expect(otherChanges(diffJourneys(before, after))).toEqual([
      '1 connection added',
      '1 connection removed',
      'Settings changed: time zone',
      'Renamed from “Test journey” to “Renamed”',
      '1 step moved on the canvas',
    ]);
  });
});

describe('placing removed steps', () => {
  it('moves a removed step out from under the step that replaced it, and leaves others where they were', () => {
    const before = journeyWith([
      node('entry', 'a', 'Start', 0, 0),
      node('exit', 'old', 'Done', 300, 0),
      node('exit', 'far', 'Far', 900, 600),
    ]);
    const after = journeyWith([node('entry', 'a', 'Start', 0, 0), node('delay', 'new', 'Wait', 310, 10)]);
    const { nodes } = compareElements(after, diffJourneys(before, after));
    const removed = nodes.filter((item) => item.status === 'removed');
    expect(removed.map((item) => [item.node.id, item.node.position])).toEqual([
      ['old', { x: 300, y: 150 }],
      ['far', { x: 900, y: 600 }],
    ]);
  });
});
