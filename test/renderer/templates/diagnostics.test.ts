import { describe, expect, it } from 'vitest';
import { lengthHint, positionOf, problemAt, sortProblems } from '../../../renderer/src/templates/diagnostics';
import type { RenderDiagnostic } from '../../../shared/templates/index';

const d = (
  severity: RenderDiagnostic['severity'],
  field: string,
  message: string,
  line?: number,
  column?: number,
): RenderDiagnostic => ({
  severity,
  source: 'liquid',
  field,
  message,
  ...(line === undefined ? {} : { line }),
  ...(column === undefined ? {} : { column }),
});

describe('diagnostics for the editor', () => {
  it('writes positions as line:column', () => {
    expect(positionOf(d('error', 'mjml', 'x', 3, 14))).toBe('3:14');
    expect(positionOf(d('error', 'mjml', 'x', 3))).toBe('line 3');
    expect(positionOf(d('error', 'mjml', 'x'))).toBe('');
  });

  it('gives a field its first error with where it is, and leaves warnings to the Problems list', () => {
    const list = [
      d('warning', 'body', 'long'),
      d('error', 'body', 'Unclosed tag', 2, 5),
      d('error', 'subject', 'other'),
      d('warning', 'footer', 'w'),
    ];
    expect(problemAt(list, 'body')).toBe('Unclosed tag (line 2, column 5)');
    expect(problemAt(list, 'footer')).toBeUndefined();
  });

  it('sorts errors first, then by line', () => {
    const list = [d('warning', 'a', 'w', 1), d('error', 'b', 'late', 9), d('error', 'c', 'early', 2)];
    expect(sortProblems(list).map((x) => x.message)).toEqual(['early', 'late', 'w']);
  });

  it('counts characters as people do', () => {
    expect(lengthHint('Hi 😀', 60)).toBe('4 / 60 characters');
  });
});
