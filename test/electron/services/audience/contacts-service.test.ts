import { describe, expect, it } from 'vitest';
import { allFields } from '../../../../shared/audience/index';
import { contactToRow, CONTACT_INSERT_SQL } from '../../../../electron/services/audience/contacts-table';
import { GENERATED_CUSTOM_FIELDS, generateContacts } from '../../../support/generate-contacts';
import type { Filter } from '../../../../shared/model/index';
import { orderByFor } from '../../../../electron/services/audience/contact-selection';
import { queryContacts } from '../../../../electron/services/audience/contacts-query';
import { useTempDir } from '../../../support/temp-dir';
import { useCores } from '../support/connect';

const connect = useCores(useTempDir());
const NOW = new Date('2025-06-01T12:00:00.000Z');

/** A core holding `count` generated contacts and the generated custom fields. */
async function seeded(count: number) {
  const connection = connect();
  for (const field of GENERATED_CUSTOM_FIELDS) await connection.client.fields.create(field);
  const insert = connection.core.context.store.db.prepare(CONTACT_INSERT_SQL);
  connection.core.context.store.transaction(() =>
    generateContacts(count).forEach((contact) => insert.run(contactToRow(contact))),
  );
  return connection;
}

const rule = (
  field: string,
  operator: Filter['groups'][number]['rules'][number]['operator'],
  value?: string | number | boolean | string[] | number[],
): Filter => ({
  combinator: 'and',
  groups: [{ combinator: 'and', rules: [{ field, operator, ...(value !== undefined ? { value } : {}) }] }],
});

describe('contacts service', () => {
  it('saves a contact with values normalised by field type, and reads it back with its lists', async () => {
    const { client, events } = connect();
    await client.fields.create({ key: 'points', label: 'Points', type: 'number' });
    const saved = await client.contacts.save({
      contact: {
        customerId: ' c-1 ',
        email: 'Ada@EXAMPLE.com',
        phone: '+49 151 2345 6789',
        points: '42',
        language: 'en',
      },
    });
    expect(saved).toMatchObject({
      customerId: 'c-1',
      email: 'Ada@example.com',
      phone: '+4915123456789',
      attributes: { points: 42 },
    });
    const list = await client.lists.create({ name: 'VIP' });
    await client.lists.addMembers({ id: list.id, customerIds: ['c-1'] });
    expect(await client.contacts.get({ customerId: 'c-1' })).toEqual({
      contact: saved,
      lists: [{ id: list.id, name: 'VIP' }],
    });
    expect(events).toContainEqual({ event: 'contactsChanged', payload: { reason: 'edit' } });
  });

  it('keeps fields an edit does not send, and clears those sent as null', async () => {
    const { client } = connect();
    await client.contacts.save({ contact: { customerId: 'c-1', email: 'a@example.com', language: 'de' } });
    const edited = await client.contacts.save({ contact: { customerId: 'c-1', language: null } });
    expect(edited).toMatchObject({ email: 'a@example.com', language: null });
  });

  it('refuses bad values naming each field', async () => {
    const { client } = connect();
    const failure = await client.contacts
      .save({ contact: { customerId: 'c-1', email: 'not-an-email', nope: 1 } })
      .catch((error: unknown) => error);
    expect(failure).toMatchObject({
      code: 'BAD_INPUT',
      issues: [
        { path: 'contact.email', message: 'Email: "not-an-email" has no @' },
        { path: 'contact.nope', message: 'There is no customer field "nope"' },
      ],
    });
    await expect(client.contacts.save({ contact: { email: 'a@example.com' } })).rejects.toMatchObject({
      code: 'BAD_INPUT',
      message: 'A contact needs a customerId',
    });
  });

  it('deletes contacts and their list memberships', async () => {
    const { client } = connect();
    await client.contacts.save({ contact: { customerId: 'c-1' } });
    const list = await client.lists.create({ name: 'All' });
    await client.lists.addMembers({ id: list.id, customerIds: ['c-1'] });
    await client.contacts.delete({ customerIds: ['c-1'] });
    expect((await client.lists.list())[0]?.size).toBe(0);
    await expect(client.contacts.get({ customerId: 'c-1' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('pages, sorts by built-in and custom fields, and counts the total', async () => {
    const { client } = await seeded(300);
    const first = await client.contacts.query({ offset: 0, limit: 10 });
    expect(first.total).toBe(300);
    expect(first.rows.map((row) => row.customerId)).toEqual(
      Array.from({ length: 10 }, (_, i) => `cus_${String(i + 1).padStart(7, '0')}`),
    );
    const byCreated = await client.contacts.query({
      offset: 0,
      limit: 300,
      sort: { field: 'createdAt', direction: 'desc' },
    });
    const created = byCreated.rows.map((row) => row.createdAt);
    expect(created).toEqual([...created].sort().reverse());
    const byPoints = await client.contacts.query({
      offset: 0,
      limit: 300,
      sort: { field: 'loyaltyPoints', direction: 'asc' },
    });
    const points = byPoints.rows
      .map((row) => row.attributes.loyaltyPoints)
      .filter((value) => typeof value === 'number');
    expect(points).toEqual([...points].sort((a, b) => (a as number) - (b as number)));
    await expect(
      client.contacts.query({ offset: 0, limit: 5, sort: { field: 'nope', direction: 'asc' } }),
    ).rejects.toMatchObject({ code: 'BAD_INPUT' });
  });

  it('searches by the start of customerId, email (any case) or phone, through indexes', async () => {
    const { client, core } = connect();
    await client.contacts.save({
      contact: { customerId: 'A-100', email: 'Zoe.Smith@example.com', phone: '+4915123456789' },
    });
    await client.contacts.save({ contact: { customerId: 'A-200', email: 'max@example.com', phone: '+14155550123' } });
    await client.contacts.save({ contact: { customerId: 'B-100', email: 'a-1@example.com' } });
    const ids = async (search: string) =>
      (await client.contacts.query({ search, offset: 0, limit: 10 })).rows.map((row) => row.customerId);
    expect(await ids('A-')).toEqual(['A-100', 'A-200', 'B-100']); // B-100's email starts with a-
    expect(await ids('A-1')).toEqual(['A-100', 'B-100']);
    expect(await ids('zoe.s')).toEqual(['A-100']);
    expect(await ids('0049 151')).toEqual(['A-100']);
    expect(await ids('1415')).toEqual(['A-200']);
    expect(await ids('%')).toEqual([]);
    const plan = core.context.store.db
      .prepare(
        "EXPLAIN QUERY PLAN SELECT * FROM contacts AS c WHERE (c.customer_id >= 'x' AND c.customer_id < 'y') OR (lower(c.email) >= 'x' AND lower(c.email) < 'y') OR (c.phone >= '+1' AND c.phone < '+2')",
      )
      .all()
      .map((row) => (row as { detail: string }).detail)
      .join('\n');
    expect(plan).toMatch(/MULTI-INDEX OR/);
    expect(plan).not.toMatch(/SCAN c\b/);
  });

  it('sorts every column of the table through an index, so a deep page is an index walk and never a sort', async () => {
    const { client, core } = await seeded(300);
    const fields = allFields(core.context.store.fields.list());
    for (const field of ['customerId', 'email', 'phone', 'language', 'timeZone', 'createdAt']) {
      for (const direction of ['asc', 'desc'] as const) {
        const orderBy = orderByFor({ field, direction }, fields);
        const plan = core.context.store.db
          .prepare(`EXPLAIN QUERY PLAN SELECT c.* FROM contacts AS c ORDER BY ${orderBy} LIMIT 200 OFFSET 500000`)
          .all()
          .map((row) => (row as { detail: string }).detail)
          .join('\n');
        expect({ field, direction, plan }).toEqual({ field, direction, plan: expect.stringMatching(/USING INDEX/) });
        expect(plan).not.toMatch(/TEMP B-TREE/);
      }
    }
    // Ties (here: no phone) keep one order across pages: together the pages are the whole table.
    const pages = await Promise.all(
      [0, 100, 200].map((offset) =>
        client.contacts.query({ offset, limit: 100, sort: { field: 'phone', direction: 'desc' } }),
      ),
    );
    const ids = pages.flatMap((page) => page.rows.map((row) => row.customerId));
    expect(new Set(ids).size).toBe(300);
    const phones = pages.flatMap((page) => page.rows.map((row) => row.phone ?? ''));
    expect(phones).toEqual([...phones].sort().reverse());
  });

  it('filters agree with the evaluator on generated data, and a list narrows the query', async () => {
    const { client, core } = await seeded(2000);
    const store = core.context.store;
    const fields = allFields(store.fields.list());
    const list = await client.lists.create({ name: 'Some' });
    await client.lists.addMembers({
      id: list.id,
      customerIds: ['cus_0000001', 'cus_0000002', 'cus_0000500', 'nobody'],
    });
    const filters: Filter[] = [
      rule('city', 'equals', 'berlin'),
      rule('tier', 'in', ['Gold', 'platinum']),
      rule('loyaltyPoints', 'greaterThan', 2500),
      rule('birthday', 'before', '1970-01-01'),
      rule('lastPurchaseAt', 'withinLastDays', 90),
      rule('tags', 'contains', 'vip'),
      rule('email', 'endsWith', '@gmail.com'),
      rule('isVip', 'equals', true),
      rule('customerId', 'inContactList', list.id),
      rule('phone', 'isNotSet'),
      {
        combinator: 'or',
        groups: [
          {
            combinator: 'and',
            rules: [
              { field: 'city', operator: 'startsWith', value: 'M' },
              { field: 'isVip', operator: 'equals', value: true },
            ],
          },
          { combinator: 'and', rules: [{ field: 'language', operator: 'equals', value: 'pt-BR' }] },
        ],
      },
    ];
    for (const filter of filters) {
      const sql = queryContacts(store, { filter, offset: 0, limit: 1000 }, { fields, now: NOW });
      const evaluator = queryContacts(
        store,
        { filter, offset: 0, limit: 1000 },
        { fields, now: NOW, forceEvaluator: true },
      );
      expect(sql.method).toBe('sql');
      expect(evaluator.method).toBe('evaluator');
      expect({ filter, total: sql.total, ids: sql.rows.map((row) => row.customerId) }).toEqual({
        filter,
        total: evaluator.total,
        ids: evaluator.rows.map((row) => row.customerId),
      });
      expect(sql.total).toBeGreaterThan(0);
    }
    const inList = await client.contacts.query({ listId: list.id, offset: 0, limit: 10 });
    expect(inList.rows.map((row) => row.customerId)).toEqual(['cus_0000001', 'cus_0000002', 'cus_0000500']);
    const page = queryContacts(
      store,
      { filter: rule('tier', 'equals', 'Bronze'), offset: 20, limit: 5, sort: { field: 'email', direction: 'desc' } },
      { fields, now: NOW, forceEvaluator: true },
    );
    const sqlPage = queryContacts(
      store,
      { filter: rule('tier', 'equals', 'Bronze'), offset: 20, limit: 5, sort: { field: 'email', direction: 'desc' } },
      { fields, now: NOW },
    );
    expect(page.rows).toEqual(sqlPage.rows);
  });

  it('estimates an audience with a count and a sample of five', async () => {
    const { client } = await seeded(500);
    const estimate = await client.audience.estimate({ filter: rule('tier', 'equals', 'Gold') });
    expect(estimate).toMatchObject({ total: 500, method: 'sql' });
    expect(estimate.count).toBeGreaterThan(0);
    expect(estimate.sample).toHaveLength(5);
    expect(estimate.sample.every((contact) => contact.attributes.tier === 'Gold')).toBe(true);
    expect(await client.audience.estimate({ all: true })).toMatchObject({ count: 500, total: 500 });
    const list = await client.lists.create({ name: 'Two' });
    await client.lists.addMembers({ id: list.id, customerIds: ['cus_0000003', 'cus_0000004'] });
    expect(await client.audience.estimate({ listId: list.id })).toMatchObject({ count: 2, total: 500 });
  });
});

describe('lists service', () => {
  it('creates, renames, fills, empties and deletes lists, refusing duplicate names', async () => {
    const { client, events } = connect();
    const list = await client.lists.create({ name: 'Newsletter' });
    await expect(client.lists.create({ name: 'newsletter' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'There is already a list named "newsletter".',
    });
    expect(await client.lists.rename({ id: list.id, name: 'Weekly' })).toMatchObject({ name: 'Weekly', size: 0 });
    expect(await client.lists.addMembers({ id: list.id, customerIds: ['a', 'b', 'a'] })).toMatchObject({ size: 2 });
    expect(await client.lists.removeMembers({ id: list.id, customerIds: ['a'] })).toMatchObject({ size: 1 });
    await client.lists.delete({ id: list.id });
    expect(await client.lists.list()).toEqual([]);
    await expect(client.lists.addMembers({ id: list.id, customerIds: ['a'] })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(events.filter((event) => event.event === 'contactsChanged')).toHaveLength(5);
  });
});
