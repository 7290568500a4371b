import { describe, expect, it } from 'vitest';
import { journeyHealth, problemCountText } from '../../../shared/journey/summary';

const errors = (count: number) => ({ errors: count });

describe('journeyHealth', () => {
  it('calls a draft with errors unfinished, with how many problems are left', () => {
    expect(journeyHealth({ status: 'draft', problems: errors(3) })).toEqual({ state: 'unfinished', problems: 3 });
    expect(problemCountText(1)).toBe('1 problem');
    expect(problemCountText(3)).toBe('3 problems');
  });

  it('calls a live or paused journey with errors Broken', () => {
    expect(journeyHealth({ status: 'active', problems: errors(1) })).toEqual({ state: 'broken' });
    expect(journeyHealth({ status: 'paused', problems: errors(2) })).toEqual({ state: 'broken' });
  });

  it('calls a draft Broken once Guided Mode was asked to create it, and unfinished before that', () => {
    const guided = (createRequested: boolean) => ({ createRequested });
    expect(journeyHealth({ status: 'draft', problems: errors(1), guided: guided(true) })).toEqual({ state: 'broken' });
    expect(journeyHealth({ status: 'draft', problems: errors(1), guided: guided(false) })).toEqual({
      state: 'unfinished',
      problems: 1,
    });
    expect(journeyHealth({ status: 'draft', problems: errors(0), guided: guided(true) })).toEqual({ state: 'ok' });
  });

  it('calls any journey whose stored data cannot be read Broken', () => {
    expect(journeyHealth({ status: 'draft', problems: errors(1), unreadable: 'not valid JSON' })).toEqual({
      state: 'broken',
    });
  });

  it('finds nothing wrong without errors, whatever the status', () => {
    for (const status of ['draft', 'ready', 'active', 'paused', 'stopped', 'archived'] as const)
      expect(journeyHealth({ status, problems: errors(0) })).toEqual({ state: 'ok' });
  });
});
