import { describe, expect, it } from 'vitest';
import { withSecretReference } from '../../../renderer/src/editor/kinds/webhook/secret-value';

describe('using a stored secret in a header', () => {
  it('keeps the scheme in front of the credential and replaces the rest', () => {
    expect(withSecretReference('Bearer abc123', 'crm_token')).toBe('Bearer {{ secrets.crm_token }}');
    expect(withSecretReference('  basic dXNlcjpwdw==', 'login')).toBe('basic {{ secrets.login }}');
    expect(withSecretReference('', 'crm_token')).toBe('{{ secrets.crm_token }}');
    expect(withSecretReference('sha256=00ff', 'hub')).toBe('{{ secrets.hub }}');
  });
});
