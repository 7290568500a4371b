import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  DATABASE_FILE_NAME,
  LATEST_DATABASE_VERSION,
  openDatabase,
} from '../../../../electron/services/store/database';
import { initialSchema } from '../../../../electron/services/store/migrations/001-initial';
import { openStore } from '../../../../electron/services/store/store';
import { defaultContent } from '../../../../shared/templates/index';
import { useTempDir } from '../../../support/temp-dir';

const tempDir = useTempDir();
const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'fixtures', 'journeys');
const v1Journey = fs.readFileSync(path.join(fixtures, 'v1-order-shipped.journey.json'), 'utf8');
const v2Journey = fs.readFileSync(path.join(fixtures, 'valid-every-kind.journey.json'), 'utf8');

const AT = '2026-10-01T00:00:00.000Z';

/** A database as version 1 of the app left it: old journey documents and free-form template content. */
function createVersion1Database(dir: string): void {
  const db = openDatabase(path.join(dir, DATABASE_FILE_NAME), { migrations: [initialSchema] });
  const insertJourney = db.prepare(
    `INSERT INTO journeys (id, name, status, document, summary, revision, created_at, updated_at, deleted_at)
     VALUES (?, ?, ?, ?, '{"description":"","channels":[],"entryType":null,"nodeCount":0}', 1, ?, ?, ?)`,
  );
  const v1 = JSON.parse(v1Journey) as { id: string; name: string };
  const v2 = JSON.parse(v2Journey) as { id: string; name: string };
  insertJourney.run(v1.id, v1.name, 'active', v1Journey, AT, AT, null);
  insertJourney.run(v2.id, v2.name, 'draft', v2Journey, AT, AT, null);
  insertJourney.run('j-damaged', 'Damaged', 'draft', '{ this is not json', AT, AT, null);
  insertJourney.run(
    'j-odd',
    'Odd shapes',
    'draft',
    JSON.stringify({
      nodes: [
        'text',
        { kind: 'message', config: 'x' },
        { kind: 'message', config: { templateId: 7, fallbacks: 'no' } },
      ],
    }),
    AT,
    AT,
    null,
  );
  const insertTemplate = db.prepare(
    'INSERT INTO templates (id, channel, name, language, content, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  insertTemplate.run(
    'tpl_sms_order_shipped',
    'sms',
    'Shipped SMS',
    'en',
    JSON.stringify({ body: 'Order {{ order.awb }} shipped', legacy: true }),
    AT,
    AT,
  );
  insertTemplate.run(
    'tpl_email_tracking_reminder',
    'email',
    'Tracking reminder',
    'en',
    JSON.stringify({ subject: 'Where is it?', html: '<p>old</p>', preheader: 42 }),
    AT,
    AT,
  );
  insertTemplate.run(
    'tpl_wa',
    'whatsapp',
    'WhatsApp shipped',
    'en',
    JSON.stringify({ body: 'Hi {{1}}', buttons: [{ type: 'bogus' }] }),
    AT,
    AT,
  );
  insertTemplate.run('tpl_push', 'push', 'Push', '', 'not json at all', AT, AT);
  db.close();
}

describe('store migration 002: templates, sample profiles and template references', () => {
  it('keeps every template row and reshapes its content to its channel, keeping the fields that fit', () => {
    const dir = tempDir();
    createVersion1Database(dir);
    const store = openStore(dir);
    expect(store.version()).toBe(LATEST_DATABASE_VERSION); // 002 and every later step ran
    const byId = new Map(store.templates.list().map((template) => [template.id, template]));
    expect([...byId.keys()].sort()).toEqual([
      'tpl_email_tracking_reminder',
      'tpl_push',
      'tpl_sms_order_shipped',
      'tpl_wa',
    ]);
    expect(byId.get('tpl_sms_order_shipped')!.content).toEqual({ body: 'Order {{ order.awb }} shipped', senderId: '' });
    expect(byId.get('tpl_email_tracking_reminder')!.content).toEqual({
      ...defaultContent('email'),
      subject: 'Where is it?',
    });
    expect(byId.get('tpl_wa')!.content).toEqual({ ...defaultContent('whatsapp'), body: 'Hi {{1}}' });
    expect(byId.get('tpl_push')!.content).toEqual(defaultContent('push'));
    expect(byId.get('tpl_sms_order_shipped')).toMatchObject({
      name: 'Shipped SMS',
      language: 'en',
      createdAt: AT,
      updatedAt: AT,
    });
    store.close();
  });

  it('backfills template references from message nodes and their fallbacks, in old and new documents', () => {
    const dir = tempDir();
    createVersion1Database(dir);
    const store = openStore(dir);
    const refs = store.db
      .prepare('SELECT journey_id, template_id FROM journey_template_refs ORDER BY journey_id, template_id')
      .all();
    const v1 = JSON.parse(v1Journey) as { id: string };
    const v2 = JSON.parse(v2Journey) as { id: string };
    expect(refs).toEqual(
      [
        { journey_id: v1.id, template_id: 'tpl_email_tracking_reminder' },
        { journey_id: v1.id, template_id: 'tpl_sms_order_shipped' },
        { journey_id: v1.id, template_id: 'tpl_wa_order_shipped' },
        { journey_id: v2.id, template_id: 'tpl_email_cart_reminder' },
        { journey_id: v2.id, template_id: 'tpl_email_vip_coupon' },
        { journey_id: v2.id, template_id: 'tpl_push_cart' },
        { journey_id: v2.id, template_id: 'tpl_sms_vip_coupon' },
        { journey_id: v2.id, template_id: 'tpl_wa_vip_coupon' },
      ].sort((a, b) => a.journey_id.localeCompare(b.journey_id) || a.template_id.localeCompare(b.template_id)),
    );
    expect(store.templates.usageOf('tpl_sms_order_shipped')).toEqual([
      { journeyId: v1.id, journeyName: 'Order shipped', status: 'active' },
    ]);
    store.close();
  });

  it('seeds the default "Sample customer" profile and a "Seller" one', () => {
    const dir = tempDir();
    createVersion1Database(dir);
    const store = openStore(dir);
    const profiles = store.profiles.list();
    expect(profiles.map((profile) => [profile.name, profile.isDefault])).toEqual([
      ['Sample customer', true],
      ['Seller', false],
    ]);
    // Migration 008 then keeps of the customer only its fields: here, with none defined, the built-in ones.
    expect(Object.keys(profiles[0]!.data.customer).sort()).toEqual(['customerId', 'email', 'language', 'phone']);
    expect(profiles[0]!.data.order).toMatchObject({
      id: expect.any(String),
      awb: expect.any(String),
      courier: expect.any(String),
      total: expect.any(Number),
      currency: 'INR',
      tracking_url: expect.stringMatching(/^https:/),
    });
    expect(profiles[0]!.data.event).toMatchObject({ name: 'order_shipped', properties: expect.any(Object) });
    expect(profiles[0]!.updatedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    store.close();
  });

  it('creates the same tables and seeds on a brand-new database', () => {
    const store = openStore(tempDir());
    expect(store.profiles.list()).toHaveLength(2);
    expect(store.db.prepare('SELECT COUNT(*) FROM journey_template_refs').pluck().get()).toBe(0);
    store.close();
  });

  it('refuses a second default profile at the database level', () => {
    const store = openStore(tempDir());
    expect(() =>
      store.db.prepare("UPDATE sample_profiles SET is_default = 1 WHERE id = 'sample-seller'").run(),
    ).toThrow(/UNIQUE/);
    store.close();
  });
});
