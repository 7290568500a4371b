import { useDeferredValue, useEffect, useState } from 'react';
import { CHANNELS, type Channel } from '../../../shared/model/index';
import { OUTBOX_STATUSES, type JourneySummary } from '../../../shared/contract/index';
import { useClient } from '../api/client-context';
import { SenderNotice } from '../ui/SenderNotice';
import { OutboxList } from './OutboxList';
import { OutboxMessageView } from './OutboxMessageView';
import { useOutboxPages, type OutboxView } from './use-outbox-pages';
import '../templates/templates.css';
import './outbox.css';

const STATUS_LABELS: Record<(typeof OUTBOX_STATUSES)[number], string> = {
  unopened: 'Not opened',
  opened: 'Opened',
  clicked: 'Clicked',
};

/**
 * Every message the local sender stored, newest first, each shown as its recipient sees it;
 * `messageId` opens one (a test send's link).
 */
export function OutboxPage({ messageId }: { messageId?: string }) {
  const client = useClient();
  const [search, setSearch] = useState('');
  const [channel, setChannel] = useState<Channel | ''>('');
  const [status, setStatus] = useState<(typeof OUTBOX_STATUSES)[number] | ''>('');
  const [journeyId, setJourneyId] = useState('');
  const [journeys, setJourneys] = useState<JourneySummary[]>([]);
  const [selectedId, setSelectedId] = useState<string | null>(messageId ?? null);
  const deferredSearch = useDeferredValue(search.trim());
  const view: OutboxView = {
    ...(deferredSearch ? { search: deferredSearch } : {}),
    ...(channel ? { channel } : {}),
    ...(status ? { status } : {}),
    ...(journeyId ? { journeyId } : {}),
  };
  const rows = useOutboxPages(view);

  useEffect(() => {
    let current = true;
    client.journeys.list().then(
      (list) => current && setJourneys(list),
      () => current && setJourneys([]),
    );
    return () => {
      current = false;
    };
  }, [client]);

  return (
    <main className="page outbox">
      <header className="page-header">
        <h1>Outbox</h1>
        <span className="muted" role="status">
          {rows.total === null ? 'Loading…' : `${rows.total} message${rows.total === 1 ? '' : 's'}`}
        </span>
        <button type="button" className="button" onClick={rows.refresh}>
          Refresh
        </button>
      </header>
      <SenderNotice />
      <div className="outbox-filters" role="search">
        <input
          type="search"
          className="input"
          aria-label="Search the outbox"
          placeholder="Recipient, contact, journey, subject…"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <label>
          Channel{' '}
          <select value={channel} onChange={(event) => setChannel(event.target.value as Channel | '')}>
            <option value="">All</option>
            {CHANNELS.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Status{' '}
          <select value={status} onChange={(event) => setStatus(event.target.value as typeof status)}>
            <option value="">All</option>
            {OUTBOX_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Journey{' '}
          <select value={journeyId} onChange={(event) => setJourneyId(event.target.value)}>
            <option value="">All</option>
            {journeys.map((j) => (
              <option key={j.id} value={j.id}>
                {j.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {rows.error && (
        <div role="alert" className="error-panel">
          <p>The outbox could not be loaded: {rows.error}</p>
          <button type="button" className="button" onClick={rows.refresh}>
            Try again
          </button>
        </div>
      )}
      <div className="outbox-body">
        {rows.total === 0 ? (
          <p className="placeholder outbox-empty">
            {Object.keys(view).length
              ? 'No message matches.'
              : 'The outbox is empty. Messages appear here when an active journey sends them.'}
          </p>
        ) : (
          <OutboxList rows={rows} selectedId={selectedId} onSelect={setSelectedId} />
        )}
        <div className="outbox-detail">
          {selectedId ? (
            <OutboxMessageView key={selectedId} id={selectedId} onChanged={rows.replace} />
          ) : (
            <p className="placeholder">Choose a message to see it as its recipient does.</p>
          )}
        </div>
      </div>
    </main>
  );
}
