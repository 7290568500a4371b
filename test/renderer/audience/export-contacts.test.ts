import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NativeDialogs } from '../../../electron/services/ports/native-dialogs';
import {
  exportContactsCsv,
  exportNotice,
  type ExportSelection,
} from '../../../renderer/src/audience/contacts/export-contacts';
import { useTempDir } from '../../support/temp-dir';
import { useCores } from '../../electron/services/support/connect';

const tempDir = useTempDir('journey-studio-renderer-export-');
const connect = useCores(tempDir);

/** The save dialog's answer stands in for the user; the file is really written. */
function savingTo(target: string | null): NativeDialogs {
  return {
    saveFile: async (request) => {
      if (target === null) return null;
      await fs.promises.writeFile(target, request.content);
      return { path: target };
    },
    openFile: () => Promise.reject(new Error('not used here')),
  };
}

describe('exporting contacts from the Contacts page', () => {
  it('saves through the save dialog in the desktop app, never downloading', async () => {
    const target = path.join(tempDir(), 'mine.csv');
    const { client } = connect({ host: 'electron', dialogs: savingTo(target) });
    await client.contacts.save({ contact: { customerId: 'c-1', language: 'de' } });
    await client.contacts.save({ contact: { customerId: 'c-2', language: 'en' } });
    const downloads: ExportSelection[] = [];
    const filter = {
      combinator: 'and' as const,
      groups: [
        { combinator: 'and' as const, rules: [{ field: 'language', operator: 'equals' as const, value: 'de' }] },
      ],
    };

    const outcome = await exportContactsCsv(client, { filter }, async (selection) => void downloads.push(selection));
    expect(outcome).toEqual({ kind: 'saved', path: target, rows: 1 });
    expect(exportNotice(outcome)).toBe(`Exported 1 contact to ${target}`);
    expect(fs.readFileSync(target, 'utf8').split('\r\n')[1]).toMatch(/^c-1,/);
    expect(downloads).toEqual([]);
  });

  it('says nothing when the save dialog is cancelled', async () => {
    const { client } = connect({ host: 'electron', dialogs: savingTo(null) });
    const outcome = await exportContactsCsv(client, {}, () => Promise.reject(new Error('no download expected')));
    expect(outcome).toEqual({ kind: 'cancelled' });
    expect(exportNotice(outcome)).toBeNull();
  });

  it('downloads from the browser host in browser mode, with the same selection', async () => {
    const { client } = connect({ host: 'browser' });
    const list = await client.lists.create({ name: 'VIP' });
    const downloads: ExportSelection[] = [];
    const outcome = await exportContactsCsv(
      client,
      { listId: list.id },
      async (selection) => void downloads.push(selection),
    );
    expect(outcome).toEqual({ kind: 'downloaded' });
    expect(downloads).toEqual([{ listId: list.id }]);
    expect(exportNotice(outcome)).toBeNull();
  });

  it("passes on the service's refusal of an unknown list", async () => {
    const { client } = connect({ host: 'electron', dialogs: savingTo(path.join(tempDir(), 'x.csv')) });
    await expect(exportContactsCsv(client, { listId: 'nope' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
