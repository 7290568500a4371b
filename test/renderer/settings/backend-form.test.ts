import { describe, expect, it } from 'vitest';
import type { BackendView } from '../../../shared/contract/index';
import { backendFormErrors, backendInput, backendValues } from '../../../renderer/src/settings/backend-form';

const saved: BackendView = {
  id: 'b1',
  name: 'Team server',
  baseUrl: 'https://journeys.example.com/',
  tlsVerify: false,
  timeoutSeconds: 12,
  keyHint: 'wxyz',
  warnings: [],
  updatedAt: '2026-05-01T10:00:00.000Z',
};

describe('the backend form', () => {
  it('starts from the saved profile with the key left empty (the stored one is kept), or from the defaults', () => {
    expect(backendValues(saved)).toEqual({
      name: 'Team server',
      baseUrl: 'https://journeys.example.com/',
      apiKey: '',
      tlsVerify: false,
      timeoutSeconds: '12',
    });
    expect(backendValues(null)).toEqual({ name: '', baseUrl: '', apiKey: '', tlsVerify: true, timeoutSeconds: '30' });
  });

  it('sends whole seconds, and names a timeout that is not one', () => {
    expect(backendInput('b1', { ...backendValues(saved), timeoutSeconds: ' 45 ' })).toEqual({
      input: {
        id: 'b1',
        name: 'Team server',
        baseUrl: 'https://journeys.example.com/',
        apiKey: '',
        tlsVerify: false,
        timeoutSeconds: 45,
      },
    });
    expect(backendInput(undefined, { ...backendValues(null), timeoutSeconds: '2.5' })).toEqual({
      errors: { fields: { timeoutSeconds: 'Enter the timeout as whole seconds, e.g. 30' }, form: [] },
    });
    expect('id' in (backendInput(undefined, backendValues(null)) as { input: object }).input).toBe(false);
  });

  it('puts each refusal beside its field, the rest above the buttons', () => {
    expect(
      backendFormErrors(
        [
          { path: 'baseUrl', message: 'Not a URL' },
          { path: 'apiKey', message: 'Enter the API key' },
          { path: '', message: 'Something else' },
        ],
        'Refused',
      ),
    ).toEqual({ fields: { baseUrl: 'Not a URL', apiKey: 'Enter the API key' }, form: ['Something else'] });
    expect(backendFormErrors(undefined, 'The backend could not be saved')).toEqual({
      fields: {},
      form: ['The backend could not be saved'],
    });
  });
});
