import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { journeyJsonSchema, JOURNEY_JSON_SCHEMA_ID, nodeKinds } from '../../../shared/model/index';

const schemaFile = fileURLToPath(new URL('../../../shared/schema/journey.schema.json', import.meta.url));
const generated = `${JSON.stringify(journeyJsonSchema(), null, 2)}\n`;

describe('journey JSON Schema', () => {
  // `npm run schema` sets UPDATE_SCHEMA=1 to regenerate the committed file instead of checking it.
  if (process.env.UPDATE_SCHEMA === '1') {
    it('writes shared/schema/journey.schema.json', () => {
      writeFileSync(schemaFile, generated);
      expect(readFileSync(schemaFile, 'utf8')).toBe(generated);
    });
    return;
  }

  it('matches the committed shared/schema/journey.schema.json', () => {
    const committed = existsSync(schemaFile) ? readFileSync(schemaFile, 'utf8') : '';
    expect(committed === generated, 'shared/schema/journey.schema.json is out of date: run `npm run schema`').toBe(
      true,
    );
  });

  it('identifies itself and targets JSON Schema 2020-12', () => {
    const schema = journeyJsonSchema();
    expect(schema.$id).toBe(JOURNEY_JSON_SCHEMA_ID);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toBe('Journey Studio journey');
  });

  it('describes the file as written: a node variant per kind, and defaulted fields optional', () => {
    const schema = journeyJsonSchema() as {
      required: string[];
      properties: { nodes: { items: { oneOf: { properties: { kind: { const: string } } }[] } } };
    };
    const kinds = schema.properties.nodes.items.oneOf.map((variant) => variant.properties.kind.const);
    expect(kinds).toEqual(Object.keys(nodeKinds));
    expect(schema.required).toContain('nodes');
    expect(schema.required).not.toContain('notes');
  });
});
