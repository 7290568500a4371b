import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  JourneyFileError,
  MAX_IMPORT_EDGES,
  MAX_IMPORT_NODES,
  MAX_JOURNEY_FILE_BYTES,
  MAX_REPORTED_ISSUES,
  readJourneyFile,
  redactWebhookSecrets,
  writeJourneyFile,
} from '../../../shared/exchange/index';
import { CURRENT_SCHEMA_VERSION, JourneySchema } from '../../../shared/model/index';
import { sampleFields, sampleJourney, sampleTemplates } from './support/sample-journey';
import { nodeIndex, sampleFileData, sampleFileText } from './support/sample-file';

function fixture(path: string): string {
  return readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8');
}

function refusal(text: string): JourneyFileError {
  try {
    readJourneyFile(text);
  } catch (error) {
    if (error instanceof JourneyFileError) return error;
    throw error;
  }
  throw new Error('The file was read');
}

function refusalOf(data: unknown): JourneyFileError {
  return refusal(JSON.stringify(data));
}

describe('readJourneyFile: what it accepts', () => {
  it('reads back what writeJourneyFile wrote: the draft journey without secrets, its templates and fields', () => {
    const file = readJourneyFile(sampleFileText());
    const expected = { ...redactWebhookSecrets(sampleJourney()).journey, status: 'draft' };
    expect(file.journey).toEqual(expected);
    expect(file.templates.map((template) => template.id)).toEqual([
      'tpl_email_cart_reminder',
      'tpl_email_vip_coupon',
      'tpl_push_cart',
      'tpl_sms_vip_coupon',
      'tpl_wa_vip_coupon',
    ]);
    expect(file.templates.find((template) => template.id === 'tpl_push_cart')).toEqual(
      sampleTemplates().find((template) => template.id === 'tpl_push_cart'),
    );
    expect(file.fields).toEqual(
      sampleFields()
        .filter((field) => field.key !== 'shoeSize')
        .sort((a, b) => (a.key < b.key ? -1 : 1)),
    );
    expect(file).toMatchObject({ schemaVersion: CURRENT_SCHEMA_VERSION, wrapped: true });
  });

  it('migrates a file written with schema version 1', () => {
    const file = readJourneyFile(fixture('exchange/v1-welcome.journey.json'));
    expect(file.schemaVersion).toBe(1);
    expect(file.journey.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(file.journey.settings.languages).toEqual(['en']);
    expect(file.journey.nodes.map((node) => node.kind)).toEqual(['entry', 'condition', 'message', 'message', 'exit']);
    expect(file.journey.edges[0]).toEqual({ id: 'e1', source: 'signed-up', sourceHandle: 'next', target: 'has-email' });
    expect(file.journey.notes).toEqual([]);
    expect(file.templates.map((template) => template.name)).toEqual(['Welcome email', 'Welcome SMS']);
    expect(file.fields).toEqual([{ key: 'favouriteStore', label: 'Favourite store', description: '', type: 'text' }]);
    expect(() => JourneySchema.parse(file.journey)).not.toThrow();
  });

  it('accepts a bare journey document, of any readable version, with no templates or fields', () => {
    const v1 = readJourneyFile(fixture('journeys/v1-order-shipped.journey.json'));
    expect(v1).toMatchObject({ wrapped: false, schemaVersion: 1, templates: [], fields: [] });
    expect(v1.journey.nodes.find((node) => node.id === 'notify-shipped')?.kind).toBe('message');
    const current = readJourneyFile(fixture('journeys/valid-every-kind.journey.json'));
    expect(current).toMatchObject({ wrapped: false, schemaVersion: CURRENT_SCHEMA_VERSION });
  });

  it('takes the schema version from the wrapper when the journey leaves it out', () => {
    const data = sampleFileData();
    delete data.journey.schemaVersion;
    expect(readJourneyFile(JSON.stringify(data)).journey.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('accepts a file without templates or fields', () => {
    const data = sampleFileData();
    delete data.templates;
    delete data.fields;
    expect(readJourneyFile(JSON.stringify(data))).toMatchObject({ templates: [], fields: [] });
  });
});

describe('readJourneyFile: what it refuses, and why', () => {
  it('refuses a file over 5 MiB, counting UTF-8 bytes rather than characters', () => {
    const ascii = refusal(' '.repeat(MAX_JOURNEY_FILE_BYTES + 1));
    expect(ascii).toMatchObject({
      code: 'TOO_LARGE',
      message: 'The file is 5 MiB; a journey file can be at most 5 MiB.',
    });
    // Fewer characters than the limit, but two bytes each.
    const accented = `{"name": "${'é'.repeat(MAX_JOURNEY_FILE_BYTES / 2)}"}`;
    expect(accented.length).toBeLessThan(MAX_JOURNEY_FILE_BYTES);
    expect(refusal(accented)).toMatchObject({ code: 'TOO_LARGE' });
    expect(refusal(accented).message).toMatch(/^The file is 5 MiB; a journey file can be at most 5 MiB\.$/);
  });

  it('refuses text that is not JSON, with line and column', () => {
    const text = sampleFileText().replace('"format": "journey-studio.journey",', '"format": "journey-studio.journey"');
    const error = refusal(text);
    expect(error.code).toBe('BAD_INPUT');
    expect(error.message).toMatch(
      /^The file is not valid JSON \(line \d+, column 3\): Expected "," or "}" after a property value, found "\\""\.$/,
    );
    expect(error.issues).toEqual([{ path: '', message: error.message }]);
  });

  it.each([
    ['[1, 2]', '', 'A journey file must be a JSON object, not a list.'],
    ['"journey"', '', 'A journey file must be a JSON object, not "journey".'],
    [
      '{"hello": "world"}',
      'format',
      'This is not a Journey Studio journey file: it has no "format" (expected "journey-studio.journey") and is not a journey document either.',
    ],
    [
      '{"format": "journey-studio.template", "schemaVersion": 2, "journey": {}}',
      'format',
      'This is not a Journey Studio journey file: "format" is "journey-studio.template", expected "journey-studio.journey".',
    ],
    [
      '{"format": "journey-studio.journey", "journey": {}}',
      'schemaVersion',
      'The file has no "schemaVersion": expected the journey schema version it was written with, e.g. 2.',
    ],
    [
      '{"format": "journey-studio.journey", "schemaVersion": "2", "journey": {}}',
      'schemaVersion',
      '"schemaVersion" must be a whole number from 1 up, not "2".',
    ],
    [
      '{"format": "journey-studio.journey", "schemaVersion": 2}',
      'journey',
      'The file has no "journey": there is nothing to import.',
    ],
    [
      '{"format": "journey-studio.journey", "schemaVersion": 2, "journey": [1]}',
      'journey',
      '"journey" must be a journey document (an object), not a list.',
    ],
  ])('refuses %s', (text, path, message) => {
    expect(refusal(text)).toMatchObject({ code: 'BAD_INPUT', message, issues: [{ path, message }] });
  });

  it('refuses a file written by a newer version of Journey Studio, wrapped or bare', () => {
    const data = sampleFileData();
    data.schemaVersion = CURRENT_SCHEMA_VERSION + 1;
    const message =
      `This file was written by a newer version of Journey Studio (journey schema version ${CURRENT_SCHEMA_VERSION + 1}; ` +
      `this version reads up to ${CURRENT_SCHEMA_VERSION}). Update Journey Studio to import it.`;
    expect(refusalOf(data)).toMatchObject({ message, issues: [{ path: 'schemaVersion', message }] });
    expect(refusalOf({ ...data.journey, schemaVersion: CURRENT_SCHEMA_VERSION + 1 })).toMatchObject({ message });
  });

  it('refuses a journey whose version disagrees with the file', () => {
    const data = sampleFileData();
    data.journey.schemaVersion = 1;
    expect(refusalOf(data)).toMatchObject({
      issues: [
        {
          path: 'journey.schemaVersion',
          message: `The journey says schema version 1 but the file says ${CURRENT_SCHEMA_VERSION}; they must agree.`,
        },
      ],
    });
  });

  it('names the JSON path and what was expected when the journey is not valid', () => {
    const data = sampleFileData();
    const email = nodeIndex(data, 'cart-email');
    data.journey.nodes[email].config.channel = 'pigeon';
    const error = refusalOf(data);
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]!.path).toBe(`journey.nodes[${email}].config.channel`);
    expect(error.issues[0]!.message).toMatch(/expected one of.*"email".*"sms"/);
    expect(error.message).toBe(
      `This journey file cannot be imported: ${error.issues[0]!.message} (at journey.nodes[${email}].config.channel).`,
    );
  });

  it("names a bare document's paths from its root", () => {
    const journey = sampleFileData().journey;
    journey.nodes[0].position.x = 'left';
    expect(refusalOf(journey).issues.map((issue) => issue.path)).toEqual(['nodes[0].position.x']);
  });

  it('names an unknown key by its own path, at any depth of a bare document', () => {
    const journey = sampleFileData().journey;
    journey.owner = 'me';
    journey.settings.colour = 'red';
    journey.nodes[0].config.extra = true;
    expect(refusalOf(journey).issues).toEqual([
      { path: 'settings.colour', message: 'Unrecognized key: "colour"' },
      { path: 'nodes[0].config.extra', message: 'Unrecognized key: "extra"' },
      { path: 'owner', message: 'Unrecognized key: "owner"' },
    ]);
    const wrapped = sampleFileData();
    wrapped.journey.owner = 'me';
    expect(refusalOf(wrapped).issues).toEqual([{ path: 'journey.owner', message: 'Unrecognized key: "owner"' }]);
  });

  it('names bad templates by their place in the file', () => {
    const data = sampleFileData();
    data.templates[1].content.subject = 42;
    data.templates[2].channel = 'fax';
    data.templates[3].name = '';
    const error = refusalOf(data);
    expect(error.issues).toEqual([
      { path: 'templates[1].content.subject', message: expect.stringMatching(/expected string/) },
      {
        path: 'templates[2].channel',
        message:
          'Expected one of the channels email, sms, whatsapp, push, inapp, telegram, wallet, marketing, not "fax"',
      },
      { path: 'templates[3].name', message: 'A template needs a name' },
    ]);
    expect(error.message).toMatch(/^This journey file cannot be imported \(3 problems\): /);
  });

  it('refuses two templates with one id', () => {
    const data = sampleFileData();
    data.templates[1].id = data.templates[0].id;
    expect(refusalOf(data).issues).toEqual([
      {
        path: 'templates[1].id',
        message: `Template id "${data.templates[0].id}" is used twice (also by templates[0])`,
      },
    ]);
  });

  it('names bad fields by their place in the file', () => {
    const data = sampleFileData();
    data.fields[0].key = 'Loyalty tier';
    data.fields[1].type = 'colour';
    data.fields.push({ ...data.fields[2] });
    const error = refusalOf(data);
    expect(error.issues).toEqual([
      { path: 'fields[0].key', message: 'A key starts with a lowercase letter a–z ("Loyalty tier" does not)' },
      { path: 'fields[1].type', message: expect.stringMatching(/^Expected one of the field types: text, number/) },
      { path: 'fields[4].key', message: `Two fields use the key "${data.fields[2].key}"` },
    ]);
  });

  it('refuses keys a journey file does not have, so a typo cannot silently drop data', () => {
    const data = sampleFileData();
    data.template = data.templates;
    expect(refusalOf(data).issues).toEqual([
      {
        path: 'template',
        message:
          'Unknown key "template": a journey file has only format, schemaVersion, journey, templates, fields, packages',
      },
    ]);
  });

  it('refuses more steps than a journey file may have, before checking each', () => {
    const data = sampleFileData();
    data.journey.nodes = Array.from({ length: MAX_IMPORT_NODES + 1 }, (_, index) => ({ id: `n${index}` }));
    expect(refusalOf(data)).toMatchObject({
      code: 'BAD_INPUT',
      issues: [
        { path: 'journey.nodes', message: 'The journey has 10,001 steps; a journey file can have at most 10,000.' },
      ],
    });
  });

  it('refuses more connections than a journey may have, before checking each', () => {
    const data = sampleFileData();
    data.journey.edges = Array.from({ length: 40_000 }, () => ({}));
    expect(refusalOf(data).issues).toEqual([
      {
        path: 'journey.edges',
        message: `The journey has 40,000 connections; a journey file can have at most ${MAX_IMPORT_EDGES.toLocaleString('en-US')}.`,
      },
    ]);
  });

  it('lists every problem, the first three in the message', () => {
    const data = sampleFileData();
    data.journey.nodes.forEach((node: { label: unknown }) => (node.label = 7));
    const error = refusalOf(data);
    expect(error.issues).toHaveLength(data.journey.nodes.length);
    expect(error.message).toMatch(
      new RegExp(
        `^This journey file cannot be imported \\(${data.journey.nodes.length} problems\\): .*; and ${data.journey.nodes.length - 3} more\\.$`,
      ),
    );
  });
});

describe('readJourneyFile: a file with very many problems', () => {
  it('is refused, listing the first problems with their paths and counting the rest', () => {
    const data = sampleFileData();
    data.journey.edges = Array.from({ length: 20_000 }, () => ({}));
    const error = refusalOf(data);
    expect(error.code).toBe('BAD_INPUT');
    expect(error.issues).toHaveLength(MAX_REPORTED_ISSUES);
    expect(error.issues.every((issue) => /^journey\.edges\[\d+\]\.\w+$/.test(issue.path))).toBe(true);
    expect(error.unlisted).toBe(4 * 20_000 - MAX_REPORTED_ISSUES);
    expect(error.message).toMatch(/^This journey file cannot be imported \(80,000 problems\): .*; and 79,997 more\.$/);
  });
});

describe('readJourneyFile: hostile content', () => {
  it('keeps markup in names as plain text and strips control characters from names', () => {
    const data = sampleFileData();
    data.journey.name = '<script>alert("x")</script>\u0007\u001b[2J';
    data.journey.nodes[0].label = 'Entry\u0000\r\nstep';
    data.templates[0].name = '\u0008<b>Bold</b>';
    data.fields[0].label = 'Cart\u0000 recovered';
    const file = readJourneyFile(JSON.stringify(data));
    expect(file.journey.name).toBe('<script>alert("x")</script>[2J');
    expect(file.journey.nodes[0]!.label).toBe('Entry step');
    expect(file.templates[0]!.name).toBe('<b>Bold</b>');
    expect(file.fields[0]!.label).toBe('Cart recovered');
  });

  it('refuses "__proto__" keys, wherever they are, and pollutes nothing', () => {
    const text = sampleFileText().replace('"variables": {', '"variables": {"__proto__": {"polluted": "yes"},');
    expect(refusal(text).message).toMatch(
      /^The file is not valid JSON \(line \d+, column \d+\): The key "__proto__" is not allowed\.$/,
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('treats "constructor" and "prototype" keys as data where the model allows free keys', () => {
    const data = sampleFileData();
    const email = nodeIndex(data, 'cart-email');
    data.journey.nodes[email].config.variables = { constructor: 'customer.firstName', prototype: 'x', toString: 'y' };
    const file = readJourneyFile(JSON.stringify(data));
    const node = file.journey.nodes[email]!;
    expect(node.kind === 'message' && Object.entries(node.config.variables)).toEqual([
      ['constructor', 'customer.firstName'],
      ['prototype', 'x'],
      ['toString', 'y'],
    ]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(typeof {}.toString).toBe('function');
  });

  it('refuses nesting far deeper than any journey', () => {
    const data = sampleFileData();
    data.journey.description = 'PLACEHOLDER';
    const text = JSON.stringify(data).replace('"PLACEHOLDER"', '['.repeat(5000) + ']'.repeat(5000));
    expect(refusal(text).message).toMatch(/nested more than 64 levels deep/);
  });

  it('writes what it read back identically (reading does not reorder or lose anything)', () => {
    const first = readJourneyFile(sampleFileText());
    const again = writeJourneyFile({ journey: first.journey, templates: first.templates, fields: first.fields });
    expect(again.content).toBe(sampleFileText());
  });
});
