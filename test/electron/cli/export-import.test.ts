import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import { startCore } from '../../../electron/services/app-services';
import { exportJourney } from '../../../electron/services/exchange/export-journey';
import { readJourneyFile } from '../../../shared/exchange/index';
import { createEmptyJourney } from '../../../shared/model/index';
import { useTempDir } from '../../support/temp-dir';
import { sampleFileData, sampleFileText } from '../../shared/exchange/support/sample-file';
import { sampleFields, sampleJourney, sampleTemplates } from '../../shared/exchange/support/sample-journey';
import { captureIo } from './support/capture-io';

const tempDir = useTempDir();

/** A data directory holding the sample journey (and whatever `extra` adds), its database closed again. */
async function seededDataDir(extra: (core: ReturnType<typeof startCore>) => void = () => {}): Promise<string> {
  const dataDir = tempDir();
  const core = startCore({ dataDir, host: 'browser', appVersion: 'test' });
  try {
    const { store } = core.context;
    for (const template of sampleTemplates()) store.templates.put(template);
    for (const field of sampleFields()) store.fields.insert(field, '2025-03-01T00:00:00.000Z');
    store.journeys.insert(sampleJourney());
    extra(core);
  } finally {
    await core.stop();
  }
  return dataDir;
}

/** With the services, as the app would see the data directory afterwards. */
async function inDataDir<T>(dataDir: string, read: (core: ReturnType<typeof startCore>) => T): Promise<T> {
  const core = startCore({ dataDir, host: 'browser', appVersion: 'test' });
  try {
    return read(core);
  } finally {
    await core.stop();
  }
}

/** Files this process holds open in a directory: none once a command has closed its database. */
function openFilesIn(dir: string): string[] {
  return fs.readdirSync('/proc/self/fd').flatMap((fd) => {
    try {
      const target = fs.readlinkSync(`/proc/self/fd/${fd}`);
      return target.startsWith(dir) ? [target] : [];
    } catch {
      return [];
    }
  });
}

const canSeeOpenFiles = fs.existsSync('/proc/self/fd');

describe('journey-studio export', () => {
  it('writes the journey found by id to stdout byte for byte, warnings to stderr, and closes the database', async () => {
    const dataDir = await seededDataDir();
    const io = captureIo();
    expect(await runCli(['export', sampleJourney().id, '--data-dir', dataDir], io)).toBe(0);
    const expected = await inDataDir(dataDir, (core) => exportJourney(core.context, sampleJourney().id));
    expect(io.stdout()).toBe(expected.content);
    expect(io.errText().split('\n')).toEqual(expected.warnings.map((warning) => `warning: ${warning}`));
    if (canSeeOpenFiles) expect(openFilesIn(dataDir)).toEqual([]);
  });

  it('finds a journey by its name, ignoring case, and writes it to -o', async () => {
    const dataDir = await seededDataDir();
    const output = path.join(tempDir(), 'cart.journey.json');
    const io = captureIo();
    expect(await runCli(['export', 'ABANDONED cart recovery', '-o', output, '--data-dir', dataDir], io)).toBe(0);
    expect(fs.readFileSync(output, 'utf8')).toBe(
      (await inDataDir(dataDir, (core) => exportJourney(core.context, sampleJourney().id))).content,
    );
    expect(io.stdout()).toBe('');
    expect(io.errText()).toContain(`Exported to ${output}`);
  });

  it('exits 2 listing the ids when several journeys have the name', async () => {
    const dataDir = await seededDataDir((core) =>
      core.context.store.journeys.insert(
        createEmptyJourney({ id: 'second-cart', name: 'Abandoned Cart Recovery', now: '2025-03-02T00:00:00.000Z' }),
      ),
    );
    const io = captureIo();
    expect(await runCli(['export', 'abandoned cart recovery', '--data-dir', dataDir], io)).toBe(2);
    const lines = io.errText().split('\n');
    expect(lines[0]).toBe(
      'journey-studio export: 2 journeys are named "abandoned cart recovery"; export one of them by its id:',
    );
    expect(
      lines
        .slice(1)
        .map((line) => line.trim().split(/\s+/)[0])
        .sort(),
    ).toEqual(['jrn_cart_recovery', 'second-cart']);
    expect(io.stdout()).toBe('');
  });

  it('exits 2 when no journey has that id or name, or there is no database', async () => {
    const dataDir = await seededDataDir();
    const unknown = captureIo();
    expect(await runCli(['export', 'Nothing like it', '--data-dir', dataDir], unknown)).toBe(2);
    expect(unknown.errText()).toBe(
      'journey-studio export: no journey has the id or name "Nothing like it" (journeys in the trash are found by id only).',
    );
    const empty = tempDir();
    const noDatabase = captureIo();
    expect(await runCli(['export', 'x', '--data-dir', empty], noDatabase)).toBe(2);
    expect(noDatabase.errText()).toContain('there is no Journey Studio database in');
    expect(fs.readdirSync(empty)).toEqual([]);
  });

  it('exits 1 when the output cannot be written', async () => {
    const dataDir = await seededDataDir();
    const io = captureIo();
    const output = path.join(tempDir(), 'missing-folder', 'cart.journey.json');
    expect(await runCli(['export', sampleJourney().id, '-o', output, '--data-dir', dataDir], io)).toBe(1);
    expect(io.errText()).toMatch(
      new RegExp(`journey-studio export: cannot write "${output.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}": ENOENT`),
    );
  });

  it('exits 2 without the journey to export', async () => {
    const io = captureIo();
    expect(await runCli(['export'], io)).toBe(2);
    expect(io.errText()).toBe('journey-studio export: name the id or name, e.g. "journey-studio export <id or name>".');
  });
});

describe('journey-studio import', () => {
  it('imports a file as a new draft, prints its name and id, and closes the database', async () => {
    const dataDir = tempDir();
    const file = path.join(tempDir(), 'cart.journey.json');
    fs.writeFileSync(file, sampleFileText());
    const io = captureIo();
    expect(await runCli(['import', file, '--data-dir', dataDir], io)).toBe(0);
    const [first, second] = io.outText().split('\n');
    const id = /^Imported "Abandoned cart recovery" as a new draft journey, id (\S+)$/.exec(first!)?.[1];
    expect(id).toBeDefined();
    expect(second).toBe(
      'Templates: 5 imported, 0 reused. Customer fields created: cartRecovered, lastRecoveryChannel, lifetimeValue, tier.',
    );
    if (canSeeOpenFiles) expect(openFilesIn(dataDir)).toEqual([]);
    const stored = await inDataDir(dataDir, (core) => core.context.store.journeys.require(id!).journey);
    expect(stored).toMatchObject({ name: 'Abandoned cart recovery', status: 'draft' });
  });

  it('round trip: export from one data directory, import into another, export again', async () => {
    const source = await seededDataDir();
    const file = path.join(tempDir(), 'cart.journey.json');
    expect(await runCli(['export', sampleJourney().id, '-o', file, '--data-dir', source], captureIo())).toBe(0);
    const target = tempDir();
    const imported = captureIo();
    expect(await runCli(['import', file, '--data-dir', target], imported)).toBe(0);
    const id = /id (\S+)$/.exec(imported.outText().split('\n')[0]!)![1]!;
    const again = captureIo();
    expect(await runCli(['export', id, '--data-dir', target], again)).toBe(0);
    const before = readJourneyFile(fs.readFileSync(file, 'utf8')).journey;
    const after = readJourneyFile(again.stdout()).journey;
    expect(after.id).toBe(id);
    expect(after.edges).toEqual(before.edges);
    expect(after.nodes.map((node) => [node.id, node.kind, node.label])).toEqual(
      before.nodes.map((node) => [node.id, node.kind, node.label]),
    );
  });

  it('exits 2 for a file it refuses, one line per problem with its path, and writes nothing', async () => {
    const dataDir = tempDir();
    const data = sampleFileData();
    data.journey.nodes[1].config.duration = { amount: -1, unit: 'fortnights' };
    data.fields[0].type = 'colour';
    const file = path.join(tempDir(), 'bad.journey.json');
    fs.writeFileSync(file, JSON.stringify(data));
    const io = captureIo();
    expect(await runCli(['import', file, '--data-dir', dataDir], io)).toBe(2);
    const lines = io.errText().split('\n');
    expect(lines[0]).toMatch(
      new RegExp(
        `^journey-studio import: .*bad\\.journey\\.json: This journey file cannot be imported \\(\\d problems\\): `,
      ),
    );
    expect(
      lines.slice(1).every((line) => /^ {2}(journey\.nodes\[1\]\.config\.duration|fields\[0\]\.type)/.test(line)),
    ).toBe(true);
    expect(lines.length).toBeGreaterThan(2);
    expect(io.stdout()).toBe('');
    expect(await inDataDir(dataDir, (core) => core.context.store.journeys.list())).toEqual([]);
  });

  it('exits 2 with a clean message for a file with very many problems, and writes nothing', async () => {
    const dataDir = tempDir();
    const data = sampleFileData();
    data.journey.edges = Array.from({ length: 20_000 }, () => ({}));
    const file = path.join(tempDir(), 'edges.journey.json');
    fs.writeFileSync(file, JSON.stringify(data));
    const io = captureIo();
    expect(await runCli(['import', file, '--data-dir', dataDir], io)).toBe(2);
    const lines = io.errText().split('\n');
    expect(lines[0]).toMatch(
      /^journey-studio import: .*edges\.journey\.json: This journey file cannot be imported \(80,000 problems\): /,
    );
    expect(lines.slice(1).every((line) => /^ {2}journey\.edges\[\d+\]\.\w+: /.test(line))).toBe(true);
    expect(io.errText()).not.toContain('call stack');
    expect(await inDataDir(dataDir, (core) => core.context.store.journeys.list())).toEqual([]);
  });

  it('exits 2 for a file that cannot be read', async () => {
    const io = captureIo();
    expect(await runCli(['import', path.join(tempDir(), 'gone.journey.json'), '--data-dir', tempDir()], io)).toBe(2);
    expect(io.errText()).toMatch(/cannot read ".*gone\.journey\.json": there is no such file\.$/);
  });
});
