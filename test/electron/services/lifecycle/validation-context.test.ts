import { describe, expect, it } from 'vitest';
import { createJourneyChecker } from '../../../../electron/services/lifecycle/validation-context';
import { useTempDir } from '../../../support/temp-dir';
import { useCores } from '../support/connect';

const connect = useCores(useTempDir());

describe("the journey checker's validation context", () => {
  it('holds the templates with their variables, analysing each template once per revision', async () => {
    const { client, core } = connect();
    const checker = createJourneyChecker(core.context);
    const sms = await client.templates.create({
      channel: 'sms',
      name: 'Shipped',
      content: { body: 'Hi {{ customer.first_name }}', senderId: 'SHOP' },
    });
    const other = await client.templates.create({ channel: 'email', name: 'Welcome' });

    const first = checker.context().templates!;
    expect(first.get(sms.id)).toEqual({
      id: sms.id,
      name: 'Shipped',
      channel: 'sms',
      variables: ['customer.first_name'],
      problems: [],
    });
    expect(checker.context().templates!.get(sms.id)).toBe(first.get(sms.id));

    await client.templates.update({ id: sms.id, content: { body: 'Track {{ event.url }}', senderId: 'SHOP' } });
    await client.templates.delete({ id: other.id });
    const second = checker.context().templates!;
    expect(second.get(sms.id)).not.toBe(first.get(sms.id));
    expect(second.get(sms.id)!.variables).toEqual(['event.url']);
    expect([...second.keys()]).toEqual([sms.id]);
  });

  it('holds built-in and custom fields, the configured channels and the service clock', async () => {
    const { client, core } = connect();
    await client.fields.create({ key: 'loyalty_tier', label: 'Loyalty tier', description: '', type: 'text' });
    await client.settings.set({ key: 'channels.whatsapp.provider', value: 'local' });
    const context = createJourneyChecker({ ...core.context, now: () => new Date('2026-05-01T00:00:00Z') }).context();
    expect(context.fields!.map((field) => field.key)).toEqual(expect.arrayContaining(['email', 'loyalty_tier']));
    expect(context.fields!.find((field) => field.key === 'loyalty_tier')).toMatchObject({ builtIn: false });
    expect([...context.configuredChannels!]).toEqual(['whatsapp']);
    expect(context.now).toEqual(new Date('2026-05-01T00:00:00Z'));
  });
});
