import { secretReference } from '../../../../../shared/secrets/secret-references';

/** A header value using the stored secret `name`, keeping the scheme in front of it (`Bearer {{ secrets.crm }}`). */
export function withSecretReference(value: string, name: string): string {
  const scheme = /^\s*(?:Bearer|Basic|Digest|Token|Bot)\s+/i.exec(value)?.[0]?.trimStart() ?? '';
  return `${scheme}${secretReference(name)}`;
}
