import { useEffect, useState } from 'react';
import { useClient } from '../../../api/client-context';
import { hrefFor } from '../../../app/route';

/** Names of the secrets a journey may use (those of Settings → Secrets), kept current. */
function useSecretNames(): string[] | null {
  const client = useClient();
  const [names, setNames] = useState<string[] | null>(null);
  useEffect(() => {
    const load = () =>
      void client.secrets.list().then(
        (secrets) => setNames(secrets.filter((secret) => !secret.managed).map((secret) => secret.name)),
        () => setNames([]),
      );
    load();
    return client.on('secretsChanged', load);
  }, [client]);
  return names;
}

/** "Use a stored secret…": puts `{{ secrets.NAME }}` where a credential would otherwise be typed. */
export function StoredSecretSelect({ label, onPick }: { label: string; onPick(name: string): void }) {
  const names = useSecretNames();
  if (names === null) return null;
  if (names.length === 0)
    return (
      <p className="muted">
        Tokens and passwords belong in <a href={hrefFor({ page: 'settings' })}>Settings → Secrets</a>; use one here as{' '}
        <code>{'{{ secrets.NAME }}'}</code>.
      </p>
    );
  return (
    <select
      aria-label={label}
      value=""
      onChange={(event) => {
        if (event.target.value !== '') onPick(event.target.value);
      }}
    >
      <option value="">Use a stored secret…</option>
      {names.map((name) => (
        <option key={name} value={name}>
          {name}
        </option>
      ))}
    </select>
  );
}
