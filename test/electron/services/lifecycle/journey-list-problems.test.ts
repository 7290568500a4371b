import { describe, expect, it } from 'vitest';
import { generateJourney } from '../../../support/generate-journey';
import { useTempDir } from '../../../support/temp-dir';
import { useCores } from '../support/connect';
import { activeJourney, smsReady, validDraft, withSmsMessage } from './support/lifecycle-journeys';

const connect = useCores(useTempDir());

describe('journeys.list problems', () => {
  it('validates each working document with everything the app knows, and reports the lifecycle state', async () => {
    const { client } = connect();
    const template = await smsReady(client);
    const clean = await validDraft(client, 'Clean', template.id);
    const created = await client.journeys.create({ name: 'No template' });
    await client.journeys.save({ journey: withSmsMessage(created.journey, null), expectedRevision: created.revision });
    const warned = await client.templates.create({
      channel: 'sms',
      name: 'Tracking',
      content: { body: 'Track {{ event.trackingUrl }}', senderId: 'SHOP' },
    });
    const withWarning = await validDraft(client, 'Warned', warned.id);
    const live = await activeJourney(client, 'Live');
    await client.journeys.startDraft({ id: live.journey.id });

    const byName = new Map((await client.journeys.list()).map((summary) => [summary.name, summary]));

    expect(byName.get('Clean')).toMatchObject({
      id: clean.journey.id,
      liveVersion: null,
      draftOpen: false,
      problems: { errors: 0, warnings: 0, firstError: null },
    });
    expect(byName.get('No template')!.problems).toEqual({
      errors: 1,
      warnings: 0,
      firstError: {
        message: '"Shipped SMS" has no SMS template chosen.',
        nodeId: 'n-msg',
        path: 'nodes[1].config.templateId',
      },
    });
    expect(byName.get('Warned')).toMatchObject({
      id: withWarning.journey.id,
      problems: { errors: 0, warnings: 1, firstError: null },
    });
    expect(byName.get('Live')).toMatchObject({
      status: 'active',
      liveVersion: 1,
      draftOpen: true,
      problems: { errors: 0 },
    });
  });

  it('reflects what changed around the journey since: a deleted template makes it Broken', async () => {
    const { client } = connect();
    const draft = await validDraft(client, 'Welcome');
    expect((await client.journeys.list())[0]!.problems.errors).toBe(0);
    await client.templates.delete({ id: draft.templateId });
    expect((await client.journeys.list())[0]!.problems).toMatchObject({ errors: 1, firstError: { nodeId: 'n-msg' } });
  });

  it('lists a row whose stored document cannot be read as Broken, saying why, without hiding the others', async () => {
    const { client, core } = connect();
    const damaged = await client.journeys.create({ name: 'Damaged' });
    await client.journeys.create({ name: 'Fine' });
    core.context.store.db.prepare("UPDATE journeys SET document = '{not json' WHERE id = ?").run(damaged.journey.id);

    const byName = new Map((await client.journeys.list()).map((summary) => [summary.name, summary]));

    expect(byName.get('Damaged')!.problems).toEqual({
      errors: 1,
      warnings: 0,
      firstError: {
        message: `The stored journey ${damaged.journey.id} is not valid JSON; the database may be damaged.`,
      },
    });
    expect(byName.get('Fine')!.problems.errors).toBeGreaterThan(0);
  });

  it('gives rows in the trash no problems: they are neither run nor edited there', async () => {
    const { client } = connect();
    const created = await client.journeys.create({ name: 'Binned' });
    await client.journeys.save({ journey: withSmsMessage(created.journey, null), expectedRevision: created.revision });
    await client.journeys.delete({ id: created.journey.id });
    expect(await client.journeys.listTrash()).toMatchObject([
      { name: 'Binned', liveVersion: null, draftOpen: false, problems: { errors: 0, warnings: 0, firstError: null } },
    ]);
  });

  // A guard against work per journey growing with the number of journeys (one context per listing,
  // each document parsed and validated once). The first listing also pays for compiling the
  // parsing and validation code, which says nothing about growth, so the second one is timed.
  it('lists 200 journeys of 50 steps in under a second', async () => {
    const { client, core } = connect();
    await smsReady(client);
    const { store } = core.context;
    store.transaction(() => {
      for (let i = 0; i < 200; i++) {
        const generated = generateJourney({ nodes: 50, edges: 60, seed: i + 1 });
        store.journeys.insert({ ...generated, id: `j-${i}`, name: `Generated ${i}` });
      }
    });

    await client.journeys.list();
    const started = performance.now();
    const listed = await client.journeys.list();
    const elapsed = performance.now() - started;

    expect(listed).toHaveLength(200);
    expect(listed.every((summary) => summary.nodeCount === 50)).toBe(true);
    expect(listed.some((summary) => summary.problems.errors + summary.problems.warnings > 0)).toBe(true);
    expect(elapsed).toBeLessThan(1000);
  });
});
