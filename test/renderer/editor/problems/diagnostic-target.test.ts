import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../../shared/validation/index';
import { diagnosticTarget } from '../../../../renderer/src/editor/problems/diagnostic-target';
import { formatJsonPath, isPathPrefix, parseJsonPath } from '../../../../renderer/src/editor/problems/json-path';
import { brokenJourney } from './broken-journey';

const diagnostic = (patch: Partial<Diagnostic>): Diagnostic => ({
  severity: 'error',
  code: 'MISSING_TEMPLATE',
  message: 'm',
  hint: 'h',
  ...patch,
});

describe('JSON paths of diagnostics', () => {
  it('reads the paths the validator writes back into segments, and writes them again the same way', () => {
    const cases: [string, (string | number)[]][] = [
      ['name', ['name']],
      ['nodes[3].config.templateId', ['nodes', 3, 'config', 'templateId']],
      ['nodes[2].config.branches[1].percent', ['nodes', 2, 'config', 'branches', 1, 'percent']],
      ['nodes[0].config.variables["order.id"]', ['nodes', 0, 'config', 'variables', 'order.id']],
      ['nodes[4].outputs["path-b"]', ['nodes', 4, 'outputs', 'path-b']],
      ['', []],
    ];
    for (const [text, segments] of cases) {
      expect(parseJsonPath(text)).toEqual(segments);
      expect(formatJsonPath(segments)).toBe(text);
    }
  });

  it('refuses text that is not such a path rather than guessing', () => {
    for (const text of ['.name', 'nodes[x]', 'nodes[1]config', 'nodes..a', 'a b', 'nodes["open']) {
      expect(parseJsonPath(text), text).toBeNull();
    }
  });

  it('compares paths segment by segment, so "config.branch" is not inside "config.branches"', () => {
    expect(isPathPrefix(['config'], ['config', 'branches', 1])).toBe(true);
    expect(isPathPrefix(['config', 'branches'], ['config', 'branches'])).toBe(true);
    expect(isPathPrefix(['config', 'branch'], ['config', 'branches'])).toBe(false);
    expect(isPathPrefix(['config', 'branches', 1], ['config', 'branches'])).toBe(false);
  });
});

describe('what a diagnostic points at', () => {
  const journey = brokenJourney();

  it('a step and its field, relative to the step', () => {
    expect(diagnosticTarget(journey, diagnostic({ nodeId: 'welcome', path: 'nodes[1].config.templateId' }))).toEqual({
      kind: 'node',
      nodeId: 'welcome',
      field: 'config.templateId',
    });
    expect(
      diagnosticTarget(journey, diagnostic({ nodeId: 'split', path: 'nodes[2].config.branches[1].percent' })),
    ).toEqual({
      kind: 'node',
      nodeId: 'split',
      field: 'config.branches[1].percent',
    });
  });

  it('trusts the step id over an index that has shifted since the check', () => {
    // "welcome" was at index 1 when checked; the path now points at another step.
    expect(
      diagnosticTarget(journey, diagnostic({ nodeId: 'welcome', path: 'nodes[4].config.templateId' })),
    ).toMatchObject({ nodeId: 'welcome' });
    // Without an id the index is all there is.
    expect(diagnosticTarget(journey, diagnostic({ path: 'nodes[2].config.branches' }))).toEqual({
      kind: 'node',
      nodeId: 'split',
      field: 'config.branches',
    });
  });

  it('a step as a whole when the path names one of its outputs or nothing', () => {
    expect(diagnosticTarget(journey, diagnostic({ nodeId: 'wait', path: 'nodes[3].outputs.timeout' }))).toEqual({
      kind: 'node',
      nodeId: 'wait',
      field: 'outputs.timeout',
    });
    expect(diagnosticTarget(journey, diagnostic({ nodeId: 'wait' }))).toEqual({
      kind: 'node',
      nodeId: 'wait',
      field: '',
    });
  });

  it('an edge, with its source step to centre on', () => {
    const edge = journey.edges[2]!;
    expect(
      diagnosticTarget(journey, diagnostic({ code: 'DUPLICATE_EDGE', edgeId: edge.id, path: 'edges[2]' })),
    ).toEqual({ kind: 'edge', edgeId: edge.id, nodeId: edge.source });
  });

  it('a field of the journey itself, and nothing for journey-wide problems', () => {
    expect(diagnosticTarget(journey, diagnostic({ code: 'MISSING_NAME', path: 'name' }))).toEqual({
      kind: 'journey',
      field: 'name',
    });
    expect(diagnosticTarget(journey, diagnostic({ code: 'NO_ENTRY', path: 'nodes' }))).toEqual({ kind: 'none' });
    expect(diagnosticTarget(journey, diagnostic({ code: 'NO_ENTRY' }))).toEqual({ kind: 'none' });
  });

  it('nothing when the step is gone (deleted since the check)', () => {
    expect(diagnosticTarget(journey, diagnostic({ nodeId: 'deleted', path: 'nodes[40].config.templateId' }))).toEqual({
      kind: 'none',
    });
  });
});
