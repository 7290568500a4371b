import { createNode, type Journey } from '../../../../../shared/model/index';
import type { useCores } from '../../support/connect';

export type Connected = ReturnType<ReturnType<typeof useCores>>;
export type Client = Connected['client'];

/** Entry (everyone) → SMS message → exit: the smallest journey that can go live. */
export function withSmsMessage(journey: Journey, templateId: string | null, label = 'Shipped SMS'): Journey {
  const entry = createNode('entry', { id: 'n-entry', position: { x: 0, y: 0 } });
  const message = createNode('message', { id: 'n-msg', position: { x: 300, y: 0 }, label });
  const exit = createNode('exit', { id: 'n-exit', position: { x: 600, y: 0 } });
  message.config = { ...message.config, channel: 'sms', templateId };
  return {
    ...journey,
    nodes: [entry, message, exit],
    edges: [
      { id: 'e1', source: 'n-entry', sourceHandle: 'next', target: 'n-msg' },
      { id: 'e2', source: 'n-msg', sourceHandle: 'next', target: 'n-exit' },
    ],
  };
}

/** An SMS template with a provider for SMS set up, so a journey sending it has nothing to complain about. */
export async function smsReady(client: Client, body = 'Your order has shipped.') {
  await client.settings.set({ key: 'channels.sms.provider', value: 'local' });
  return client.templates.create({ channel: 'sms', name: 'Shipped SMS', content: { body, senderId: 'SHOP' } });
}

/** A saved journey that validates cleanly (draft), ready to activate. */
export async function validDraft(client: Client, name = 'Order shipped', templateId?: string) {
  const template = templateId ?? (await smsReady(client)).id;
  const created = await client.journeys.create({ name });
  const saved = await client.journeys.save({
    journey: withSmsMessage(created.journey, template),
    expectedRevision: created.revision,
  });
  return { ...saved, templateId: template };
}

/** A journey activated once: version 1 is live. */
export async function activeJourney(client: Client, name = 'Order shipped') {
  const draft = await validDraft(client, name);
  const activated = await client.journeys.activate({ id: draft.journey.id, expectedRevision: draft.revision });
  return { ...activated, templateId: draft.templateId };
}
