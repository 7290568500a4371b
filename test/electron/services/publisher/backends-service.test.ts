import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../shared/contract/index';
import { useTempDir } from '../../../support/temp-dir';
import { useCores } from '../support/connect';

const tempDir = useTempDir('journey-studio-backends-');
const connect = useCores(tempDir);

const KEY = 'jsc_Zx8pL2vQm4TnR7sW1yB5cD9fG3hJ6kM0aE2iO4uY8tQ';

async function refusal(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('Settings → Backends', () => {
  it('keeps the API key sealed in the secret store, shown only by its last four characters', async () => {
    const dataDir = tempDir();
    const { client, core } = connect({ dataDir });
    const saved = await client.backends.save({
      name: 'Team server',
      baseUrl: 'https://journeys.example.com/',
      apiKey: KEY,
    });
    expect(saved).toMatchObject({
      name: 'Team server',
      baseUrl: 'https://journeys.example.com/',
      tlsVerify: true,
      timeoutSeconds: 30,
      keyHint: KEY.slice(-4),
      warnings: [],
    });
    expect(JSON.stringify(await client.backends.list())).not.toContain(KEY);
    expect(JSON.stringify(await client.settings.getAll())).not.toContain(KEY);
    expect(await client.secrets.list()).toEqual([
      { name: `backend.${saved.id}.apiKey`, updatedAt: expect.any(String), managed: true },
    ]);
    core.context.store.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(fs.readFileSync(path.join(dataDir, 'journey-studio.sqlite')).includes(KEY)).toBe(false);

    // An empty key keeps the stored one while the address stays; a new address needs it again.
    const renamed = await client.backends.save({ id: saved.id, name: 'Team', baseUrl: 'https://journeys.example.com' });
    expect(renamed).toMatchObject({ name: 'Team', keyHint: KEY.slice(-4) });
    const moved = await refusal(
      client.backends.save({ id: saved.id, name: 'Team', baseUrl: 'https://elsewhere.example.com/' }),
    );
    expect(moved.issues).toEqual([{ path: 'apiKey', message: 'Enter it again for the new base URL' }]);

    expect(await client.backends.delete({ id: saved.id })).toEqual({ deleted: true });
    expect(await client.backends.list()).toEqual([]);
    expect(await client.secrets.list()).toEqual([]);
  });

  it('names each field at fault', async () => {
    const { client } = connect();
    const url = await refusal(client.backends.save({ name: 'A', baseUrl: 'ftp://x.example', apiKey: KEY }));
    expect(url.issues).toEqual([{ path: 'baseUrl', message: 'Use an http:// or https:// address, not ftp:' }]);
    const credentials = await refusal(
      client.backends.save({ name: 'A', baseUrl: 'https://u:p@x.example/', apiKey: KEY }),
    );
    expect(credentials.issues?.[0]).toMatchObject({
      path: 'baseUrl',
      message: expect.stringMatching(/API key is the credential/),
    });
    const noUrl = await refusal(client.backends.save({ name: 'A', baseUrl: 'journeys', apiKey: KEY }));
    expect(noUrl.issues).toEqual([{ path: 'baseUrl', message: 'Not a URL: write it as https://host[:port]/' }]);
    const timeout = await refusal(
      client.backends.save({ name: 'A', baseUrl: 'https://x.example/', apiKey: KEY, timeoutSeconds: 0 }),
    );
    expect(timeout.issues).toEqual([{ path: 'timeoutSeconds', message: 'At least 1 second' }]);
    const noName = await refusal(client.backends.save({ name: '\u200b ', baseUrl: 'https://x.example/', apiKey: KEY }));
    expect(noName.issues?.[0]?.path).toBe('name');
    const noKey = await refusal(client.backends.save({ name: 'A', baseUrl: 'https://x.example/' }));
    expect(noKey.issues?.[0]?.path).toBe('apiKey');
    const spaced = await refusal(client.backends.save({ name: 'A', baseUrl: 'https://x.example/', apiKey: 'jsc_a b' }));
    expect(spaced.issues?.[0]?.path).toBe('apiKey');

    await client.backends.save({ name: 'Team server', baseUrl: 'https://x.example/', apiKey: KEY });
    const clash = await refusal(
      client.backends.save({ name: 'team SERVER', baseUrl: 'https://y.example/', apiKey: KEY }),
    );
    expect(clash.issues).toEqual([{ path: 'name', message: 'Another backend has this name' }]);
  });

  it('warns about a key over plain HTTP to another machine and a certificate not checked', async () => {
    const { client } = connect();
    const plain = await client.backends.save({ name: 'LAN', baseUrl: 'http://10.0.0.5:8080/', apiKey: KEY });
    expect(plain.warnings).toEqual([expect.stringMatching(/^The API key goes over plain HTTP/)]);
    const local = await client.backends.save({ name: 'Here', baseUrl: 'http://127.0.0.1:8080/', apiKey: KEY });
    expect(local.warnings).toEqual([]);
    const unchecked = await client.backends.save({
      name: 'Self-signed',
      baseUrl: 'https://studio.internal/',
      apiKey: KEY,
      tlsVerify: false,
    });
    expect(unchecked.warnings).toEqual([expect.stringMatching(/^TLS verification is off/)]);
  });
});
