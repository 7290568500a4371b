import { describe, expect, it } from 'vitest';
import type { Journey } from '../../../shared/model/index';
import { defaultContent } from '../../../shared/templates/index';
import { deleteRefusal } from '../../../electron/services/templates-service';
import { useTempDir } from '../../support/temp-dir';
import { useCores } from './support/connect';
import { withSmsMessage } from './lifecycle/support/lifecycle-journeys';

/** An SMS a journey can go live with: an empty body is an error of any journey that sends it. */
const SHIPPED_SMS = { body: 'Your order has shipped.', senderId: 'SHOP' };

const connect = useCores(useTempDir());
type Client = ReturnType<typeof connect>['client'];

/**
 * Saves a journey whose message node uses `templateId` (through the API, as the editor does);
 * only activation makes it active, which needs the SMS channel set up.
 */
async function journeyUsing(
  client: Client,
  name: string,
  templateId: string,
  status: Extract<Journey['status'], 'draft' | 'active'>,
) {
  const { journey, revision } = await client.journeys.create({ name });
  const saved = await client.journeys.save({
    journey: withSmsMessage(journey, templateId),
    expectedRevision: revision,
  });
  if (status === 'draft') return saved;
  await client.settings.set({ key: 'channels.sms.provider', value: 'local' });
  return client.journeys.activate({ id: journey.id, expectedRevision: saved.revision });
}

describe('templates service', () => {
  it("creates a template with its channel's default content and announces it", async () => {
    const { client, events } = connect();
    const template = await client.templates.create({ channel: 'whatsapp', name: 'Shipped (WhatsApp)' });
    expect(template).toMatchObject({ channel: 'whatsapp', language: '', content: defaultContent('whatsapp') });
    expect(events).toContainEqual({ event: 'templateChanged', payload: { id: template.id, change: 'created' } });
  });

  it('checks new content against the template\'s own channel, naming fields under "content."', async () => {
    const { client } = connect();
    const sms = await client.templates.create({
      channel: 'sms',
      name: 'Shipped SMS',
      content: { body: 'Shipped', senderId: 'SHOP' },
    });
    const failure = await client.templates
      .update({ id: sms.id, content: { body: 42, subject: 'emails only' } })
      .catch((error: unknown) => error);
    expect(failure).toMatchObject({
      code: 'BAD_INPUT',
      issues: [
        { path: 'content.body', message: 'Invalid input: expected string, received number' },
        { path: 'content.senderId', message: 'Invalid input: expected string, received undefined' },
        { path: 'content.subject', message: 'Unrecognized key: "subject"' },
      ],
    });
    const updated = await client.templates.update({
      id: sms.id,
      name: 'Shipped SMS v2',
      content: { body: 'On its way', senderId: 'SHOP' },
    });
    expect(updated).toMatchObject({ name: 'Shipped SMS v2', content: { body: 'On its way', senderId: 'SHOP' } });
    expect((await client.templates.get({ id: sms.id })).content).toEqual({ body: 'On its way', senderId: 'SHOP' });
  });

  it('duplicates as "… (copy)", then "… (copy 2)"', async () => {
    const { client } = connect();
    const original = await client.templates.create({
      channel: 'sms',
      name: 'Shipped SMS',
      content: { body: 'Hi', senderId: '' },
    });
    const first = await client.templates.duplicate({ id: original.id });
    const second = await client.templates.duplicate({ id: original.id });
    const ofCopy = await client.templates.duplicate({ id: first.id });
    expect([first.name, second.name, ofCopy.name]).toEqual([
      'Shipped SMS (copy)',
      'Shipped SMS (copy 2)',
      'Shipped SMS (copy 3)',
    ]);
    expect(first.content).toEqual(original.content);
    expect(first.id).not.toBe(original.id);
  });

  it('lists each template with the live journeys that use it', async () => {
    const { client } = connect();
    const sms = await client.templates.create({ channel: 'sms', name: 'Shipped SMS', content: SHIPPED_SMS });
    const unused = await client.templates.create({ channel: 'sms', name: 'Unused' });
    const shipped = await journeyUsing(client, 'Order shipped', sms.id, 'active');
    const trashed = await journeyUsing(client, 'Old draft', sms.id, 'draft');
    await client.journeys.delete({ id: trashed.journey.id });
    const list = await client.templates.list();
    expect(list.find((t) => t.id === sms.id)!.usedBy).toEqual([
      { journeyId: shipped.journey.id, journeyName: 'Order shipped', status: 'active' },
    ]);
    expect(list.find((t) => t.id === unused.id)!.usedBy).toEqual([]);
  });

  it('refuses to delete a template running journeys use, naming them; drafts do not block', async () => {
    const { client, events } = connect();
    const sms = await client.templates.create({ channel: 'sms', name: 'Shipped SMS', content: SHIPPED_SMS });
    await journeyUsing(client, 'Order shipped', sms.id, 'active');
    await journeyUsing(client, 'Delivered', sms.id, 'active');
    await journeyUsing(client, 'Draft idea', sms.id, 'draft');
    await expect(client.templates.delete({ id: sms.id })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: '"Shipped SMS" is used by active journeys: Delivered, Order shipped. Stop them first.',
    });
    expect((await client.templates.get({ id: sms.id })).id).toBe(sms.id);

    const other = await client.templates.create({ channel: 'sms', name: 'Draft only' });
    await journeyUsing(client, 'Sketch', other.id, 'draft');
    await client.templates.delete({ id: other.id });
    await expect(client.templates.get({ id: other.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(events).toContainEqual({ event: 'templateChanged', payload: { id: other.id, change: 'deleted' } });
  });

  it('words the refusal for one journey and for paused ones', () => {
    expect(deleteRefusal('Shipped SMS', [{ journeyId: 'a', journeyName: 'Order shipped', status: 'active' }])).toBe(
      '"Shipped SMS" is used by an active journey: Order shipped. Stop it first.',
    );
    expect(
      deleteRefusal('Shipped SMS', [
        { journeyId: 'a', journeyName: 'Order shipped', status: 'active' },
        { journeyId: 'b', journeyName: 'Returns', status: 'paused' },
      ]),
    ).toBe('"Shipped SMS" is used by active and paused journeys: Order shipped, Returns. Stop them first.');
  });

  describe('render', () => {
    const sms = { body: 'Hi {{ customer.email }}, order {{ order.id }} is on its way', senderId: 'SHOP' };

    it('renders with the default profile unless a profile or data is given', async () => {
      const { client } = connect();
      expect((await client.templates.render({ channel: 'sms', content: sms })).output.body).toBe(
        'Hi maya.fernandes@example.com, order ORD-58213 is on its way',
      );
      const seller = (await client.profiles.list()).find((profile) => profile.name === 'Seller')!;
      expect((await client.templates.render({ channel: 'sms', content: sms, profileId: seller.id })).output.body).toBe(
        'Hi dispatch@mehta-handlooms.example, order RET-99120 is on its way',
      );
      const explicit = await client.templates.render({
        channel: 'sms',
        content: sms,
        data: { customer: { email: 'zoe@example.com' }, order: { id: 'X1' } },
      });
      expect(explicit.output.body).toBe('Hi zoe@example.com, order X1 is on its way');
    });

    it('gives a sample profile an example value for each custom field it lacks, keeping the keys it has', async () => {
      const { client } = connect();
      await client.fields.create({ key: 'favouriteStore', label: 'Favourite store', type: 'text' });
      await client.fields.create({ key: 'points', label: 'Points', type: 'number' });
      const content = { body: '{{ customer.favouriteStore }} / {{ customer.points }}', senderId: 'SHOP' };
      // The seeded default profile was written before either field existed.
      const seeded = await client.templates.render({ channel: 'sms', content });
      expect(seeded.output.body).toBe('Example Favourite store / 42');
      const own = await client.profiles.create({
        name: 'Lena',
        data: { customer: { favouriteStore: 'Hamburg Mitte', points: null }, order: {}, event: {} },
      });
      const lena = await client.templates.render({ channel: 'sms', content, profileId: own.id });
      expect(lena.output.body).toBe('Hamburg Mitte / ');
      // Data given with the request (a real contact's) is not filled in.
      const given = await client.templates.render({ channel: 'sms', content, data: { customer: {} } });
      expect(given.output.body).toBe(' / ');
    });

    it('flags a customer key of the data that is not a customer field until the field is defined', async () => {
      const { client } = connect();
      const greeting = { body: 'Hi {{ customer.first_name }}', senderId: 'SHOP' };
      const data = { customer: { first_name: 'Zoe' } };
      const before = await client.templates.render({ channel: 'sms', content: greeting, data });
      expect(before.output.body).toBe('Hi Zoe');
      expect(before.variables.notCustomerFields).toEqual(['customer.first_name']);
      await client.fields.create({ key: 'first_name', label: 'First name', type: 'text' });
      const after = await client.templates.render({ channel: 'sms', content: greeting, data });
      expect(after.variables).toMatchObject({ undefined: [], notCustomerFields: [] });
      expect(after.diagnostics).toEqual([]);
    });

    it('refuses content that does not fit the channel, with "content." paths', async () => {
      const { client } = connect();
      const failure = await client.templates
        .render({ channel: 'email', content: sms })
        .catch((error: unknown) => error);
      expect(failure).toMatchObject({ code: 'BAD_INPUT' });
      const paths = (failure as { issues: { path: string }[] }).issues.map((issue) => issue.path);
      expect(paths.length).toBeGreaterThan(0);
      expect(paths.every((path) => path.startsWith('content'))).toBe(true);
      expect(paths).toContain('content.subject');
    });

    it('renders email through the MJML worker and answers NOT_FOUND for an unknown profile', async () => {
      const { client } = connect();
      const email = { ...defaultContent('email'), subject: 'Order {{ order.id }}' };
      const result = await client.templates.render({ channel: 'email', content: email });
      expect(result.ok).toBe(true);
      expect(result.output.html).toContain('You receive this email at maya.fernandes@example.com');
      expect(result.output.subject).toBe('Order ORD-58213');
      await expect(client.templates.render({ channel: 'sms', content: sms, profileId: 'nope' })).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
    });
  });
});
