import { describe, expect, it } from 'vitest';
import { ImportResultSchema } from '../../../../shared/contract/index';
import { useRunningHost } from '../../../support/running-host';
import { useTempDir } from '../../../support/temp-dir';
import { sampleFileData } from '../../../shared/exchange/support/sample-file';
import { sampleFields, sampleJourney, sampleTemplates } from '../../../shared/exchange/support/sample-journey';

const tempDir = useTempDir();
const startHost = useRunningHost(tempDir);

describe('exchange over the browser host', () => {
  it('exports, imports into another app and refuses a broken file with its paths, as the contract declares', async () => {
    const source = await startHost();
    const { store } = source.core.context;
    for (const template of sampleTemplates()) store.templates.put(template);
    for (const field of sampleFields()) store.fields.insert(field, '2025-03-01T00:00:00.000Z');
    store.journeys.insert(sampleJourney());

    const exported = await source.call('exchange', 'export', { id: sampleJourney().id });
    expect(exported.status).toBe(200);
    const { value: file } = (await exported.json()) as {
      value: { fileName: string; content: string; warnings: string[] };
    };
    expect(file.fileName).toBe('abandoned-cart-recovery.journey.json');
    expect(file.warnings).toHaveLength(4);

    const target = await startHost();
    const imported = await target.call('exchange', 'import', { content: file.content, fileName: file.fileName });
    expect(imported.status).toBe(200);
    const result = ImportResultSchema.parse(((await imported.json()) as { value: unknown }).value);
    expect(result).toMatchObject({
      templatesImported: 5,
      templatesReused: 0,
      journey: { name: 'Abandoned cart recovery', status: 'draft' },
    });

    const broken = sampleFileData();
    broken.journey.nodes[0].position = 'top left';
    const refused = await target.call('exchange', 'import', { content: JSON.stringify(broken) });
    expect(refused.status).toBe(400);
    const body = (await refused.json()) as {
      ok: boolean;
      error: { code: string; message: string; issues: { path: string }[] };
    };
    expect(body).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', issues: [{ path: 'journey.nodes[0].position' }] },
    });
    expect(body.error.message).toMatch(
      /^This journey file cannot be imported: .* \(at journey\.nodes\[0\]\.position\)\.$/,
    );
  });

  it('answers UNAVAILABLE for the file dialogs, which only the desktop app has', async () => {
    const host = await startHost();
    const toFile = await host.call('exchange', 'exportToFile', { id: 'any' });
    expect(toFile.status).toBe(503);
    expect(((await toFile.json()) as { error: { code: string } }).error.code).toBe('UNAVAILABLE');
    const fromFile = await host.call('exchange', 'importFromFile', {});
    expect(((await fromFile.json()) as { error: { code: string } }).error.code).toBe('UNAVAILABLE');
  });
});
