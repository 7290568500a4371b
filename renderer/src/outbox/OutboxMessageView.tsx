import { useEffect, useMemo, useState } from 'react';
import { channelLabel } from '../../../shared/model/index';
import type { OutboxMessage, OutboxMessageSummary } from '../../../shared/contract/index';
import { useClient } from '../api/client-context';
import { hrefFor } from '../app/route';
import { messageOf } from '../store/message-of';
import { linksIn } from './message-content';
import { MessageLinks } from './MessageLinks';
import { OutboxPreview } from './OutboxPreview';

const time = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : '—');

/** One message: how it looks, where it came from, how it was sent; clicks and opens are recorded here. */
export function OutboxMessageView({ id, onChanged }: { id: string; onChanged(row: OutboxMessageSummary): void }) {
  const client = useClient();
  const [message, setMessage] = useState<OutboxMessage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [recorded, setRecorded] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    client.outbox.get({ id }).then(
      (found) => current && setMessage(found),
      (cause: unknown) => current && setError(messageOf(cause)),
    );
    return () => {
      current = false;
    };
  }, [client, id]);

  const links = useMemo(() => (message ? linksIn(message.rendered.output) : []), [message]);

  if (error)
    return (
      <p role="alert" className="error-panel">
        The message could not be loaded: {error}
      </p>
    );
  if (!message || message.id !== id) return <p className="placeholder">Loading the message…</p>;

  const update = (change: { openedAt: string | null; clickedAt: string | null }) => {
    const next = { ...message, openedAt: change.openedAt, clickedAt: change.clickedAt };
    setMessage(next);
    onChanged(next);
  };
  const recordClick = (url: string) => {
    if (!/^(https?:\/\/|mailto:)/i.test(url)) {
      setRecorded(`Not recorded: "${url}" is not a web or mail link.`);
      return;
    }
    client.outbox.recordClick({ id, url }).then(
      (result) => {
        update(result);
        setRecorded(`Click on ${url} recorded for ${message.contactId ?? 'this message'}.`);
      },
      (cause: unknown) => setRecorded(`The click could not be recorded: ${messageOf(cause)}`),
    );
  };
  const recordOpen = () =>
    client.outbox.recordOpen({ id }).then(
      (result) => {
        update(result);
        setRecorded(`Open recorded for ${message.contactId ?? 'this message'}.`);
      },
      (cause: unknown) => setRecorded(`The open could not be recorded: ${messageOf(cause)}`),
    );

  return (
    <article className="outbox-message" aria-label="Outbox message">
      <header className="outbox-message-header">
        <h2>{message.headline || channelLabel(message.channel)}</h2>
        <button type="button" className="button small" onClick={() => void recordOpen()} disabled={!!message.openedAt}>
          {message.openedAt ? 'Opened' : 'Record open'}
        </button>
      </header>
      <dl className="outbox-facts">
        <dt>To</dt>
        <dd>
          {message.recipient} ({channelLabel(message.channel)})
        </dd>
        <dt>Journey</dt>
        <dd>
          {message.journeyId ? (
            <a
              href={hrefFor({
                page: 'editor',
                journeyId: message.journeyId,
                version: message.version ?? undefined,
                focus: message.nodeId ?? undefined,
              })}
            >
              {message.journeyName ?? message.journeyId}
            </a>
          ) : (
            'None (a test send)'
          )}
          {message.version !== null && ` · version ${message.version}`}
        </dd>
        <dt>Step</dt>
        <dd>{message.nodeId ? `${message.stepLabel ?? 'Unknown step'} (${message.nodeId})` : '—'}</dd>
        <dt>Contact</dt>
        <dd>
          {message.contact
            ? [message.contact.customerId, message.contact.email, message.contact.phone].filter(Boolean).join(' · ') +
              (message.contact.exists ? '' : ' (deleted since)')
            : '—'}
        </dd>
        <dt>Stored</dt>
        <dd>{time(message.createdAt)}</dd>
        <dt>Opened</dt>
        <dd data-testid="opened-at">{time(message.openedAt)}</dd>
        <dt>Clicked</dt>
        <dd data-testid="clicked-at">{time(message.clickedAt)}</dd>
        <dt>Idempotency key</dt>
        <dd>
          <code>{message.idempotencyKey}</code>
        </dd>
      </dl>
      {recorded && (
        <p role="status" className="outbox-recorded">
          {recorded}
        </p>
      )}
      <OutboxPreview message={message} onLinkClick={recordClick} />
      <MessageLinks links={links} onClick={recordClick} />
      <section aria-label="Attempts">
        <h3>Attempts</h3>
        {message.fallbacksTaken.length > 0 && (
          <p className="outbox-fallbacks">
            Fell back to:{' '}
            {message.fallbacksTaken.map((f) => `${f.channel} (fallback ${f.fallbackIndex}, ${f.status})`).join(', ')}
          </p>
        )}
        {message.attempts.length === 0 ? (
          <p className="muted">No attempts recorded for this message.</p>
        ) : (
          <table className="outbox-attempts">
            <thead>
              <tr>
                <th>Time</th>
                <th>Channel</th>
                <th>Fallback</th>
                <th>Attempt</th>
                <th>Provider</th>
                <th>Status</th>
                <th>Error</th>
              </tr>
            </thead>
            <tbody>
              {message.attempts.map((a) => (
                <tr key={`${a.idempotencyKey}#${a.attempt}`} aria-current={a.thisMessage ? 'true' : undefined}>
                  <td>{time(a.createdAt)}</td>
                  <td>{a.channel}</td>
                  <td>{a.fallbackIndex === 0 ? 'Main' : `#${a.fallbackIndex}`}</td>
                  <td>{a.attempt}</td>
                  <td>{a.provider}</td>
                  <td>{a.status}</td>
                  <td>{a.error ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </article>
  );
}
