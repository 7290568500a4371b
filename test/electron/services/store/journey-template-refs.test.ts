import { describe, expect, it } from 'vitest';
import { createEmptyJourney, createNode, type Journey } from '../../../../shared/model/index';
import { templateIdsOf } from '../../../../shared/exchange/template-references';
import { openStore, type Store } from '../../../../electron/services/store/store';
import { useTempDir } from '../../../support/temp-dir';

const tempDir = useTempDir();

function journeyUsing(
  id: string,
  primary: string | null,
  fallbacks: (string | null)[],
  status: Journey['status'] = 'draft',
): Journey {
  const journey = createEmptyJourney({ id, name: `Journey ${id}`, now: '2026-11-01T10:00:00.000Z' });
  const message = createNode('message', { id: 'n-msg', position: { x: 0, y: 0 } });
  if (message.kind !== 'message') throw new Error('createNode returned the wrong kind');
  message.config = {
    ...message.config,
    channel: 'whatsapp',
    templateId: primary,
    fallbacks: fallbacks.map((templateId) => ({ channel: 'sms', templateId })),
  };
  return { ...journey, status, nodes: [message] };
}

const refsOf = (store: Store, journeyId: string) =>
  store.db
    .prepare('SELECT template_id FROM journey_template_refs WHERE journey_id = ? ORDER BY template_id')
    .pluck()
    .all(journeyId);

describe('journey → template references', () => {
  it('lists each template a journey names once, primary and fallbacks, ignoring unset ones', () => {
    expect(templateIdsOf(journeyUsing('j', 't-wa', ['t-sms', null, 't-wa']))).toEqual(['t-wa', 't-sms']);
  });

  it('are written with the journey, replaced on every save and dropped when it is purged', () => {
    const store = openStore(tempDir());
    const { journey } = store.journeys.insert(journeyUsing('j1', 't-wa', ['t-sms']));
    expect(refsOf(store, 'j1')).toEqual(['t-sms', 't-wa']);
    store.journeys.save(journeyUsing('j1', 't-wa-2', [null]), 1);
    expect(refsOf(store, 'j1')).toEqual(['t-wa-2']);
    store.journeys.markDeleted(journey.id, '2026-11-02T00:00:00.000Z');
    expect(refsOf(store, 'j1')).toEqual(['t-wa-2']);
    store.journeys.purge('j1');
    expect(refsOf(store, 'j1')).toEqual([]);
    store.close();
  });

  it('stay untouched when a save is refused', () => {
    const store = openStore(tempDir());
    store.journeys.insert(journeyUsing('j1', 't-old', []));
    store.journeys.save(journeyUsing('j1', 't-current', []), 1);
    expect(() => store.journeys.save(journeyUsing('j1', 't-stale', []), 1)).toThrow(/changed elsewhere/);
    expect(refsOf(store, 'j1')).toEqual(['t-current']);
    store.close();
  });

  it('report usage by live journeys only, by name', () => {
    const store = openStore(tempDir());
    store.journeys.insert({ ...journeyUsing('j2', 't1', [], 'active'), name: 'Delivered' });
    store.journeys.insert({ ...journeyUsing('j1', 't1', [], 'paused'), name: 'Order shipped' });
    store.journeys.insert({ ...journeyUsing('j3', 't1', []), name: 'In the trash' });
    store.journeys.markDeleted('j3', '2026-11-02T00:00:00.000Z');
    expect(store.templates.usageOf('t1')).toEqual([
      { journeyId: 'j2', journeyName: 'Delivered', status: 'active' },
      { journeyId: 'j1', journeyName: 'Order shipped', status: 'paused' },
    ]);
    expect([...store.templates.usage().keys()]).toEqual(['t1']);
    store.close();
  });
});
