import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/contract/index';
import { secretFormErrors, secretFormFailure } from '../../../renderer/src/settings/secret-form';

describe('the secret form', () => {
  it('names what is wrong with the name and the value before anything is sent', () => {
    expect(secretFormErrors('', '')).toEqual({ name: 'Enter a name', value: 'Enter the value' });
    expect(secretFormErrors('crm token', 'x')).toEqual({
      name: 'Use letters, digits and underscores, starting with a letter (e.g. crm_token)',
    });
    expect(secretFormErrors('crm_token', '   ')).toEqual({ value: 'The value cannot be only spaces' });
    expect(secretFormErrors('crm_token', 'abc')).toEqual({});
    // Replace: the name is fixed, only the value is checked.
    expect(secretFormErrors(null, '')).toEqual({ value: 'Enter the value' });
  });

  it('puts the service’s refusal on the field it names', () => {
    const refusal = new ApiError('BAD_INPUT', 'Invalid input', [{ path: 'name', message: 'At most 100 characters' }]);
    expect(secretFormFailure(refusal)).toEqual({ name: 'At most 100 characters' });
    expect(secretFormFailure(new Error('The data folder is read-only'))).toEqual({
      form: 'The data folder is read-only',
    });
  });
});
