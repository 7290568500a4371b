import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME, openDatabase } from '../../../../electron/services/store/database';
import { storeMigrations } from '../../../../electron/services/store/migrations/index';
import { openStore } from '../../../../electron/services/store/store';
import { createBackendsRepository } from '../../../../electron/services/publisher/backends-repository';
import { createPublicationsRepository } from '../../../../electron/services/publisher/publications-repository';
import { useTempDir } from '../../../support/temp-dir';

const tempDir = useTempDir();

describe('store migration 014: the publisher', () => {
  it('adds backends, publications and the publish history; a deleted backend takes its publications, the history keeps its name', () => {
    const dir = tempDir();
    openDatabase(path.join(dir, DATABASE_FILE_NAME), {
      migrations: storeMigrations.filter((m) => m.version <= 13),
    }).close();

    const store = openStore(dir);
    expect(store.version()).toBeGreaterThanOrEqual(14);
    const backends = createBackendsRepository(store.db);
    const publications = createPublicationsRepository(store.db);
    const at = '2026-05-01T10:00:00.000Z';
    backends.put({
      id: 'b1',
      name: 'Team server',
      baseUrl: 'https://journeys.example.com/',
      tlsVerify: true,
      timeoutSeconds: 30,
      keyHint: 'wxyz',
      createdAt: at,
      updatedAt: at,
    });
    publications.put({
      journeyId: 'j1',
      backendId: 'b1',
      remoteJourneyId: 'r1',
      publishedVersion: 1,
      remoteVersion: null,
      publishedAt: at,
    });
    publications.record({
      id: 'p1',
      journeyId: 'j1',
      version: 1,
      backendId: 'b1',
      backendName: 'Team server',
      baseUrl: 'https://journeys.example.com/',
      keyHint: 'wxyz',
      at,
      result: 'published',
      remoteVersion: 1,
      remoteJourneyId: 'r1',
      detail: null,
      idempotencyKey: 'publish-1',
    });
    expect(backends.findByName('TEAM SERVER')?.id).toBe('b1');
    expect(publications.find('j1', 'b1')).toMatchObject({ remoteJourneyId: 'r1', remoteVersion: null });

    expect(backends.delete('b1')).toBe(true);
    expect(publications.forJourney('j1')).toEqual([]);
    expect(publications.history('j1')).toEqual([
      expect.objectContaining({ backendName: 'Team server', result: 'published' }),
    ]);
    store.close();
  });
});
