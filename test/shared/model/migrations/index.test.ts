import { describe, it, expect } from 'vitest';
import { MIGRATION_STEPS } from '../../../../shared/model/migrations/index';
import { CURRENT_SCHEMA_VERSION } from '../../../../shared/model/index';

describe('migration steps', () => {
  it('form one unbroken chain from version 1 up to the current version', () => {
    expect(MIGRATION_STEPS.map((step) => [step.from, step.to])).toEqual(
      Array.from({ length: CURRENT_SCHEMA_VERSION - 1 }, (_, index) => [index + 1, index + 2]),
    );
  });
});
