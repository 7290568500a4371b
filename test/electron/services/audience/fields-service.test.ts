import { describe, expect, it } from 'vitest';
import { createEmptyJourney, createNode } from '../../../../shared/model/index';
import { useTempDir } from '../../../support/temp-dir';
import { useCores } from '../support/connect';

const connect = useCores(useTempDir());
type Client = ReturnType<typeof connect>['client'];

async function journeyFilteringOn(client: Client, name: string, field: string) {
  const { journey, revision } = await client.journeys.create({ name });
  const entry = createNode('entry', { id: 'n-entry', position: { x: 0, y: 0 } });
  if (entry.kind !== 'entry') throw new Error('wrong kind');
  entry.config = {
    audience: {
      type: 'filter',
      filter: { combinator: 'and', groups: [{ combinator: 'and', rules: [{ field, operator: 'isSet' }] }] },
    },
  };
  const base = createEmptyJourney({ id: journey.id, name, now: journey.createdAt });
  await client.journeys.save({ journey: { ...base, nodes: [entry] }, expectedRevision: revision });
  return journey.id;
}

describe('fields service', () => {
  it('lists the built-in fields first, marked, then custom ones', async () => {
    const { client, events } = connect();
    await client.fields.create({ key: 'city', label: 'City', type: 'text' });
    const fields = await client.fields.list();
    expect(fields.slice(0, 3).map((field) => [field.key, field.builtIn])).toEqual([
      ['customerId', true],
      ['email', true],
      ['phone', true],
    ]);
    expect(fields.at(-1)).toEqual({ key: 'city', label: 'City', description: '', type: 'text', builtIn: false });
    expect(events).toContainEqual({ event: 'contactsChanged', payload: { reason: 'fields' } });
  });

  it('refuses keys that are taken, too close to another, or built-in', async () => {
    const { client } = connect();
    await client.fields.create({ key: 'first_name', label: 'First name', type: 'text' });
    await expect(client.fields.create({ key: 'firstName', label: 'First', type: 'text' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: '"firstName" is too close to the field "first_name"',
    });
    await expect(client.fields.create({ key: 'customer_id', label: 'x', type: 'text' })).rejects.toMatchObject({
      code: 'BAD_INPUT',
    });
    await expect(client.fields.update({ key: 'email', label: 'Mail' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('built-in'),
    });
  });

  it('updates labels and options; a choice field keeps needing options', async () => {
    const { client } = connect();
    await client.fields.create({ key: 'tier', label: 'Tier', type: 'choice', options: ['Gold', 'Silver'] });
    expect(
      await client.fields.update({ key: 'tier', label: 'Loyalty tier', options: ['Gold', 'Silver', 'Bronze'] }),
    ).toMatchObject({ label: 'Loyalty tier', options: ['Gold', 'Silver', 'Bronze'] });
    await expect(client.fields.update({ key: 'tier', options: [] })).rejects.toMatchObject({
      code: 'BAD_INPUT',
      message: 'A choice field needs at least one option',
    });
  });

  it("renames a field and moves every contact's value with it", async () => {
    const { client, core } = connect();
    await client.fields.create({ key: 'city', label: 'City', type: 'text' });
    await client.fields.create({ key: 'tags', label: 'Tags', type: 'textList' });
    await client.contacts.save({ contact: { customerId: 'c1', city: 'Köln', tags: ['a', 'b'] } });
    await client.fields.rename({ key: 'city', newKey: 'hometown' });
    await client.fields.rename({ key: 'tags', newKey: 'labels' });
    expect((await client.contacts.get({ customerId: 'c1' })).contact.attributes).toEqual({
      hometown: 'Köln',
      labels: ['a', 'b'],
    });
    expect(core.context.knownCustomerFields()).toContain('hometown');
  });

  it('refuses to rename or delete a field used by a journey or a template, naming them', async () => {
    const { client } = connect();
    await client.fields.create({ key: 'city', label: 'City', type: 'text' });
    const journeyId = await journeyFilteringOn(client, 'Berlin welcome', 'customer.city');
    const template = await client.templates.create({
      channel: 'sms',
      name: 'City SMS',
      content: { body: 'Hi from {{ customer.city | upcase }}', senderId: 'SHOP' },
    });
    // A longer key that merely starts with "city" is not a use of it.
    await client.templates.create({
      channel: 'sms',
      name: 'Other',
      content: { body: '{{ customer.city_code }}', senderId: 'SHOP' },
    });
    expect(await client.fields.usage({ key: 'city' })).toEqual([
      { kind: 'journey', id: journeyId, name: 'Berlin welcome' },
      { kind: 'template', id: template.id, name: 'City SMS' },
    ]);
    await expect(client.fields.rename({ key: 'city', newKey: 'town' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message:
        'Cannot rename "city": it is used by journey "Berlin welcome", template "City SMS". Change them to stop using the field first.',
    });
    await expect(client.fields.delete({ key: 'city' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('Cannot delete "city"'),
    });
  });

  it('deletes an unused field with its values', async () => {
    const { client } = connect();
    await client.fields.create({ key: 'city', label: 'City', type: 'text' });
    await client.contacts.save({ contact: { customerId: 'c1', city: 'Köln' } });
    await client.fields.delete({ key: 'city' });
    expect((await client.contacts.get({ customerId: 'c1' })).contact.attributes).toEqual({});
    await expect(client.fields.delete({ key: 'city' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
