import { useEffect, useState, type FormEvent } from 'react';
import { useClient } from '../api/client-context';
import { messageOf } from '../store/message-of';
import { useAppStore } from '../store/app-store';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { formatEdited } from '../ui/format-time';
import { SendTestEventDialog } from './SendTestEventDialog';

interface KeyView {
  hint: string;
  createdAt: string;
  /** Only right after it was created or regenerated: just a digest is stored. */
  key?: string;
}

/** Where the events API answers: this server in browser mode; the configured port in the desktop app. */
function endpointOf(host: 'electron' | 'browser', desktopPort: number | null): string | null {
  if (host === 'browser') return `${window.location.origin}/api/v1/events`;
  return desktopPort === null ? null : `http://127.0.0.1:${desktopPort}/api/v1/events`;
}

function curlExample(endpoint: string, key: string | undefined): string {
  return [
    `curl -X POST ${endpoint} \\`,
    `  -H 'Authorization: Bearer ${key ?? '<your API key>'}' \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  -d '{"customerId":"c-1001","name":"order.shipped","properties":{"orderId":"A-17"}}'`,
  ].join('\n');
}

/** Settings → API: the events API's address, its key (created on first visit) and a test event. */
export function ApiSection() {
  const client = useClient();
  const notify = useAppStore((s) => s.notify);
  const [key, setKey] = useState<KeyView | null>(null);
  const [desktopPort, setDesktopPort] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [sending, setSending] = useState(false);

  useEffect(() => {
    Promise.all([client.eventsApi.ensureKey(), client.eventsApi.status()]).then(
      ([found, status]) => {
        // A second look at the same key (a remount) has only its hint: keep showing the key itself.
        setKey((shown) => (shown?.key !== undefined && shown.hint === found.hint ? shown : found));
        setDesktopPort(status.desktopPort);
      },
      (failure: unknown) => setError(messageOf(failure)),
    );
  }, [client]);

  async function regenerate() {
    setKey(await client.eventsApi.regenerateKey());
    notify('info', 'A new API key was made; the old one no longer works.');
  }

  async function copy(text: string) {
    try {
      await navigator.clipboard.writeText(text);
      notify('info', 'Copied the API key.');
    } catch {
      notify('error', 'The key could not be copied; select it and copy it by hand.');
    }
  }

  const endpoint = endpointOf(client.host, desktopPort);
  return (
    <section className="settings-section" aria-labelledby="settings-api">
      <h2 id="settings-api">API</h2>
      <p className="muted">
        Shop systems and scripts send events (an order shipped, a cart abandoned) to start and move journeys.
      </p>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      <dl className="settings-facts">
        <dt>Events endpoint</dt>
        <dd>
          {endpoint ? <code data-testid="events-endpoint">POST {endpoint}</code> : <span>Off in the desktop app</span>}
        </dd>
        <dt>API key</dt>
        <dd>
          {key === null ? (
            <span className="muted">Loading…</span>
          ) : key.key ? (
            <div className="api-key-new">
              <code data-testid="api-key">{key.key}</code>
              <button type="button" className="button small" onClick={() => void copy(key.key!)}>
                Copy
              </button>
              <p className="muted">
                Copy it now: only a digest of the key is kept, so it cannot be shown again. Use it as “Authorization:
                Bearer …”.
              </p>
            </div>
          ) : (
            <span>
              <code data-testid="api-key-hint">{key.hint}</code>{' '}
              <span className="muted">
                created {formatEdited(key.createdAt)}; it cannot be shown again — regenerate it if it is lost.
              </span>
            </span>
          )}
        </dd>
      </dl>
      <div className="settings-actions">
        <button type="button" className="button" onClick={() => setConfirming(true)} disabled={key === null}>
          Regenerate key…
        </button>
        <button type="button" className="button" onClick={() => setSending(true)}>
          Send test event…
        </button>
      </div>
      {endpoint && (
        <pre className="settings-example" aria-label="Example request">
          {curlExample(endpoint, key?.key)}
        </pre>
      )}
      {client.host === 'electron' && (
        <DesktopPortForm key={String(desktopPort)} port={desktopPort} onSaved={setDesktopPort} />
      )}
      <ConfirmDialog
        open={confirming}
        title="Regenerate the API key?"
        description="The current key stops working at once: every system using it must be given the new one."
        confirmLabel="Regenerate"
        onOpenChange={setConfirming}
        onConfirm={regenerate}
      />
      <SendTestEventDialog open={sending} onOpenChange={setSending} />
    </section>
  );
}

/** The desktop app serves the events API only when a port is set, and only on 127.0.0.1. */
function DesktopPortForm({ port, onSaved }: { port: number | null; onSaved(port: number | null): void }) {
  const client = useClient();
  const [text, setText] = useState(port === null ? '' : String(port));
  const [error, setError] = useState<string | null>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    const trimmed = text.trim();
    const wanted = trimmed === '' ? null : Number(trimmed);
    if (wanted !== null && !/^\d+$/.test(trimmed)) {
      setError('Enter a port number from 1024 to 65535, or leave it empty to turn the events API off.');
      return;
    }
    try {
      const status = await client.eventsApi.setDesktopPort({ port: wanted });
      setError(null);
      onSaved(status.desktopPort);
    } catch (failure) {
      setError(messageOf(failure));
    }
  }

  return (
    <form className="settings-port" onSubmit={save}>
      <label className="field">
        <span className="field-label">Events API port (127.0.0.1 only; empty is off)</span>
        <input
          inputMode="numeric"
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-invalid={error ? true : undefined}
        />
      </label>
      <button type="submit" className="button">
        Save port
      </button>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </form>
  );
}
