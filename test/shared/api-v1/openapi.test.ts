import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { JOURNEY_API_OPERATIONS, journeyApiOpenApi } from '../../../shared/api-v1/journeys';

const documentFile = fileURLToPath(new URL('../../../shared/api-v1/openapi.json', import.meta.url));
const generated = `${JSON.stringify(journeyApiOpenApi('1'), null, 2)}\n`;

describe('journey API OpenAPI document', () => {
  // `npm run openapi` sets UPDATE_OPENAPI=1 to regenerate the committed file instead of checking it.
  if (process.env.UPDATE_OPENAPI === '1') {
    it('writes shared/api-v1/openapi.json', () => {
      writeFileSync(documentFile, generated);
      expect(readFileSync(documentFile, 'utf8')).toBe(generated);
    });
    return;
  }

  it('matches the committed shared/api-v1/openapi.json', () => {
    const committed = existsSync(documentFile) ? readFileSync(documentFile, 'utf8') : '';
    expect(committed === generated, 'shared/api-v1/openapi.json is out of date: run `npm run openapi`').toBe(true);
  });

  it('is OpenAPI 3.1 with every operation, an Idempotency-Key on each mutating one and problem details for errors', () => {
    const document = JSON.parse(generated) as {
      openapi: string;
      paths: Record<
        string,
        Record<
          string,
          {
            parameters?: { name: string; required: boolean }[];
            responses: Record<string, { content: Record<string, unknown> }>;
          }
        >
      >;
    };
    expect(document.openapi).toBe('3.1.0');
    for (const operation of JOURNEY_API_OPERATIONS) {
      const described = document.paths[operation.path]?.[operation.method];
      expect(described, `${operation.method} ${operation.path}`).toBeDefined();
      const idempotency = described!.parameters?.find((parameter) => parameter.name === 'Idempotency-Key');
      expect(idempotency?.required ?? false).toBe(operation.mutating);
      for (const status of operation.errors)
        expect(Object.keys(described!.responses[String(status)]!.content)).toEqual(['application/problem+json']);
    }
  });
});
