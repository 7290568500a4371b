import { describe, expect, it } from 'vitest';
import { useRunningHost } from '../../support/running-host';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();
const startTestHost = useRunningHost(tempDir);

interface Refusal {
  ok: false;
  error: { code: string; message: string; issues?: { path: string; message: string }[] };
}

describe('refusals over HTTP name what is wrong', () => {
  it('names the field of a bad audience estimate', async () => {
    const { call } = await startTestHost();
    const unknownKey = await call('audience', 'estimate', { filter: { nope: 1 } });
    expect(unknownKey.status).toBe(400);
    const unknownBody = (await unknownKey.json()) as Refusal;
    expect(unknownBody.error.code).toBe('BAD_INPUT');
    expect(unknownBody.error.issues?.map((issue) => issue.path)).toEqual(
      expect.arrayContaining(['filter.combinator', 'filter.groups', 'filter.nope']),
    );
    expect(unknownBody.error.message).not.toContain('(input)');

    const notAll = (await (await call('audience', 'estimate', { all: false })).json()) as Refusal;
    expect(notAll.error.issues).toEqual([{ path: 'all', message: 'Invalid input: expected true' }]);
    expect(notAll.error.message).toBe('Invalid input for audience.estimate: all: Invalid input: expected true');
  });
});
