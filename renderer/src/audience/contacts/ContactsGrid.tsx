import { useEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { gridTemplate, nextSort, type ContactColumn, type SortState } from './contact-columns';
import type { ContactRows } from './use-contact-rows';

const ROW_HEIGHT = 32;

interface ContactsGridProps {
  rows: ContactRows;
  columns: readonly ContactColumn[];
  sort: SortState;
  onSort(sort: SortState): void;
  selectedId: string | null;
  onSelect(customerId: string): void;
  checked: ReadonlySet<string>;
  onCheck(customerId: string, checked: boolean): void;
}

/**
 * The contacts as a virtualised grid: only the rows in view exist in the DOM, and only their pages
 * are fetched, so a million contacts scroll like a hundred.
 */
export function ContactsGrid({
  rows,
  columns,
  sort,
  onSort,
  selectedId,
  onSelect,
  checked,
  onCheck,
}: ContactsGridProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const total = rows.total ?? 0;
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser's methods are used in this render only
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 20,
  });
  const items = virtualizer.getVirtualItems();
  const template = gridTemplate(columns);
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;
  useEffect(() => rows.ensure(first, last), [rows, first, last]);

  return (
    <div ref={scroller} className="contacts-grid" role="grid" aria-label="Contacts" aria-rowcount={total + 1}>
      <div role="row" aria-rowindex={1} className="contacts-grid-header" style={{ gridTemplateColumns: template }}>
        <span role="columnheader" className="contacts-grid-cell">
          <span className="visually-hidden">Selected</span>
        </span>
        {columns.map((column) => (
          <span
            key={column.key}
            role="columnheader"
            aria-sort={sort?.field === column.key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
          >
            <button type="button" onClick={() => onSort(nextSort(sort, column.key))}>
              {column.label}
              {sort?.field === column.key ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}
            </button>
          </span>
        ))}
      </div>
      <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          const contact = rows.rowAt(item.index);
          return (
            <div
              key={item.key}
              role="row"
              aria-rowindex={item.index + 2}
              aria-selected={contact !== undefined && contact.customerId === selectedId}
              className="contacts-grid-row"
              style={{ gridTemplateColumns: template, top: item.start, height: ROW_HEIGHT }}
              onClick={() => contact && onSelect(contact.customerId)}
            >
              {contact === undefined ? (
                <span role="gridcell" className="contacts-grid-cell muted" style={{ gridColumn: '1 / -1' }}>
                  Loading…
                </span>
              ) : (
                <>
                  <span role="gridcell" className="contacts-grid-cell" onClick={(event) => event.stopPropagation()}>
                    <input
                      type="checkbox"
                      aria-label={`Select ${contact.customerId}`}
                      checked={checked.has(contact.customerId)}
                      onChange={(event) => onCheck(contact.customerId, event.target.checked)}
                    />
                  </span>
                  {columns.map((column) => (
                    <span key={column.key} role="gridcell" className="contacts-grid-cell" title={column.text(contact)}>
                      {column.text(contact)}
                    </span>
                  ))}
                </>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
