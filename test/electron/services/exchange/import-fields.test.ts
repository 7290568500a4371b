import { describe, expect, it } from 'vitest';
import { importJourney } from '../../../../electron/services/exchange/import-journey';
import { ApiError } from '../../../../shared/contract/index';
import { MAX_IMPORT_FIELDS } from '../../../../shared/exchange/index';

import { sampleFileData } from '../../../shared/exchange/support/sample-file';
import { useTempDir } from '../../../support/temp-dir';
import { useExchange } from './support/exchange-under-test';

const tempDir = useTempDir();
const exchangeIn = useExchange(tempDir);

function fileWithFields(count: number, keyOf = (index: number) => `extraField${index}`): string {
  const data = sampleFileData();
  data.fields = Array.from({ length: count }, (_, index) => ({
    key: keyOf(index),
    label: `Extra field ${index}`,
    description: '',
    type: 'text',
  }));
  return JSON.stringify(data);
}

/** Milliseconds to import a file with `count` new customer fields into a fresh database. */
function importTime(count: number): number {
  const { ctx } = exchangeIn();
  const content = fileWithFields(count);
  const started = performance.now();
  const result = importJourney(ctx, content);
  const elapsed = performance.now() - started;
  expect(result.fieldsCreated).toHaveLength(count);
  return elapsed;
}

describe('importing a file with many customer fields', () => {
  it('takes time in proportion to the number of fields', () => {
    importTime(2000); // warm up: statements prepared, code compiled
    const best = (count: number) => Math.min(importTime(count), importTime(count), importTime(count));
    const oneThousand = best(1000);
    const twoThousand = best(2000);
    const fiveThousand = best(5000);
    // Generous for a busy machine; the quadratic import took about 13 s for 2,000 fields.
    expect(twoThousand).toBeLessThan(500);
    // Five times the fields: linear work takes about 5 times as long, quadratic work 25 times. The
    // wide gap leaves room for a noisy machine while still catching a quadratic step.
    expect(fiveThousand / oneThousand).toBeLessThan(12);
  });
});

describe('the number of customer fields a file may bring', () => {
  it('is limited, and the refusal names the limit and writes nothing', () => {
    const under = exchangeIn();
    const before = under.counts();
    let error: unknown;
    try {
      importJourney(under.ctx, fileWithFields(MAX_IMPORT_FIELDS + 1));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      code: 'BAD_INPUT',
      issues: [
        {
          path: 'fields',
          message: 'The file has 5,001 customer fields; a journey file can bring at most 5,000.',
        },
      ],
    });
    expect(under.counts()).toEqual(before);
  });
});
