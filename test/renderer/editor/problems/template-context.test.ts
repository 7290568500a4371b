import { describe, expect, it } from 'vitest';
import type { Template } from '../../../../shared/templates/template';
import { createTemplateContextCache } from '../../../../renderer/src/editor/problems/template-context';
import { useInProcessClient } from '../../../support/in-process-client';
import { useTempDir } from '../../../support/temp-dir';

const tempDir = useTempDir();
const connect = useInProcessClient(tempDir);
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('the template part of the live validation context', () => {
  it("extracts each template's variables once per revision, and again after it is saved", async () => {
    const { client } = connect();
    const sms = await client.templates.create({ channel: 'sms', name: 'Reminder', language: '' });
    await client.templates.update({ id: sms.id, content: { body: 'Hi {{ customer.firstName }}', senderId: 'Shop' } });
    const push = await client.templates.create({ channel: 'push', name: 'Nudge', language: '' });
    const templatesFor = createTemplateContextCache();

    const first = templatesFor(await client.templates.list());
    expect(first.get(sms.id)).toMatchObject({ name: 'Reminder', channel: 'sms', variables: ['customer.firstName'] });
    expect(first.get(push.id)?.channel).toBe('push');

    // The same list is the same map; a reloaded list of the same revisions reuses every entry.
    const list = await client.templates.list();
    expect(templatesFor(list)).toBe(templatesFor(list));
    const reloaded = templatesFor(await client.templates.list());
    expect(reloaded).not.toBe(first);
    expect(reloaded.get(sms.id)).toBe(first.get(sms.id));
    expect(reloaded.get(push.id)).toBe(first.get(push.id));

    await tick();
    await client.templates.update({
      id: sms.id,
      content: { body: 'Hi {{ customer.firstName }}, your order {{ order.id }}', senderId: 'Shop' },
    });
    const edited = templatesFor(await client.templates.list());
    expect(edited.get(sms.id)?.variables).toEqual(['customer.firstName', 'order.id']);
    expect(edited.get(push.id)).toBe(first.get(push.id));
  });

  it('follows a rename made before the stored revision changes, and forgets deleted templates', () => {
    const template = {
      id: 't1',
      channel: 'sms',
      name: 'Old name',
      language: '',
      content: { body: '{{ customer.email }}', senderId: '' },
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
    } satisfies Template;
    const templatesFor = createTemplateContextCache();
    const before = templatesFor([template]).get('t1')!;
    const renamed = templatesFor([{ ...template, name: 'New name' }]).get('t1')!;
    expect(renamed).toMatchObject({ name: 'New name', variables: before.variables });
    expect(renamed.variables).toBe(before.variables);
    expect(templatesFor([]).size).toBe(0);
    expect(templatesFor([template]).get('t1')).not.toBe(before);
  });
});
