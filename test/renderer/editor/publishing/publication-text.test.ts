import { describe, expect, it } from 'vitest';
import type { JourneyState } from '../../../../shared/api-v1/journeys';
import type { Publication, PublishOutcome } from '../../../../shared/contract/index';
import {
  countsText,
  outcomeText,
  remoteMoves,
  runningVersionText,
} from '../../../../renderer/src/editor/publishing/publication-text';

const state = (overrides: Partial<JourneyState> = {}): JourneyState => ({
  id: 'r1',
  name: 'Welcome',
  status: 'active',
  activeVersion: 2,
  publishedFromElsewhere: true,
  counts: { entered: 12, inFlight: 3, converted: 4 },
  warnings: [],
  ...overrides,
});

const publication = (overrides: Partial<Publication> = {}): Publication => ({
  backendId: 'b1',
  backendName: 'Team server',
  baseUrl: 'https://journeys.example.com/',
  remoteJourneyId: 'r1',
  publishedVersion: 3,
  publishedAt: '2026-05-01T10:00:00.000Z',
  state: state(),
  error: null,
  localVersionRunning: 3,
  ...overrides,
});

const record: PublishOutcome['record'] = {
  id: 'p1',
  journeyId: 'j1',
  version: 3,
  backendId: 'b1',
  backendName: 'Team server',
  baseUrl: 'https://journeys.example.com/',
  keyHint: 'wxyz',
  at: '2026-05-01T10:00:00.000Z',
  result: 'published',
  remoteVersion: 2,
  remoteJourneyId: 'r1',
  detail: null,
  idempotencyKey: 'publish-1',
};

describe('what the editor says about a published journey', () => {
  it('names the version that runs there and which version here it is', () => {
    expect(runningVersionText(publication())).toBe('version 2 runs there (version 3 here)');
    expect(runningVersionText(publication({ localVersionRunning: null }))).toBe(
      'version 2 runs there (published from elsewhere)',
    );
    expect(runningVersionText(publication({ state: state({ status: 'stopped' }) }))).toBe(
      'version 2 ran there (version 3 here)',
    );
    expect(runningVersionText(publication({ state: state({ status: 'draft', activeVersion: null }) }))).toBe(
      'not started there yet (version 3 from here is waiting)',
    );
    expect(countsText(state())).toBe('12 entered, 3 in flight, 4 converted');
  });

  it('offers Start for a journey not running there and Stop for one that runs', () => {
    expect(remoteMoves(state({ status: 'draft', activeVersion: null }))).toEqual({ start: true, stop: false });
    expect(remoteMoves(state())).toEqual({ start: false, stop: true });
    expect(remoteMoves(state({ status: 'paused' }))).toEqual({ start: true, stop: true });
    expect(remoteMoves(state({ status: 'stopped' }))).toEqual({ start: false, stop: false });
    expect(remoteMoves(null)).toEqual({ start: false, stop: false });
  });

  it("gives the backend's answer to a publish verbatim", () => {
    const published = { record, publication: publication(), advice: null, warnings: [] };
    expect(outcomeText(published)).toEqual({
      tone: 'ok',
      text: 'Published version 3 to Team server. Version 2 runs there now.',
    });
    const refused = {
      ...published,
      record: { ...record, result: 'refused' as const, detail: 'The API key has been revoked.' },
    };
    expect(outcomeText(refused)).toEqual({
      tone: 'error',
      text: 'Team server refused it: The API key has been revoked.',
    });
    const failed = { ...published, record: { ...record, result: 'failed' as const, detail: 'Nothing answers at x:1' } };
    expect(outcomeText(failed).text).toBe('Team server could not be reached: Nothing answers at x:1');
  });
});
