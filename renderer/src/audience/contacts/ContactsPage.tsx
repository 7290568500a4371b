import { useDeferredValue, useState } from 'react';
import type { Contact } from '../../../../shared/audience/index';
import type { Filter } from '../../../../shared/model/index';
import { useClient } from '../../api/client-context';
import { useAppStore } from '../../store/app-store';
import { messageOf } from '../../store/message-of';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ImportWizard } from '../import/ImportWizard';
import { useCustomerFields } from '../use-audience-data';
import { CONTACT_COLUMNS, customColumns, type SortState } from './contact-columns';
import { ColumnChooser } from './ColumnChooser';
import { ContactDetail } from './ContactDetail';
import { ContactDialog } from './ContactDialog';
import { ContactFilterPanel } from './ContactFilterPanel';
import { ContactsGrid } from './ContactsGrid';
import { exportContactsCsv, exportNotice } from './export-contacts';
import { ListsPanel } from './ListsPanel';
import { SelectionActions } from './SelectionActions';
import { useChosenColumns } from './use-chosen-columns';
import { useContactRows } from './use-contact-rows';
import '../audience.css';

type Editing = null | { kind: 'add' } | { kind: 'edit'; contact: Contact };

/** All contacts in a virtualised table, with search, sort, lists, a filter, details, import and export. */
export function ContactsPage() {
  const client = useClient();
  const notify = useAppStore((s) => s.notify);
  const { fields } = useCustomerFields();
  const [importing, setImporting] = useState(false);
  const [search, setSearch] = useState('');
  // Typing stays responsive: the table asks for the new search when React has time.
  const deferredSearch = useDeferredValue(search.trim());
  const [listId, setListId] = useState<string | null>(null);
  const [filter, setFilter] = useState<Filter | null>(null);
  const [filterOpen, setFilterOpen] = useState(false);
  const [sort, setSort] = useState<SortState>(undefined);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<string[] | null>(null);
  const [version, setVersion] = useState(0);
  const [exporting, setExporting] = useState(false);
  const [chosenColumns, setChosenColumns] = useChosenColumns();

  const rows = useContactRows({
    ...(deferredSearch ? { search: deferredSearch } : {}),
    ...(listId ? { listId } : {}),
    ...(filter ? { filter } : {}),
    ...(sort ? { sort } : {}),
  });

  function check(customerId: string, on: boolean) {
    const next = new Set(checked);
    if (on) next.add(customerId);
    else next.delete(customerId);
    setChecked(next);
  }

  async function exportCsv() {
    setExporting(true);
    try {
      const notice = exportNotice(
        await exportContactsCsv(client, { ...(listId ? { listId } : {}), ...(filter ? { filter } : {}) }),
      );
      if (notice) notify('info', notice);
    } catch (error) {
      notify('error', messageOf(error));
    } finally {
      setExporting(false);
    }
  }

  if (importing) return <ImportWizard onClose={() => setImporting(false)} />;

  const showing =
    rows.total === null ? 'Counting…' : `${rows.total.toLocaleString()} ${rows.total === 1 ? 'contact' : 'contacts'}`;
  return (
    <main className="page contacts">
      <header className="page-header">
        <h1>Contacts</h1>
        <button type="button" className="button primary" onClick={() => setImporting(true)}>
          Import CSV
        </button>
        <button type="button" className="button" onClick={() => setEditing({ kind: 'add' })}>
          + Add contact
        </button>
        <button type="button" className="button" disabled={exporting} onClick={() => void exportCsv()}>
          {exporting ? 'Exporting…' : 'Export CSV'}
        </button>
      </header>
      <div className={selectedId ? 'contacts-page' : 'contacts-page no-detail'}>
        <aside className="contacts-side">
          <ListsPanel selectedListId={listId} onSelect={setListId} />
        </aside>
        <div className="contacts-main">
          <div className="contacts-toolbar">
            <input
              type="search"
              aria-label="Search contacts"
              placeholder="Search by customerId, email or phone"
              value={search}
              onChange={(event) => setSearch(event.target.value)}
            />
            <button
              type="button"
              className="button"
              aria-expanded={filterOpen}
              onClick={() => setFilterOpen(!filterOpen)}
            >
              {filter ? 'Filter (on)' : 'Filter'}
            </button>
            <ColumnChooser fields={fields} chosen={chosenColumns} onChange={setChosenColumns} />
            <p role="status" className="muted journey-count">
              {showing}
            </p>
          </div>
          {filterOpen && <ContactFilterPanel fields={fields} applied={filter} onApply={setFilter} />}
          {checked.size > 0 && (
            <SelectionActions
              selected={[...checked]}
              currentListId={listId}
              onDelete={() => setDeleting([...checked])}
              onDone={() => setChecked(new Set())}
            />
          )}
          {rows.error && (
            <p role="alert" className="error-panel">
              The contacts could not be loaded: {rows.error}
            </p>
          )}
          <ContactsGrid
            rows={rows}
            columns={[...CONTACT_COLUMNS, ...customColumns(fields, chosenColumns)]}
            sort={sort}
            onSort={setSort}
            selectedId={selectedId}
            onSelect={setSelectedId}
            checked={checked}
            onCheck={check}
          />
        </div>
        {selectedId && (
          <aside className="contacts-side">
            <ContactDetail
              customerId={selectedId}
              fields={fields}
              version={version}
              onEdit={(contact) => setEditing({ kind: 'edit', contact })}
              onDelete={(contact) => setDeleting([contact.customerId])}
              onClose={() => setSelectedId(null)}
            />
          </aside>
        )}
      </div>

      {editing && (
        <ContactDialog
          fields={fields}
          contact={editing.kind === 'edit' ? editing.contact : undefined}
          onClose={() => setEditing(null)}
          onSaved={(contact) => {
            setVersion((n) => n + 1);
            setSelectedId(contact.customerId);
            rows.refresh();
          }}
        />
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={deleting?.length === 1 ? `Delete ${deleting[0]}?` : `Delete ${deleting?.length ?? 0} contacts?`}
        description="They are removed from every list. This cannot be undone."
        confirmLabel="Delete"
        onOpenChange={(open) => !open && setDeleting(null)}
        onConfirm={async () => {
          if (!deleting) return;
          await client.contacts.delete({ customerIds: deleting });
          if (selectedId && deleting.includes(selectedId)) setSelectedId(null);
          setChecked(new Set());
          rows.refresh();
        }}
      />
    </main>
  );
}
