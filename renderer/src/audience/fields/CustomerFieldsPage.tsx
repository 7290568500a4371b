import { useState } from 'react';
import { FIELD_TYPE_LABELS } from '../../../../shared/audience/index';
import { useClient } from '../../api/client-context';
import type { FieldListing } from '../../store/audience-slice';
import { useAppStore } from '../../store/app-store';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { NameDialog } from '../../ui/NameDialog';
import { useCustomerFields } from '../use-audience-data';
import { describeUsage } from './choice-options';
import { FieldDialog, type FieldDraft } from './FieldDialog';
import '../audience.css';

type Pending =
  | null
  | { kind: 'create' }
  | { kind: 'edit'; field: FieldListing }
  | { kind: 'rename'; field: FieldListing }
  | { kind: 'delete'; field: FieldListing; usedBy: string[] };

/** Settings → Customer fields: the built-in fields, and the project's own that can be defined and changed. */
export function CustomerFieldsPage() {
  const client = useClient();
  const notify = useAppStore((s) => s.notify);
  const { fields, status, error, reload } = useCustomerFields();
  const [pending, setPending] = useState<Pending>(null);

  async function create(draft: FieldDraft) {
    const field = await client.fields.create({
      key: draft.key,
      label: draft.label,
      description: draft.description,
      type: draft.type,
      options: draft.options,
    });
    await reload();
    notify('info', `Created the field “${field.label}”.`);
  }

  async function edit(field: FieldListing, draft: FieldDraft) {
    await client.fields.update({
      key: field.key,
      label: draft.label,
      description: draft.description,
      options: draft.options,
    });
    await reload();
  }

  async function askDelete(field: FieldListing) {
    // Knowing the users up front says why Delete will be refused before anyone presses it.
    const usage = await client.fields.usage({ key: field.key }).catch(() => []);
    setPending({ kind: 'delete', field, usedBy: usage.map(describeUsage) });
  }

  return (
    <main className="page customer-fields">
      <header className="page-header">
        <h1>Customer fields</h1>
        <button type="button" className="button primary" onClick={() => setPending({ kind: 'create' })}>
          + New field
        </button>
      </header>
      <p className="muted">
        What a contact profile holds. Templates use a field as {'{{ customer.key }}'}; filters and conditions pick it by
        name.
      </p>
      {status === 'loading' && (
        <p role="status" className="placeholder">
          Loading fields…
        </p>
      )}
      {status === 'error' && (
        <div role="alert" className="error-panel">
          <p>The fields could not be loaded: {error}</p>
          <button type="button" className="button" onClick={() => void reload()}>
            Try again
          </button>
        </div>
      )}
      {status === 'ready' && (
        <table className="audience-table" aria-label="Customer fields">
          <thead>
            <tr>
              <th scope="col">Label</th>
              <th scope="col">Key</th>
              <th scope="col">Type</th>
              <th scope="col">Description</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {fields.map((field) => (
              <tr key={field.key}>
                <th scope="row">
                  {field.label} {field.builtIn && <span className="badge">Built-in</span>}
                </th>
                <td>
                  <code>{field.key}</code>
                </td>
                <td>
                  {FIELD_TYPE_LABELS[field.type]}
                  {field.options && <span className="muted"> · {field.options.join(', ')}</span>}
                </td>
                <td className="muted">{field.description}</td>
                <td className="row-actions">
                  {!field.builtIn && (
                    <>
                      <button
                        type="button"
                        className="button small"
                        aria-label={`Edit ${field.key}`}
                        onClick={() => setPending({ kind: 'edit', field })}
                      >
                        Edit
                      </button>{' '}
                      <button
                        type="button"
                        className="button small"
                        aria-label={`Rename ${field.key}`}
                        onClick={() => setPending({ kind: 'rename', field })}
                      >
                        Rename key
                      </button>{' '}
                      <button
                        type="button"
                        className="button small danger"
                        aria-label={`Delete ${field.key}`}
                        onClick={() => void askDelete(field)}
                      >
                        Delete
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {pending?.kind === 'create' && <FieldDialog onClose={() => setPending(null)} onSubmit={create} />}
      {pending?.kind === 'edit' && (
        <FieldDialog
          editing={pending.field}
          onClose={() => setPending(null)}
          onSubmit={(draft) => edit(pending.field, draft)}
        />
      )}
      <NameDialog
        open={pending?.kind === 'rename'}
        title={pending?.kind === 'rename' ? `Rename the key “${pending.field.key}”` : 'Rename'}
        label="New key"
        submitLabel="Rename"
        initialValue={pending?.kind === 'rename' ? pending.field.key : ''}
        onOpenChange={(open) => !open && setPending(null)}
        onSubmit={async (newKey) => {
          if (pending?.kind !== 'rename') return;
          await client.fields.rename({ key: pending.field.key, newKey });
          await reload();
          notify('info', `Renamed “${pending.field.key}” to “${newKey}”.`);
        }}
      />
      <ConfirmDialog
        open={pending?.kind === 'delete'}
        title={pending?.kind === 'delete' ? `Delete the field “${pending.field.key}”?` : 'Delete'}
        description={
          pending?.kind === 'delete' && pending.usedBy.length > 0
            ? `It is used by ${pending.usedBy.join(', ')}, so it cannot be deleted until they stop using it.`
            : 'Its values are removed from every contact. This cannot be undone.'
        }
        confirmLabel="Delete field"
        onOpenChange={(open) => !open && setPending(null)}
        onConfirm={async () => {
          if (pending?.kind !== 'delete') return;
          await client.fields.delete({ key: pending.field.key });
          await reload();
          notify('info', `Deleted the field “${pending.field.key}”.`);
        }}
      />
    </main>
  );
}
