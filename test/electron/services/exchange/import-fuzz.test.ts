import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../shared/contract/index';
import { JourneySchema } from '../../../../shared/model/index';
import { mutatedFiles } from '../../../shared/exchange/support/mutations';
import { sampleFileText } from '../../../shared/exchange/support/sample-file';
import { useTempDir } from '../../../support/temp-dir';
import { seedSample, useExchange } from './support/exchange-under-test';

const tempDir = useTempDir();
const exchangeIn = useExchange(tempDir);
const FILES = 300;

describe('exchange.import on damaged files', () => {
  it(`imports or refuses each of ${FILES} mutated files through SQLite, refusals writing nothing`, async () => {
    const target = exchangeIn();
    seedSample(target);
    let imported = 0;
    for (const { index, text } of mutatedFiles(sampleFileText(), FILES, 7)) {
      const before = target.counts();
      let result;
      try {
        result = await target.exchange.import({ content: text });
      } catch (error) {
        if (!(error instanceof ApiError))
          throw new Error(`File ${index} made the import fail with ${String(error)}`, { cause: error });
        expect(['BAD_INPUT', 'TOO_LARGE'], `file ${index}: ${error.message}`).toContain(error.code);
        expect(error.message.trim(), `file ${index}`).not.toBe('');
        expect(target.counts(), `file ${index}`).toEqual(before);
        continue;
      }
      const stored = target.ctx.store.journeys.require(result.journey.id).journey;
      expect(() => JourneySchema.parse(stored), `file ${index}`).not.toThrow();
      expect(stored.status, `file ${index}`).toBe('draft');
      expect(target.counts().journeys, `file ${index}`).toBe(before.journeys + 1);
      imported++;
    }
    expect(imported).toBeGreaterThan(FILES / 20);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 120_000);
});
