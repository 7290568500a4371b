import { describe, it, expect } from 'vitest';
import { JourneyNodeSchema, createNode, outputsOf, summaryOf, nodeKinds } from '../../../shared/model/index';
import { issuesOf } from './issues-of';

const position = { x: 10, y: 20 };

describe('JourneyNodeSchema (the union of every registered kind)', () => {
  it('accepts a node of every registered kind with its defaults', () => {
    for (const kind of Object.keys(nodeKinds)) {
      const node = {
        id: `n-${kind}`,
        kind,
        label: kind,
        position,
        config: nodeKinds[kind as keyof typeof nodeKinds].defaults(),
      };
      expect(issuesOf(JourneyNodeSchema, node), kind).toEqual([]);
    }
  });

  it("checks the config against the schema of the node's own kind", () => {
    // A valid delay config is not a valid webhook config.
    const node = { id: 'n1', kind: 'webhook', label: 'Call CRM', position, config: nodeKinds.delay.defaults() };
    const paths = issuesOf(JourneyNodeSchema, node).map((issue) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(['config.method', 'config.url', 'config.mode']));
  });

  it('names an unknown kind and lists the known ones', () => {
    const [issue, ...rest] = issuesOf(JourneyNodeSchema, {
      id: 'n1',
      kind: 'sendFax',
      label: '',
      position,
      config: {},
    });
    expect(rest).toEqual([]);
    expect(issue?.path).toBe('kind');
    expect(issue?.message).toMatch(/^Unknown node kind "sendFax"; expected one of "entry", "message", .*"exit"$/);
  });

  it('reports a missing kind as missing', () => {
    expect(issuesOf(JourneyNodeSchema, { id: 'n1', label: '', position, config: {} })[0]?.message).toMatch(
      /^Missing node kind; expected one of /,
    );
  });

  it('rejects unknown envelope keys and non-finite positions', () => {
    const node = { ...createNode('exit', { id: 'n1', position }), selected: true };
    expect(issuesOf(JourneyNodeSchema, node)).toEqual([{ path: 'selected', message: 'Unrecognized key: "selected"' }]);
    expect(
      issuesOf(JourneyNodeSchema, { ...createNode('exit', { id: 'n1', position }), position: { x: Infinity, y: 0 } }),
    ).toHaveLength(1);
  });
});

describe('outputsOf / summaryOf', () => {
  it("dispatch on the node's kind and read its config", () => {
    const split = createNode('randomSplit', { id: 's', position });
    split.config.branches.push({ id: 'c', label: 'Path C', percent: 0 });
    expect(outputsOf(split).map((output) => output.id)).toEqual(['a', 'b', 'c']);
    expect(summaryOf(split)).toBe('50% / 50% / 0%');

    const wait = createNode('waitForEvent', { id: 'w', position });
    expect(outputsOf(wait).map((output) => output.id)).toEqual(['event', 'timeout']);
    expect(summaryOf(wait)).toBe('Wait for clicked · timeout 1 day');

    expect(outputsOf(createNode('exit', { id: 'x', position }))).toEqual([]);
  });
});
