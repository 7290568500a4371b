import type { Contract, ContractClient } from '../../../../../shared/contract/index';
import { type Journey, type JourneyNode, createNode } from '../../../../../shared/model/index';

type AppClient = ContractClient<Contract>;

/**
 * Creates and activates "On the worker": an entry with the given settings, one SMS ("Hello
 * {{ customer.customerId }}"), an exit.
 */
export async function activateSmsJourney(client: AppClient, entry: Record<string, unknown>) {
  const sms = await client.templates.create({
    channel: 'sms',
    name: 'Hello',
    content: { body: 'Hello {{ customer.customerId }}', senderId: 'SHOP' },
  });
  const created = await client.journeys.create({ name: 'On the worker' });
  const nodes = [
    createNode('entry', { id: 'entry', position: { x: 0, y: 0 } }),
    createNode('message', { id: 'msg', position: { x: 300, y: 0 } }),
    createNode('exit', { id: 'exit', position: { x: 600, y: 0 } }),
  ].map((node) =>
    node.kind === 'entry'
      ? { ...node, config: { ...node.config, ...entry } }
      : node.kind === 'message'
        ? { ...node, config: { ...node.config, channel: 'sms', templateId: sms.id } }
        : node,
  ) as JourneyNode[];
  const edges = [
    { id: 'e1', source: 'entry', sourceHandle: 'next', target: 'msg' },
    { id: 'e2', source: 'msg', sourceHandle: 'next', target: 'exit' },
  ];
  const saved = await client.journeys.save({
    journey: { ...created.journey, nodes, edges } as Journey,
    expectedRevision: created.revision,
  });
  return client.journeys.activate({ id: saved.journey.id, expectedRevision: saved.revision });
}
