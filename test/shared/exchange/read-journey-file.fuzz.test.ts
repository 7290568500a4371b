import { describe, expect, it } from 'vitest';
import { CustomFieldSchema } from '../../../shared/audience/index';
import { JourneyFileError, readJourneyFile } from '../../../shared/exchange/index';
import { JourneySchema } from '../../../shared/model/index';
import { TemplateSchema } from '../../../shared/templates/index';
import { mutatedFiles } from './support/mutations';
import { sampleFileText } from './support/sample-file';

const FILES = 3000;

describe('readJourneyFile on damaged files', () => {
  it(`reads or refuses clearly each of ${FILES} mutated files, never anything else`, () => {
    const outcomes = { read: 0, refused: 0 };
    const codes = new Set<string>();
    for (const { index, text } of mutatedFiles(sampleFileText(), FILES, 20250301)) {
      let file;
      try {
        file = readJourneyFile(text);
      } catch (error) {
        if (!(error instanceof JourneyFileError))
          throw new Error(`File ${index} made the reader fail with ${String(error)}`, { cause: error });
        expect(['BAD_INPUT', 'TOO_LARGE'], `file ${index}`).toContain(error.code);
        expect(error.message.trim(), `file ${index}`).not.toBe('');
        expect(error.issues.length, `file ${index}`).toBeGreaterThan(0);
        for (const issue of error.issues)
          expect(typeof issue.path === 'string' && issue.message.trim() !== '', `file ${index}`).toBe(true);
        codes.add(error.code);
        outcomes.refused++;
        continue;
      }
      expect(() => JourneySchema.parse(file.journey), `file ${index}`).not.toThrow();
      for (const template of file.templates)
        expect(() => TemplateSchema.parse(template), `file ${index}`).not.toThrow();
      for (const field of file.fields) expect(() => CustomFieldSchema.parse(field), `file ${index}`).not.toThrow();
      outcomes.read++;
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // Both outcomes happen, so the mutations neither all break the file nor all miss.
    expect(outcomes.read).toBeGreaterThan(FILES / 20);
    expect(outcomes.refused).toBeGreaterThan(FILES / 2);
    expect([...codes].sort()).toEqual(['BAD_INPUT', 'TOO_LARGE']);
  }, 120_000);
});
