import { describe, expect, it } from 'vitest';
import type { JourneySummary } from '../../../shared/contract/index';
import { hrefFor, parseRoute } from '../../../renderer/src/app/route';
import {
  canFix,
  continueSetup,
  fixHint,
  fixRoute,
  isBroken,
  unfinishedProblems,
  versionNote,
} from '../../../renderer/src/dashboard/journey-row-view';

type Row = Pick<JourneySummary, 'id' | 'status' | 'liveVersion' | 'draftOpen' | 'problems' | 'unreadable'>;

function row(change: Partial<Row> = {}): Row {
  return {
    id: 'jrn-1',
    status: 'draft',
    liveVersion: null,
    draftOpen: false,
    problems: { errors: 0, warnings: 0, firstError: null },
    ...change,
  };
}

const broken = (errors: number, firstError: JourneySummary['problems']['firstError']) =>
  row({ status: 'active', liveVersion: 1, problems: { errors, warnings: 1, firstError } });

describe('a dashboard row', () => {
  it('is Broken only with errors; warnings alone are not', () => {
    expect(isBroken(row())).toBe(false);
    expect(isBroken(row({ problems: { errors: 0, warnings: 4, firstError: null } }))).toBe(false);
    expect(isBroken(broken(1, { message: 'No template' }))).toBe(true);
  });

  it('is an unfinished draft with N problems, not Broken, while it has never been meant to run', () => {
    const draft = row({ problems: { errors: 2, warnings: 0, firstError: { message: 'No entry step' } } });
    expect(isBroken(draft)).toBe(false);
    expect(canFix(draft)).toBe(false);
    expect(unfinishedProblems(draft)).toBe(2);
    expect(unfinishedProblems(broken(1, { message: 'No template' }))).toBeNull();
  });

  it('offers Fix for errors, but not for a journey whose stored data cannot be read', () => {
    expect(canFix(broken(1, { message: 'No template' }))).toBe(true);
    expect(canFix(row())).toBe(false);
    const reason = 'The stored journey jrn-1 is not valid JSON; the database may be damaged.';
    expect(canFix({ ...broken(1, { message: reason }), unreadable: reason })).toBe(false);
    const unreadable: Parameters<typeof canFix>[0] = {
      ...row({ problems: { errors: 1, warnings: 0, firstError: { message: reason } } }),
      unreadable: reason,
    };
    expect(isBroken(unreadable)).toBe(true);
  });

  it('says which version is live and whether a draft is open', () => {
    expect(versionNote(row())).toBeNull();
    expect(versionNote(row({ status: 'active', liveVersion: 3 }))).toBe('Version 3 live');
    expect(versionNote(row({ status: 'paused', liveVersion: 3, draftOpen: true }))).toBe('Version 3 live · Draft open');
    // Stopped keeps liveVersion as history, but nothing is live.
    expect(versionNote(row({ status: 'stopped', liveVersion: 3 }))).toBeNull();
  });

  it('Fix opens the editor on the first error’s step with the problems open, through the address', () => {
    const route = fixRoute(
      broken(2, { message: 'Message “Welcome” has no template', nodeId: 'node/1', path: 'nodes[1].config.templateId' }),
    );
    expect(route).toEqual({ page: 'editor', journeyId: 'jrn-1', problems: true, focus: 'node/1' });
    const href = hrefFor(route);
    expect(href).toBe('#/journeys/jrn-1?focus=node%2F1&problems=1');
    expect(parseRoute(href)).toEqual(route);
  });

  it('Fix without a step still opens the problems', () => {
    const route = fixRoute(broken(1, { message: 'The journey has no entry step' }));
    expect(route).toEqual({ page: 'editor', journeyId: 'jrn-1', problems: true });
    expect(parseRoute(hrefFor(route))).toEqual(route);
  });

  it('Fix on a draft made in Guided Mode reopens its wizard at the cards; a live one goes to the canvas', () => {
    const guided = { step: 'configure' as const, createRequested: true };
    const draft = { ...broken(1, { message: 'No template' }), status: 'draft' as const, liveVersion: null, guided };
    const route = fixRoute(draft);
    expect(route).toEqual({ page: 'guided', journeyId: 'jrn-1', fix: true });
    expect(hrefFor(route)).toBe('#/guided/jrn-1?fix=1');
    expect(parseRoute(hrefFor(route))).toEqual(route);
    expect(isBroken({ ...row({ problems: { errors: 1, warnings: 0, firstError: null } }), guided })).toBe(true);
    expect(fixRoute({ ...draft, status: 'active' })).toMatchObject({
      page: 'editor',
    });
  });

  it('Continue setup reopens a Guided Mode draft left half-way at its step; Broken, live and canvas journeys have none', () => {
    const left = { step: 'events' as const, createRequested: false };
    const draft = {
      ...row({ problems: { errors: 1, warnings: 0, firstError: { message: 'No message' } } }),
      guided: left,
    };
    const resume = continueSetup(draft);
    expect(resume).toEqual({
      route: { page: 'guided', journeyId: 'jrn-1' },
      hint: 'Reopens Guided Mode at step 2, Packages & events; 1 problem left.',
    });
    expect(hrefFor(resume!.route)).toBe('#/guided/jrn-1');
    expect(parseRoute(hrefFor(resume!.route))).toEqual(resume!.route);
    const complete = { ...row(), guided: { step: 'configure' as const, createRequested: false } };
    expect(continueSetup(complete)?.hint).toBe('Reopens Guided Mode at step 3, Configure journey.');
    expect(continueSetup(row())).toBeNull();
    expect(continueSetup({ ...draft, guided: { ...left, createRequested: true } })).toBeNull();
    expect(continueSetup({ ...complete, status: 'active' })).toBeNull();
  });

  it('explains the Fix button with the first error', () => {
    expect(fixHint(broken(3, { message: 'No template' }))).toBe('No template (+2 more)');
    expect(fixHint(broken(1, { message: 'No template' }))).toBe('No template');
    expect(fixHint(broken(2, null))).toBe('2 errors to fix');
  });

  it('an editor address may name a version, and ignores nonsense', () => {
    expect(parseRoute('#/journeys/j?version=2')).toEqual({ page: 'editor', journeyId: 'j', version: 2 });
    expect(parseRoute('#/journeys/j?version=two&problems=yes')).toEqual({ page: 'editor', journeyId: 'j' });
    expect(hrefFor({ page: 'editor', journeyId: 'j' })).toBe('#/journeys/j');
  });
});
