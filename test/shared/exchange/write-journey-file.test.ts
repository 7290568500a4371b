import { describe, expect, it } from 'vitest';
import { JOURNEY_FILE_FORMAT, canonicalJson, writeJourneyFile } from '../../../shared/exchange/index';
import { CURRENT_SCHEMA_VERSION, type Journey } from '../../../shared/model/index';
import { sampleFields, sampleJourney, sampleTemplates } from './support/sample-journey';
import { unsortedKeys } from './support/sorted-keys';

/** The same data with every object's keys inserted in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, item]) => [key, reverseKeys(item)]),
  );
}

function written() {
  return writeJourneyFile({ journey: sampleJourney(), templates: sampleTemplates(), fields: sampleFields() });
}

describe('writeJourneyFile', () => {
  it('writes the wrapper with the journey as a draft, its templates by id and its fields by key', () => {
    const file = written();
    const data = JSON.parse(file.content);
    expect(Object.keys(data)).toEqual(['fields', 'format', 'journey', 'schemaVersion', 'templates']);
    expect(data.format).toBe(JOURNEY_FILE_FORMAT);
    expect(data.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(data.journey.status).toBe('draft');
    expect(data.journey.id).toBe(sampleJourney().id);
    expect(data.templates.map((template: { id: string }) => template.id)).toEqual([
      'tpl_email_cart_reminder',
      'tpl_email_vip_coupon',
      'tpl_push_cart',
      'tpl_sms_vip_coupon',
      'tpl_wa_vip_coupon',
    ]);
    expect(data.fields.map((field: { key: string }) => field.key)).toEqual([
      'cartRecovered',
      'lastRecoveryChannel',
      'lifetimeValue',
      'tier',
    ]);
    expect(file.fileName).toBe('abandoned-cart-recovery.journey.json');
  });

  it('gives the same bytes every time, whatever order the data comes in', () => {
    const first = written().content;
    const reordered = writeJourneyFile({
      journey: reverseKeys(sampleJourney()) as Journey,
      templates: sampleTemplates().reverse(),
      fields: sampleFields().reverse(),
    }).content;
    expect(reordered).toBe(first);
    expect(written().content).toBe(first);
  });

  it('sorts keys at every level, indents by two spaces and ends with a newline', () => {
    const { content } = written();
    expect(unsortedKeys(content)).toEqual([]);
    expect(content).toContain('\n  "fields": [\n    {\n      "description": ""');
    expect(content.endsWith('}\n')).toBe(true);
    expect(canonicalJson(JSON.parse(content))).toBe(content);
    // Integer-like keys (WhatsApp parameters) sort as text too, which JSON.stringify would not do.
    expect(content).toMatch(/"variables": \{\n\s+"1": "customer.firstName",\n\s+"2": "\\"VIP10\\""/);
  });

  it('holds no time of export and no machine paths', () => {
    const { content } = written();
    const stamps = [...content.matchAll(/"(\d{4}-\d{2}-\d{2}T[^"]+)"/g)].map((match) => match[1]);
    const known = new Set([
      sampleJourney().createdAt,
      sampleJourney().updatedAt,
      ...sampleTemplates().flatMap((t) => [t.createdAt, t.updatedAt]),
    ]);
    expect(stamps.filter((stamp) => !known.has(stamp!))).toEqual([]);
    expect(content).not.toMatch(/\/tmp\/|\/home\/|C:\\\\/);
  });

  it('leaves secrets out and says so, step by step', () => {
    const file = written();
    const webhook = JSON.parse(file.content).journey.nodes.find((node: { kind: string }) => node.kind === 'webhook');
    expect(webhook.config.headers).toEqual([
      { name: 'Content-Type', value: 'application/json' },
      { name: 'Authorization', value: '' },
      { name: 'X-Api-Key', value: '' },
    ]);
    expect(webhook.config.url).toBe('https://crm.example.com/api/recovered-carts?api_key=&source=journey&signature=');
    expect(file.content).not.toMatch(/s3cr3t|k-123|hunter2|abc123|crm-user/);
    expect(file.warnings).toEqual([
      'Header "Authorization" of step "Tell the CRM" was left empty: secrets are not exported.',
      'Header "X-Api-Key" of step "Tell the CRM" was left empty: secrets are not exported.',
      'The user name and password in the URL of step "Tell the CRM" were removed: secrets are not exported.',
      'Query parameter "api_key" in the URL of step "Tell the CRM" was left empty: secrets are not exported.',
    ]);
  });

  it('warns about a step naming a template that does not exist, and leaves it out', () => {
    const file = writeJourneyFile({
      journey: sampleJourney(),
      templates: sampleTemplates().filter((t) => t.id !== 'tpl_push_cart'),
      fields: [],
    });
    expect(file.warnings).toContain(
      'Template "tpl_push_cart" is named by a step but does not exist, so the file does not include it.',
    );
    expect(JSON.parse(file.content).fields).toEqual([]);
  });

  it('names the file after the journey, readable on every system', () => {
    const named = (name: string) =>
      writeJourneyFile({ journey: { ...sampleJourney(), name }, templates: [], fields: [] }).fileName;
    expect(named('Welcome series (DE)')).toBe('welcome-series-de.journey.json');
    expect(named('Café crème: été 2025!')).toBe('cafe-creme-ete-2025.journey.json');
    expect(named('../../etc/passwd')).toBe('etc-passwd.journey.json');
    expect(named('<script>')).toBe('script.journey.json');
    expect(named('!!!')).toBe('journey.journey.json');
  });
});
