import { useEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { channelLabel } from '../../../shared/model/index';
import type { OutboxRows } from './use-outbox-pages';

const ROW_HEIGHT = 64;

function when(iso: string): string {
  return new Date(iso).toLocaleString();
}

/** The messages as a virtualised list: only the rows in view exist, and older pages load on the way down. */
export function OutboxList({
  rows,
  selectedId,
  onSelect,
}: {
  rows: OutboxRows;
  selectedId: string | null;
  onSelect(id: string): void;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const { items } = rows;
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser's methods are used in this render only
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const visible = virtualizer.getVirtualItems();
  const last = visible[visible.length - 1]?.index ?? -1;
  useEffect(() => {
    if (last >= items.length - 20) rows.loadMore();
  }, [last, items.length, rows]);

  return (
    <div ref={scroller} className="outbox-list" role="listbox" aria-label="Outbox messages">
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {visible.map((item) => {
          const message = items[item.index]!;
          return (
            <div
              key={message.id}
              role="option"
              aria-selected={message.id === selectedId}
              tabIndex={message.id === selectedId ? 0 : -1}
              className="outbox-row"
              style={{ top: item.start, height: ROW_HEIGHT }}
              onClick={() => onSelect(message.id)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') onSelect(message.id);
              }}
            >
              <div className="outbox-row-line">
                <span className={`channel-badge ${message.channel}`}>{channelLabel(message.channel)}</span>
                <span className="outbox-recipient">{message.recipient}</span>
                {message.clickedAt ? (
                  <span className="outbox-state clicked">Clicked</span>
                ) : message.openedAt ? (
                  <span className="outbox-state opened">Opened</span>
                ) : null}
                {message.isTest && <span className="outbox-state">Test</span>}
                <time className="muted" dateTime={message.createdAt}>
                  {when(message.createdAt)}
                </time>
              </div>
              <div className="outbox-headline">{message.headline || <span className="muted">(no text)</span>}</div>
              <div className="outbox-row-journey muted">
                {message.journeyName ?? (message.journeyId ? message.journeyId : 'No journey')}
                {message.nodeId ? ` · ${message.nodeId}` : ''}
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}
