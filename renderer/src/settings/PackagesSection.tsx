import { useId, useState } from 'react';
import type { EventPackage } from '../../../shared/guided/package-schema';
import {
  allPackages,
  putCustomPackage,
  removeCustomPackage,
  setPackageEnabled,
} from '../../../shared/guided/package-settings';
import type { GuidedSettings } from '../guided/use-guided-settings';
import { messageOf } from '../store/message-of';
import { useAppStore } from '../store/app-store';
import { CustomPackageEditor } from './CustomPackageEditor';

/** Settings → Packages: which event packages Guided Mode offers, and custom packages of one's own events. */
export function PackagesSection({ settings }: { settings: GuidedSettings }) {
  const headingId = useId();
  const notify = useAppStore((s) => s.notify);
  // The package being edited: its id before the edit, or "" for a new one.
  const [editing, setEditing] = useState<{ replacing: string | null; pkg: EventPackage | null } | null>(null);
  const [expanded, setExpanded] = useState<string | null>(null);

  async function toggle(id: string, enabled: boolean) {
    try {
      await settings.savePackages(setPackageEnabled(settings.packages, id, enabled));
    } catch (failure) {
      notify('error', `The package could not be ${enabled ? 'enabled' : 'disabled'}: ${messageOf(failure)}`);
    }
  }

  async function remove(pkg: EventPackage) {
    try {
      await settings.savePackages(removeCustomPackage(settings.packages, pkg.id));
      notify('info', `Removed the package “${pkg.label}”.`);
    } catch (failure) {
      notify('error', `The package could not be removed: ${messageOf(failure)}`);
    }
  }

  return (
    <section id="settings-packages" className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Packages</h2>
      <p className="muted">
        Event packages group the order events Guided Mode offers. Only events of enabled packages can be picked for a
        journey; the events API starts a journey with the event key as the event&apos;s name (e.g.{' '}
        <code>order.shipped</code>).
      </p>
      <ul className="package-settings-list">
        {allPackages(settings.packages).map(({ pkg, enabled, builtIn }) => (
          <li key={pkg.id} className="package-settings-row">
            <label className="package-toggle">
              <input
                type="checkbox"
                checked={enabled}
                aria-label={`Enable ${pkg.label}`}
                onChange={(event) => void toggle(pkg.id, event.target.checked)}
              />
              <strong>{pkg.label}</strong>
              <span className="muted">
                {pkg.events.length} events · {pkg.persona === 'customer' ? 'Customer' : 'Seller'}
                {builtIn ? ' · built-in' : ' · custom'}
              </span>
            </label>
            <div className="package-row-actions">
              <button
                type="button"
                className="button small"
                aria-expanded={expanded === pkg.id}
                onClick={() => setExpanded(expanded === pkg.id ? null : pkg.id)}
              >
                {expanded === pkg.id ? 'Hide events' : 'Show events'}
              </button>
              {!builtIn && (
                <>
                  <button
                    type="button"
                    className="button small"
                    aria-label={`Edit ${pkg.label}`}
                    onClick={() => setEditing({ replacing: pkg.id, pkg })}
                  >
                    Edit
                  </button>
                  <button
                    type="button"
                    className="button small danger"
                    aria-label={`Remove ${pkg.label}`}
                    onClick={() => void remove(pkg)}
                  >
                    Remove
                  </button>
                </>
              )}
            </div>
            {expanded === pkg.id && (
              <ul className="package-event-facts">
                {pkg.events.map((event) => (
                  <li key={event.key}>
                    <strong>{event.label}</strong> <code>{event.key}</code>
                    <span className="muted"> — {event.description}</span>
                    <div className="muted">
                      Variables:{' '}
                      {Object.keys(event.samplePayload)
                        .map((f) => `event.${f}`)
                        .join(', ')}
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {editing === null ? (
        <div>
          <button type="button" className="button" onClick={() => setEditing({ replacing: null, pkg: null })}>
            + Add custom package
          </button>
        </div>
      ) : (
        <CustomPackageEditor
          initial={editing.pkg}
          onCancel={() => setEditing(null)}
          onSave={async (pkg) => {
            await settings.savePackages(putCustomPackage(settings.packages, pkg, editing.replacing ?? undefined));
            notify('info', `Saved the package “${pkg.label}”.`);
            setEditing(null);
          }}
        />
      )}
    </section>
  );
}
