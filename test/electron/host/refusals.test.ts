import { describe, expect, it } from 'vitest';
import { JOURNEY_LIMITS, type Journey } from '../../../shared/model/index';
import { MAX_SETTING_CHARACTERS, MAX_SETTING_DEPTH } from '../../../shared/contract/index';
import { MAX_REPORTED_ISSUES } from '../../../shared/exchange/index';
import { sampleFileData } from '../../shared/exchange/support/sample-file';
import { useRunningHost, type HostUnderTest } from '../../support/running-host';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();
const startTestHost = useRunningHost(tempDir);

interface Refusal {
  ok: false;
  error: { code: string; message: string; issues?: { path: string; message: string }[] };
}

describe('refusals over HTTP name what is wrong', () => {
  it('names the field of a bad audience estimate', async () => {
    const { call } = await startTestHost();
    const unknownKey = await call('audience', 'estimate', { filter: { nope: 1 } });
    expect(unknownKey.status).toBe(400);
    const unknownBody = (await unknownKey.json()) as Refusal;
    expect(unknownBody.error.code).toBe('BAD_INPUT');
    expect(unknownBody.error.issues?.map((issue) => issue.path)).toEqual(
      expect.arrayContaining(['filter.combinator', 'filter.groups', 'filter.nope']),
    );
    expect(unknownBody.error.message).not.toContain('(input)');

    const notAll = (await (await call('audience', 'estimate', { all: false })).json()) as Refusal;
    expect(notAll.error.issues).toEqual([{ path: 'all', message: 'Invalid input: expected true' }]);
    expect(notAll.error.message).toBe('Invalid input for audience.estimate: all: Invalid input: expected true');
  });
});

describe('a saved journey document keeps to the same limits as create and rename', () => {
  async function createdJourney(call: HostUnderTest['call']): Promise<{ journey: Journey; revision: number }> {
    const created = (await (await call('journeys', 'create', { name: 'Welcome' })).json()) as {
      value: { journey: Journey; revision: number };
    };
    return created.value;
  }

  async function refusalOfSave(call: HostUnderTest['call'], change: (journey: Journey) => Journey): Promise<Refusal> {
    const { journey, revision } = await createdJourney(call);
    const response = await call('journeys', 'save', { journey: change(journey), expectedRevision: revision });
    expect(response.status).toBe(400);
    return (await response.json()) as Refusal;
  }

  const exitNode = (id: string, label = 'Done') => ({ ...exitNodeFor(id), label });

  it('refuses names create and rename refuse, naming the limit', async () => {
    const { call } = await startTestHost();
    for (const name of ['', '   ', 'x'.repeat(5000)]) {
      const refused = await refusalOfSave(call, (journey) => ({ ...journey, name }));
      const createRefused = (await (await call('journeys', 'create', { name })).json()) as Refusal;
      expect(refused.error.issues).toEqual(
        createRefused.error.issues!.map((issue) => ({ ...issue, path: `journey.${issue.path}` })),
      );
    }
    const long = await refusalOfSave(call, (journey) => ({ ...journey, name: 'x'.repeat(5000) }));
    expect(long.error.issues).toEqual([{ path: 'journey.name', message: 'A journey name is at most 200 characters' }]);
    const description = await refusalOfSave(call, (journey) => ({ ...journey, description: 'x'.repeat(100_000) }));
    expect(description.error.issues).toEqual([
      { path: 'journey.description', message: 'A journey description is at most 2,000 characters' },
    ]);
  });

  it('refuses huge labels and ids and too many steps, naming the limit', async () => {
    const { call } = await startTestHost();
    const label = await refusalOfSave(call, (journey) => ({
      ...journey,
      nodes: [exitNode('n1', 'x'.repeat(1_000_000))],
    }));
    expect(label.error.issues).toEqual([
      { path: 'journey.nodes[0].label', message: 'A step label is at most 200 characters' },
    ]);
    const id = await refusalOfSave(call, (journey) => ({ ...journey, nodes: [exitNode('n'.repeat(10_000))] }));
    expect(id.error.issues).toEqual([{ path: 'journey.nodes[0].id', message: 'An id is at most 128 characters' }]);
    const many = await refusalOfSave(call, (journey) => ({
      ...journey,
      nodes: Array.from({ length: JOURNEY_LIMITS.steps + 1 }, (_, index) => exitNode(`n${index}`)),
    }));
    expect(many.error.issues).toEqual([{ path: 'journey.nodes', message: 'A journey can have at most 10,000 steps' }]);
  });

  it('refuses a time zone the runtime does not know, and keeps one it knows', async () => {
    const { call } = await startTestHost();
    const mars = await refusalOfSave(call, (journey) => ({
      ...journey,
      settings: { ...journey.settings, timeZone: 'Mars/Olympus' },
    }));
    expect(mars.error.issues?.map((issue) => issue.path)).toEqual(['journey.settings.timeZone']);
    const { journey, revision } = await createdJourney(call);
    const saved = await call('journeys', 'save', {
      journey: { ...journey, settings: { ...journey.settings, timeZone: 'Pacific/Auckland' } },
      expectedRevision: revision,
    });
    expect(saved.status).toBe(200);
  });
});

describe('names and labels follow one rule for invisible and broken characters', () => {
  it('refuses names made only of zero-width or control characters, wherever a name is given', async () => {
    const { call } = await startTestHost();
    const created = (await (await call('journeys', 'create', { name: 'Welcome' })).json()) as {
      value: { journey: Journey; revision: number };
    };
    const { journey, revision } = created.value;
    for (const name of ['\u200b\u200b', '\u0007\u001b', '\u200d\ufeff\u2060', '\u0000 \u200b']) {
      for (const [method, input] of [
        ['create', { name }],
        ['rename', { id: journey.id, name }],
        ['save', { journey: { ...journey, name }, expectedRevision: revision }],
      ] as const) {
        const response = await call('journeys', method, input);
        expect(response.status, `${method} ${JSON.stringify(name)}`).toBe(400);
        const body = (await response.json()) as Refusal;
        expect(body.error.issues?.[0]?.message).toBe('A journey needs a name (with at least one visible character)');
      }
    }
  });

  it('refuses such names for templates and contact lists too, and stores their lone surrogates as U+FFFD', async () => {
    const { call } = await startTestHost();
    const template = (await (await call('templates', 'create', { channel: 'sms', name: 'Reminder' })).json()) as {
      value: { id: string };
    };
    const list = (await (await call('lists', 'create', { name: 'VIP' })).json()) as { value: { id: string } };
    const profile = (await (await call('profiles', 'create', { name: 'Maya', data: {} })).json()) as {
      value: { id: string };
    };
    for (const name of ['\u200b\u200b', '\u0007\u001b', ' \u2060 ']) {
      for (const [service, method, input, message] of [
        [
          'templates',
          'create',
          { channel: 'sms', name },
          'A template needs a name (with at least one visible character)',
        ],
        [
          'templates',
          'update',
          { id: template.value.id, name },
          'A template needs a name (with at least one visible character)',
        ],
        ['lists', 'create', { name }, 'A list needs a name (with at least one visible character)'],
        ['lists', 'rename', { id: list.value.id, name }, 'A list needs a name (with at least one visible character)'],
        [
          'profiles',
          'create',
          { name, data: {} },
          'A sample profile needs a name (with at least one visible character)',
        ],
        [
          'profiles',
          'update',
          { id: profile.value.id, name },
          'A sample profile needs a name (with at least one visible character)',
        ],
      ] as const) {
        const response = await call(service, method, input);
        expect(response.status, `${service}.${method} ${JSON.stringify(name)}`).toBe(400);
        expect(((await response.json()) as Refusal).error.issues).toEqual([{ path: 'name', message }]);
      }
    }
    const renamed = (await (
      await call('templates', 'update', { id: template.value.id, name: 'SMS \ud800' })
    ).json()) as {
      value: { name: string };
    };
    expect(renamed.value.name).toBe('SMS \ufffd');
    const listed = (await (await call('lists', 'create', { name: '\udc00 Köln\u0007' })).json()) as {
      value: { name: string };
    };
    expect(listed.value.name).toBe('\ufffd Köln');
  });

  it('stores a lone surrogate as U+FFFD in the document and in the list alike', async () => {
    const { call } = await startTestHost();
    const created = (await (await call('journeys', 'create', { name: 'Broken \ud800 name\u200b' })).json()) as {
      value: { journey: Journey; revision: number };
    };
    expect(created.value.journey.name).toBe('Broken \ufffd name\u200b');
    const { journey, revision } = created.value;
    const label = 'Step \udc00';
    await call('journeys', 'save', {
      journey: { ...journey, name: '\udbff tail', nodes: [{ ...exitNodeFor('n1'), label }] },
      expectedRevision: revision,
    });
    const listed = (await (await call('journeys', 'list', {})).json()) as { value: { name: string }[] };
    const read = (await (await call('journeys', 'get', { id: journey.id })).json()) as { value: { journey: Journey } };
    expect(listed.value.map((row) => row.name)).toEqual(['\ufffd tail']);
    expect(read.value.journey.name).toBe('\ufffd tail');
    expect(read.value.journey.nodes[0]!.label).toBe('Step \ufffd');
  });
});

function exitNodeFor(id: string) {
  return { id, kind: 'exit' as const, label: '', position: { x: 0, y: 0 }, config: {} };
}

describe('a journey file with very many problems', () => {
  it('is refused by exchange.import with 400 and a bounded list of paths, and the server keeps answering', async () => {
    const { call } = await startTestHost();
    const data = sampleFileData();
    data.journey.edges = Array.from({ length: 20_000 }, () => ({}));
    const response = await call('exchange', 'import', { content: JSON.stringify(data) });
    expect(response.status).toBe(400);
    const body = (await response.json()) as Refusal;
    expect(body.error.code).toBe('BAD_INPUT');
    expect(body.error.message).toMatch(/^This journey file cannot be imported \(80,000 problems\)/);
    expect(body.error.issues).toHaveLength(MAX_REPORTED_ISSUES);
    expect(body.error.issues!.every((issue) => issue.path.startsWith('journey.edges['))).toBe(true);
    expect((await call('app', 'info', {})).status).toBe(200);
  });
});

describe('settings keep to a depth and a size, and every answer is serialised before its status', () => {
  const nested = (levels: number): unknown => {
    let value: unknown = 'leaf';
    for (let level = 0; level < levels; level++) value = { inner: value };
    return value;
  };

  it('refuses deeply nested and huge values with 400, naming the key', async () => {
    const { call, host } = await startTestHost();
    for (const levels of [10_000, 4_100, MAX_SETTING_DEPTH + 1]) {
      // Written by hand: JSON.stringify itself cannot write 10,000 levels.
      const value = '{"inner":'.repeat(levels) + '"leaf"' + '}'.repeat(levels);
      const response = await fetch(`${host.url}api/call/settings/set`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
        body: `{"key":"editor.layout","value":${value}}`,
      });
      expect(response.status, `${levels} levels`).toBe(400);
      expect(((await response.json()) as Refusal).error.issues).toEqual([
        {
          path: 'value',
          message: `The value of setting "editor.layout" nests more than ${MAX_SETTING_DEPTH} levels deep`,
        },
      ]);
    }
    const huge = await call('settings', 'set', { key: 'editor.notes', value: 'x'.repeat(MAX_SETTING_CHARACTERS) });
    expect(huge.status).toBe(400);
    expect(((await huge.json()) as Refusal).error.issues?.[0]?.message).toMatch(
      /^The value of setting "editor\.notes" is 262,146 characters as JSON; at most 262,144$/,
    );
    const kept = await call('settings', 'set', { key: 'editor.layout', value: nested(MAX_SETTING_DEPTH - 1) });
    expect(kept.status).toBe(200);
    const all = (await (await call('settings', 'getAll', {})).json()) as { value: Record<string, unknown> };
    expect(all.value).toEqual({ 'editor.layout': nested(MAX_SETTING_DEPTH - 1) });
  });

  it('answers 500 with a JSON error, never 200 with an empty body, when an answer cannot be serialised', async () => {
    const { call, core } = await startTestHost();
    // Written as an older build could have stored it; too deep for JSON.stringify to write back.
    const levels = 200_000;
    core.context.store.db
      .prepare('INSERT INTO settings (key, value) VALUES (?, ?)')
      .run('legacy.deep', '['.repeat(levels) + ']'.repeat(levels));
    const response = await call('settings', 'getAll', {});
    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await response.json()).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'The answer could not be written as JSON.' },
    });
    expect((await call('app', 'info', {})).status).toBe(200);
  });
});
