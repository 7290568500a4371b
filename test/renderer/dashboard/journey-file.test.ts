import { describe, expect, it } from 'vitest';
import { ApiError, MAX_JOURNEY_FILE_BYTES } from '../../../shared/contract/index';
import { createNode } from '../../../shared/model/index';
import {
  importedMessage,
  importFailure,
  importJourneyFile,
  journeyFileProblem,
  pickDroppedFile,
} from '../../../renderer/src/dashboard/import/journey-file';
import { exportJourney, exportNotices } from '../../../renderer/src/editor/lifecycle/export-journey';
import { useInProcessClient } from '../../support/in-process-client';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();
const connect = useInProcessClient(tempDir);

describe('checking a journey file before reading it', () => {
  it('refuses files over 5 MiB, naming the size and the limit', () => {
    expect(journeyFileProblem({ name: 'big.journey.json', size: MAX_JOURNEY_FILE_BYTES + 1 })).toBe(
      '“big.journey.json” is too large (5.1 MiB); a journey file is at most 5 MiB.',
    );
    expect(journeyFileProblem({ name: 'huge.journey.json', size: 12 * 1024 * 1024 })).toBe(
      '“huge.journey.json” is too large (12.0 MiB); a journey file is at most 5 MiB.',
    );
    expect(journeyFileProblem({ name: 'ok.journey.json', size: MAX_JOURNEY_FILE_BYTES })).toBeNull();
  });

  it('refuses what is not JSON at all, and empty files', () => {
    expect(journeyFileProblem({ name: 'contacts.csv', size: 10 })).toMatch(/not a journey file/);
    expect(journeyFileProblem({ name: 'empty.json', size: 0 })).toBe('“empty.json” is empty.');
    expect(journeyFileProblem({ name: 'Welcome.JSON', size: 10 })).toBeNull();
  });

  it('picks the journey file out of a drop', () => {
    expect(pickDroppedFile([{ name: 'a.csv' }, { name: 'b.json' }, { name: 'c.journey.json' }])?.name).toBe(
      'c.journey.json',
    );
    expect(pickDroppedFile([{ name: 'a.csv' }, { name: 'b.json' }])?.name).toBe('b.json');
    expect(pickDroppedFile([{ name: 'a.csv' }])?.name).toBe('a.csv');
    expect(pickDroppedFile([])).toBeNull();
  });
});

describe('import outcomes in words', () => {
  const journey = { name: 'Welcome' } as Parameters<typeof importedMessage>[0]['journey'];

  it('counts imported and reused templates and created fields', () => {
    expect(importedMessage({ journey, templatesImported: 2, templatesReused: 1, fieldsCreated: [] })).toBe(
      'Imported “Welcome” (2 templates imported, 1 reused).',
    );
    expect(importedMessage({ journey, templatesImported: 0, templatesReused: 1, fieldsCreated: ['tier'] })).toBe(
      'Imported “Welcome” (1 template reused, 1 customer field created).',
    );
    expect(importedMessage({ journey, templatesImported: 0, templatesReused: 0, fieldsCreated: [] })).toBe(
      'Imported “Welcome”.',
    );
  });

  it('keeps every issue with its JSON path', () => {
    const failure = importFailure(
      'x.json',
      new ApiError('BAD_INPUT', 'The file is not a journey', [
        { path: 'journey.nodes[0].kind', message: 'Unknown kind' },
      ]),
    );
    expect(failure).toEqual({
      fileName: 'x.json',
      message: 'The file is not a journey',
      issues: [{ path: 'journey.nodes[0].kind', message: 'Unknown kind' }],
    });
    expect(importFailure('y.json', new Error('Disk on fire'))).toEqual({
      fileName: 'y.json',
      message: 'Disk on fire',
      issues: [],
    });
  });

  it('says where a desktop export went, and passes warnings on', () => {
    expect(exportNotices({ path: '/tmp/a.journey.json', downloaded: false, warnings: ['Header X left out'] })).toEqual([
      { tone: 'info', text: 'Exported to /tmp/a.journey.json' },
      { tone: 'info', text: 'Header X left out' },
    ]);
    expect(exportNotices({ path: null, downloaded: false, warnings: [] })).toEqual([]);
  });
});

describe('export and import through the real services', () => {
  it('downloads the export in a browser and imports it back as a new draft', async () => {
    const { client } = connect();
    const created = await client.journeys.create({ name: 'Round trip' });
    const entry = createNode('entry', { id: 'start', position: { x: 0, y: 0 } });
    const exit = createNode('exit', { id: 'done', position: { x: 300, y: 0 } });
    await client.journeys.save({
      journey: {
        ...created.journey,
        nodes: [entry, exit],
        edges: [{ id: 'e', source: 'start', sourceHandle: 'next', target: 'done' }],
      },
      expectedRevision: created.revision,
    });

    const downloads: { fileName: string; text: string; type: string | undefined }[] = [];
    const notices = await exportJourney(client, created.journey.id, (fileName, text, type) =>
      downloads.push({ fileName, text, type }),
    );
    expect(notices[0]).toEqual({ tone: 'info', text: 'Exported: the journey file is in your downloads.' });
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.fileName).toMatch(/\.journey\.json$/);
    expect(downloads[0]!.type).toMatch(/^application\/json/);

    const file = new File([downloads[0]!.text], downloads[0]!.fileName, { type: 'application/json' });
    const imported = await importJourneyFile(client, file);
    expect(imported.journey.id).not.toBe(created.journey.id);
    expect(imported.journey.status).toBe('draft');
    expect(imported.journey.nodes.map((item) => item.kind)).toEqual(['entry', 'exit']);
  });

  it('refuses a too-large file without sending it', async () => {
    const { client, calls } = connect();
    const file = new File([new Uint8Array(MAX_JOURNEY_FILE_BYTES + 10)], 'big.journey.json');
    await expect(importJourneyFile(client, file)).rejects.toThrow(/at most 5 MiB/);
    expect(calls).not.toContain('exchange.import');
  });

  it('passes the service’s refusal on with JSON paths', async () => {
    const { client } = connect();
    const file = new File(['{"format":"journey-studio/journey","journey":{"nodes":"nope"}}'], 'broken.journey.json');
    const error = await importJourneyFile(client, file).then(
      () => null,
      (failure: unknown) => failure,
    );
    expect(error).toBeInstanceOf(ApiError);
    const failure = importFailure(file.name, error);
    expect(failure.issues.length).toBeGreaterThan(0);
    expect(failure.issues.every((issue) => typeof issue.path === 'string')).toBe(true);
  });
});
