import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ApiError, ImportResultSchema } from '../../../../shared/contract/index';
import { readJourneyFile, templateIdsOf } from '../../../../shared/exchange/index';
import { CURRENT_SCHEMA_VERSION, type Journey } from '../../../../shared/model/index';
import type {
  NativeDialogs,
  OpenFileRequest,
  SaveFileRequest,
} from '../../../../electron/services/ports/native-dialogs';
import { useTempDir } from '../../../support/temp-dir';
import { nodeIndex, sampleFileData, sampleFileText } from '../../../shared/exchange/support/sample-file';
import { sampleTemplates } from '../../../shared/exchange/support/sample-journey';
import { unsortedKeys } from '../../../shared/exchange/support/sorted-keys';
import { seedSample, useExchange, type ExchangeUnderTest } from './support/exchange-under-test';

const tempDir = useTempDir();
const exchangeIn = useExchange(tempDir);

/** What a call throws or rejects with (service methods may be synchronous or not). */
async function failure(call: () => unknown): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  throw new Error('The call succeeded');
}

async function refusal(call: () => unknown): Promise<ApiError> {
  const error = await failure(call);
  if (error instanceof ApiError) return error;
  throw error;
}

/** The journey with ids that change on import blanked, to compare documents across databases. */
function comparable(journey: Journey, templateName: (id: string) => string | undefined) {
  return {
    ...journey,
    id: '',
    createdAt: '',
    updatedAt: '',
    nodes: journey.nodes.map((node) =>
      node.kind === 'message'
        ? {
            ...node,
            config: {
              ...node.config,
              templateId: node.config.templateId && templateName(node.config.templateId),
              fallbacks: node.config.fallbacks.map((fallback) => ({
                ...fallback,
                templateId: fallback.templateId && templateName(fallback.templateId),
              })),
            },
          }
        : node,
    ),
  };
}

function templateNamer({ ctx }: ExchangeUnderTest) {
  return (id: string) => ctx.store.templates.find(id)?.name;
}

describe('exchange.export', () => {
  it('exports the same bytes twice, keys sorted, named after the journey, secrets left out with warnings', async () => {
    const source = exchangeIn();
    const id = seedSample(source);
    const first = await source.exchange.export({ id });
    const second = await source.exchange.export({ id });
    expect(second).toEqual(first);
    expect(first.fileName).toBe('abandoned-cart-recovery.journey.json');
    expect(unsortedKeys(first.content)).toEqual([]);
    expect(first.content).not.toMatch(/s3cr3t|k-123|hunter2|abc123/);
    expect(first.warnings).toHaveLength(4);
    expect(first.warnings[0]).toBe(
      'Header "Authorization" of step "Tell the CRM" was left empty: secrets are not exported.',
    );
    const data = JSON.parse(first.content);
    expect(data.journey.status).toBe('draft');
    expect(data.templates).toHaveLength(5);
    expect(data.fields.map((field: { key: string }) => field.key)).toEqual([
      'cartRecovered',
      'lastRecoveryChannel',
      'lifetimeValue',
      'tier',
    ]);
  });

  it('answers NOT_FOUND for an unknown journey', async () => {
    await expect(refusal(() => exchangeIn().exchange.export({ id: 'nope' }))).resolves.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('exchange.import', () => {
  it('round trip: another database gets the same journey, templates and fields, under new ids', async () => {
    const source = exchangeIn();
    const id = seedSample(source);
    const exported = await source.exchange.export({ id });
    const target = exchangeIn();
    const result = await target.exchange.import({ content: exported.content, fileName: exported.fileName });
    expect(() => ImportResultSchema.parse(result)).not.toThrow();
    expect(result).toMatchObject({
      revision: 1,
      liveVersion: null,
      draftOpen: false,
      templatesImported: 5,
      templatesReused: 0,
      warnings: [],
    });
    expect(result.fieldsCreated).toEqual(['cartRecovered', 'lastRecoveryChannel', 'lifetimeValue', 'tier']);
    expect(result.journey.id).not.toBe(id);
    expect(result.journey).toMatchObject({ name: 'Abandoned cart recovery', status: 'draft' });

    const stored = target.ctx.store.journeys.require(result.journey.id).journey;
    expect(stored).toEqual(result.journey);
    const original = readJourneyFile(exported.content).journey;
    expect(comparable(stored, templateNamer(target))).toEqual(comparable(original, templateNamer(source)));
    // Every template reference points at a new template with the original's content.
    for (const templateId of templateIdsOf(stored)) {
      const copy = target.ctx.store.templates.require(templateId);
      const originalTemplate = sampleTemplates().find((template) => template.name === copy.name)!;
      expect(copy.id).not.toBe(originalTemplate.id);
      expect(copy.content).toEqual(originalTemplate.content);
    }
    expect(
      target.ctx.store.fields
        .list()
        .map((field) => field.key)
        .sort(),
    ).toEqual(result.fieldsCreated);
    // And back out again: the same file but for the ids that are new.
    const again = await target.exchange.export({ id: result.journey.id });
    expect(again.content.split('\n').length).toBe(exported.content.split('\n').length);
    expect(comparable(readJourneyFile(again.content).journey, templateNamer(target))).toEqual(
      comparable(original, templateNamer(source)),
    );
  });

  it('announces the journey, the new templates and the new fields after saving them', async () => {
    const target = exchangeIn();
    const result = await target.exchange.import({ content: sampleFileText() });
    expect(target.events.map((entry) => entry.event)).toEqual([
      'journeyChanged',
      ...Array(5).fill('templateChanged'),
      'contactsChanged',
    ]);
    expect(target.events[0]!.payload).toEqual({ id: result.journey.id, change: 'created', revision: 1 });
    const announced = target.events
      .filter((entry) => entry.event === 'templateChanged')
      .map((entry) => entry.payload as { id: string; change: string });
    expect(announced.every((payload) => payload.change === 'created')).toBe(true);
    expect(announced.map((payload) => payload.id).sort()).toEqual(
      templateIdsOf(target.ctx.store.journeys.require(result.journey.id).journey).sort(),
    );
    expect(target.events.at(-1)!.payload).toEqual({ reason: 'fields' });
  });

  it('reuses templates with the same channel and content, copies changed ones under a free name, and never overwrites', async () => {
    const target = exchangeIn();
    seedSample(target);
    const data = sampleFileData();
    const push = data.templates.findIndex((template: { id: string }) => template.id === 'tpl_push_cart');
    data.templates[push].content.title = 'Changed title';
    const result = await target.exchange.import({ content: JSON.stringify(data) });
    expect(result).toMatchObject({ templatesImported: 1, templatesReused: 4, fieldsCreated: [] });
    expect(result.journey.name).toBe('Abandoned cart recovery (imported)');
    const pushStep = result.journey.nodes[nodeIndex(data, 'push-nudge')]!;
    const copyId = pushStep.kind === 'message' ? pushStep.config.templateId! : '';
    expect(copyId).not.toBe('tpl_push_cart');
    expect(target.ctx.store.templates.require(copyId)).toMatchObject({
      name: 'Cart push (imported)',
      content: { title: 'Changed title' },
    });
    expect(target.ctx.store.templates.require('tpl_push_cart').content).toMatchObject({ title: 'Still thinking?' });
    const emailStep = result.journey.nodes[nodeIndex(data, 'cart-email')]!;
    expect(emailStep.kind === 'message' && emailStep.config.templateId).toBe('tpl_email_cart_reminder');
    expect(target.ctx.store.templates.list()).toHaveLength(sampleTemplates().length + 1);
  });

  it('makes names unique on every further import', async () => {
    const target = exchangeIn();
    const names = [];
    for (let i = 0; i < 3; i++) names.push((await target.exchange.import({ content: sampleFileText() })).journey.name);
    expect(names).toEqual([
      'Abandoned cart recovery',
      'Abandoned cart recovery (imported)',
      'Abandoned cart recovery (imported 2)',
    ]);
    expect(target.counts()).toMatchObject({ journeys: 3, templates: 5, fields: 4 });
  });

  it('keeps a reference to a template missing from the file only when this app has it', async () => {
    const target = exchangeIn();
    target.ctx.store.templates.put(sampleTemplates().find((template) => template.id === 'tpl_push_cart')!);
    const data = sampleFileData();
    data.templates = [];
    const result = await target.exchange.import({ content: JSON.stringify(data) });
    const templateOf = (nodeId: string) => {
      const node = result.journey.nodes.find((candidate) => candidate.id === nodeId)!;
      return node.kind === 'message' ? node.config.templateId : undefined;
    };
    expect(templateOf('push-nudge')).toBe('tpl_push_cart');
    expect(templateOf('cart-email')).toBeNull();
    expect(result.warnings).toContain(
      'Step "Your cart is waiting" used template "tpl_email_cart_reminder", which is neither in the file nor in this app; the step now has no template.',
    );
    expect(result.warnings.filter((warning) => warning.includes('"tpl_push_cart"'))).toEqual([]);
  });

  it('creates missing fields and warns about a field that exists with another type or too close a key', async () => {
    const target = exchangeIn();
    const now = '2025-03-01T00:00:00.000Z';
    target.ctx.store.fields.insert({ key: 'tier', label: 'Tier', description: '', type: 'text' }, now);
    target.ctx.store.fields.insert(
      { key: 'last_recovery_channel', label: 'Last channel', description: '', type: 'text' },
      now,
    );
    const result = await target.exchange.import({ content: sampleFileText() });
    expect(result.fieldsCreated).toEqual(['cartRecovered', 'lifetimeValue']);
    expect(result.warnings).toEqual([
      'Customer field "lastRecoveryChannel" was not created: "lastRecoveryChannel" is too close to the field "last_recovery_channel".',
      'Customer field "tier" is Text here but Single choice in the file; the existing field was kept.',
    ]);
    expect(target.ctx.store.fields.find('tier')?.type).toBe('text');
  });

  it('migrates a file written with schema version 1', async () => {
    const target = exchangeIn();
    const content = readFileSync(
      new URL('../../../fixtures/exchange/v1-welcome.journey.json', import.meta.url),
      'utf8',
    );
    const result = await target.exchange.import({ content, fileName: 'v1-welcome.journey.json' });
    expect(result.journey).toMatchObject({ name: 'Welcome', status: 'draft', schemaVersion: CURRENT_SCHEMA_VERSION });
    expect(result.journey.settings.languages).toEqual(['en']);
    expect(result).toMatchObject({ templatesImported: 2, fieldsCreated: ['favouriteStore'] });
    expect(result.warnings).toEqual([
      `The file was written with journey schema version 1 and has been upgraded to version ${CURRENT_SCHEMA_VERSION}.`,
    ]);
    expect(target.ctx.store.journeys.require(result.journey.id).journey.nodes.map((node) => node.kind)).toEqual([
      'entry',
      'condition',
      'message',
      'message',
      'exit',
    ]);
  });

  it('names a nameless journey after its file', async () => {
    const data = sampleFileData();
    data.journey.name = '\u0000 ';
    const result = await exchangeIn().exchange.import({
      content: JSON.stringify(data),
      fileName: 'spring-sale.journey.json',
    });
    expect(result.journey.name).toBe('spring-sale');
  });

  it('stores markup in names as plain text and strips control characters', async () => {
    const data = sampleFileData();
    data.journey.name = '<img src=x onerror=alert(1)>\u001b[0m';
    const target = exchangeIn();
    const result = await target.exchange.import({ content: JSON.stringify(data) });
    expect(target.ctx.store.journeys.list()[0]!.name).toBe('<img src=x onerror=alert(1)>[0m');
    expect(result.journey.name).toBe('<img src=x onerror=alert(1)>[0m');
  });

  it.each([
    [
      'invalid JSON',
      () => sampleFileText().slice(0, 200),
      'BAD_INPUT',
      /^The file is not valid JSON \(line \d+, column \d+\): /,
      '',
    ],
    [
      'a wrong format',
      () => JSON.stringify({ ...sampleFileData(), format: 'csv' }),
      'BAD_INPUT',
      /"format" is "csv"/,
      'format',
    ],
    [
      'a newer schema version',
      () => JSON.stringify({ ...sampleFileData(), schemaVersion: 99 }),
      'BAD_INPUT',
      /written by a newer version of Journey Studio/,
      'schemaVersion',
    ],
    [
      'a bad step',
      () => {
        const data = sampleFileData();
        data.journey.nodes[3].config = { nonsense: true };
        return JSON.stringify(data);
      },
      'BAD_INPUT',
      /^This journey file cannot be imported \(2 problems\): Invalid input: expected array, received undefined \(at journey\.nodes\[3\]\.config\.branches\)/,
      'journey.nodes[3].config.branches',
    ],
    [
      'a bad template',
      () => {
        const data = sampleFileData();
        data.templates[1].content.subject = null;
        return JSON.stringify(data);
      },
      'BAD_INPUT',
      /\(at templates\[1\]\.content\.subject\)/,
      'templates[1].content.subject',
    ],
    [
      'too many bytes',
      () => `${sampleFileText()}${'€'.repeat(2 * 1024 * 1024)}`,
      'TOO_LARGE',
      /a journey file can be at most 5 MiB/,
      '',
    ],
  ])('refuses %s as a whole and writes nothing', async (_what, content, code, message, path) => {
    const target = exchangeIn();
    seedSample(target);
    const before = target.counts();
    const error = await refusal(() => target.exchange.import({ content: content() }));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(error.issues?.[0]?.path).toBe(path);
    expect(target.counts()).toEqual(before);
    expect(target.events).toEqual([]);
  });

  it('saves nothing when the last write fails: templates and fields made before it are rolled back', async () => {
    const target0 = exchangeIn();
    const takenId = seedSample(target0);
    // The copied template gets a fresh id; the journey's clashes with the stored journey (a real primary key).
    let calls = 0;
    const newIds = () => (++calls === 1 ? 'fresh-1' : takenId);
    const target = exchangeIn({ newId: newIds }, target0.ctx.dataDir);
    const data = sampleFileData();
    data.templates[0].content.subject = 'Different, so copied';
    data.fields.push({ key: 'brandNew', label: 'Brand new', description: '', type: 'text' });
    data.journey.nodes[nodeIndex(data, 'mark-recovered')].config.updates.push({ field: 'brandNew', value: 'x' });
    const before = target.counts();
    const error = await refusal(() => target.exchange.import({ content: JSON.stringify(data) }));
    expect(error).toMatchObject({ code: 'CONFLICT', message: `A journey with id "${takenId}" already exists.` });
    expect(calls).toBe(2);
    expect(target.counts()).toEqual(before);
    expect(target.ctx.store.templates.find('fresh-1')).toBeUndefined();
    expect(target.ctx.store.fields.find('brandNew')).toBeUndefined();
    expect(target.events).toEqual([]);
  });

  it('keeps a template id clash from overwriting the existing template', async () => {
    const target0 = exchangeIn();
    seedSample(target0);
    const target = exchangeIn({ newId: () => 'tpl_push_cart' }, target0.ctx.dataDir);
    const data = sampleFileData();
    data.templates[0].content.subject = 'Different, so copied';
    const before = target.counts();
    expect(await failure(() => target.exchange.import({ content: JSON.stringify(data) }))).toMatchObject({
      message: 'The new template id "tpl_push_cart" is already taken.',
    });
    expect(target.counts()).toEqual(before);
    expect(target.ctx.store.templates.require('tpl_push_cart').name).toBe('Cart push');
  });
});

function fakeDialogs(answers: {
  save?: { path: string } | null;
  open?: { path: string; name: string; content: string } | null;
  openError?: Error;
}) {
  const saved: SaveFileRequest[] = [];
  const opened: OpenFileRequest[] = [];
  const dialogs: NativeDialogs = {
    saveFile: async (request) => {
      saved.push(request);
      return answers.save ?? null;
    },
    openFile: async (request) => {
      opened.push(request);
      if (answers.openError) throw answers.openError;
      return answers.open ?? null;
    },
  };
  return { dialogs, saved, opened };
}

describe('exchange.exportToFile and importFromFile', () => {
  it('saves the export through the save dialog with a journey-file filter', async () => {
    const { dialogs, saved } = fakeDialogs({ save: { path: '/chosen/cart.journey.json' } });
    const desktop = exchangeIn({ dialogs, host: 'electron' });
    const id = seedSample(desktop);
    const result = await desktop.exchange.exportToFile({ id });
    expect(result.path).toBe('/chosen/cart.journey.json');
    expect(result.warnings).toHaveLength(4);
    expect(saved).toEqual([
      {
        title: 'Export journey',
        defaultPath: 'abandoned-cart-recovery.journey.json',
        filters: [{ name: 'Journey files (.journey.json)', extensions: ['json'] }],
        content: (await desktop.exchange.export({ id })).content,
      },
    ]);
  });

  it('answers a null path when the save dialog is cancelled', async () => {
    const desktop = exchangeIn({ dialogs: fakeDialogs({ save: null }).dialogs });
    await expect(desktop.exchange.exportToFile({ id: seedSample(desktop) })).resolves.toMatchObject({ path: null });
  });

  it('imports what the open dialog read, limited to 5 MiB, and null when cancelled', async () => {
    const { dialogs, opened } = fakeDialogs({
      open: { path: '/somewhere/cart.journey.json', name: 'cart.journey.json', content: sampleFileText() },
    });
    const desktop = exchangeIn({ dialogs });
    const result = await desktop.exchange.importFromFile(undefined);
    expect(result?.journey.name).toBe('Abandoned cart recovery');
    expect(opened).toEqual([
      {
        title: 'Import journey',
        filters: [{ name: 'Journey files (.journey.json)', extensions: ['json'] }],
        maxBytes: 5 * 1024 * 1024,
      },
    ]);
    const cancelled = exchangeIn({ dialogs: fakeDialogs({ open: null }).dialogs });
    await expect(cancelled.exchange.importFromFile({})).resolves.toBeNull();
    expect(cancelled.counts().journeys).toBe(0);
  });

  it('turns a file the dialog could not read into BAD_INPUT with its reason', async () => {
    const failing = exchangeIn({
      dialogs: fakeDialogs({ openError: new Error('"huge.json" is too large to open (6.0 MB)') }).dialogs,
    });
    await expect(refusal(() => failing.exchange.importFromFile({}))).resolves.toMatchObject({
      code: 'BAD_INPUT',
      message: 'The file could not be read: "huge.json" is too large to open (6.0 MB)',
    });
  });

  it('is UNAVAILABLE in browser mode, where the page downloads and uploads', async () => {
    const browser = exchangeIn();
    const id = seedSample(browser);
    await expect(refusal(() => browser.exchange.exportToFile({ id }))).resolves.toMatchObject({
      code: 'UNAVAILABLE',
      message: 'Saving to a file needs the desktop app; in the browser the export downloads.',
    });
    await expect(refusal(() => browser.exchange.importFromFile({}))).resolves.toMatchObject({ code: 'UNAVAILABLE' });
  });
});
