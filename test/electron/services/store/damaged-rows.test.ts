import { afterEach, describe, expect, it } from 'vitest';
import { startCore, type AppCore } from '../../../../electron/services/app-services';
import { createEmptyJourney } from '../../../../shared/model/index';
import { useTempDir } from '../../../support/temp-dir';

const tempDir = useTempDir();
const cores: AppCore[] = [];
afterEach(async () => {
  for (const core of cores.splice(0)) await core.stop();
});

function started(): AppCore {
  const core = startCore({ dataDir: tempDir(), host: 'browser', appVersion: 'test' });
  cores.push(core);
  return core;
}

const NOW = '2025-01-01T00:00:00.000Z';

/** Two good journeys and whatever damage `harm` does to the rows with raw SQL, as another program might. */
function withDamage(harm: (core: AppCore) => void): AppCore {
  const core = started();
  const { store } = core.context;
  for (const [id, name] of [
    ['j_good', 'Good one'],
    ['j_hurt', 'Hurt one'],
  ] as const)
    store.journeys.insert(createEmptyJourney({ id, name, now: NOW }));
  harm(core);
  return core;
}

async function call(core: AppCore, service: string, method: string, input: unknown = {}) {
  return core.dispatcher.dispatch(service, method, input);
}

describe('damaged journey rows', () => {
  it('lists a journey whose document is not JSON as Unreadable with the reason, and the others as usual', async () => {
    const core = withDamage(({ context }) =>
      context.store.db.prepare("UPDATE journeys SET document = '{not json' WHERE id = 'j_hurt'").run(),
    );
    const listed = await call(core, 'journeys', 'list');
    expect(listed.ok).toBe(true);
    const rows = (listed as { value: { id: string; unreadable?: string; problems: { errors: number } }[] }).value;
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get('j_good')!.unreadable).toBeUndefined();
    expect(byId.get('j_hurt')).toMatchObject({
      unreadable: 'The stored journey j_hurt is not valid JSON; the database may be damaged.',
      problems: {
        errors: 1,
        firstError: { message: 'The stored journey j_hurt is not valid JSON; the database may be damaged.' },
      },
    });
  });

  it('answers journeys.get on an unreadable document with DAMAGED naming the journey and the problem', async () => {
    const core = withDamage(({ context }) =>
      context.store.db.prepare(`UPDATE journeys SET document = '{"id":"j_hurt","nodes":7}' WHERE id = 'j_hurt'`).run(),
    );
    const got = await call(core, 'journeys', 'get', { id: 'j_hurt' });
    expect(got).toMatchObject({ ok: false, error: { code: 'DAMAGED' } });
    expect((got as { error: { message: string } }).error.message).toMatch(/^The stored journey j_hurt /);
    expect(await call(core, 'journeys', 'get', { id: 'j_good' })).toMatchObject({ ok: true });
  });

  it('lists a row with a damaged summary column or an unknown status instead of failing the list', async () => {
    const core = withDamage(({ context }) => {
      context.store.db.prepare("UPDATE journeys SET summary = 'garbage' WHERE id = 'j_hurt'").run();
      context.store.db.prepare("UPDATE journeys SET status = 'exploded' WHERE id = 'j_good'").run();
    });
    const listed = await call(core, 'journeys', 'list');
    expect(listed.ok).toBe(true);
    const rows = (listed as { value: { id: string; name: string; unreadable?: string }[] }).value;
    expect(rows.map((row) => [row.id, row.name]).sort()).toEqual([
      ['j_good', 'Good one'],
      ['j_hurt', 'Hurt one'],
    ]);
    for (const row of rows) expect(row.unreadable).toMatch(/damaged|not valid JSON/);
    expect(rows.find((row) => row.id === 'j_good')!.unreadable).toContain('status');
  });
});

describe('damaged template rows', () => {
  function withUnknownChannel(): AppCore {
    const core = started();
    core.context.store.db
      .prepare(
        `INSERT INTO templates (id, channel, name, language, content, created_at, updated_at)
         VALUES ('tpl_fax', 'fax', 'Old fax', '', '{}', ?, ?)`,
      )
      .run(NOW, NOW);
    return core;
  }

  it('keeps templates.list and journeys.list working and reports the template in listUnreadable', async () => {
    const core = withUnknownChannel();
    const created = await call(core, 'templates', 'create', { channel: 'sms', name: 'Fine SMS' });
    expect(created.ok).toBe(true);
    const listed = await call(core, 'templates', 'list');
    expect(listed).toMatchObject({ ok: true, value: [{ name: 'Fine SMS' }] });
    expect((listed as { value: unknown[] }).value).toHaveLength(1);
    expect(await call(core, 'journeys', 'list')).toMatchObject({ ok: true });

    const unreadable = await call(core, 'templates', 'listUnreadable');
    expect(unreadable).toMatchObject({
      ok: true,
      value: [{ id: 'tpl_fax', name: 'Old fax', channel: 'fax' }],
    });
    const [row] = (unreadable as { value: { reason: string }[] }).value;
    expect(row!.reason).toMatch(/^The stored template tpl_fax \("Old fax"\) cannot be read: channel: /);
  });

  it('answers templates.get with DAMAGED and lets the damaged template be deleted', async () => {
    const core = withUnknownChannel();
    expect(await call(core, 'templates', 'get', { id: 'tpl_fax' })).toMatchObject({
      ok: false,
      error: { code: 'DAMAGED' },
    });
    expect(await call(core, 'templates', 'delete', { id: 'tpl_fax' })).toMatchObject({ ok: true });
    expect(await call(core, 'templates', 'listUnreadable')).toMatchObject({ ok: true, value: [] });
  });
});
