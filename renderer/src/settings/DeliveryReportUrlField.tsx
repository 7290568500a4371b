import { useEffect, useId, useState } from 'react';
import { DELIVERY_REPORT_URL_SETTING } from '../../../shared/providers/delivery-report-url';
import { useClient } from '../api/client-context';
import { messageOf } from '../store/message-of';
import { useAppStore } from '../store/app-store';

/**
 * The public address providers post delivery reports to (Twilio's status callbacks): a tunnel to
 * this installation's API. Empty: no callbacks are asked for.
 */
export function DeliveryReportUrlField() {
  const client = useClient();
  const notify = useAppStore((s) => s.notify);
  const id = useId();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    client.settings.getAll().then(
      (all) => {
        const stored = all[DELIVERY_REPORT_URL_SETTING];
        if (typeof stored === 'string') setValue(stored);
      },
      (failure: unknown) => setError(messageOf(failure)),
    );
  }, [client]);

  async function save() {
    setError(null);
    try {
      await client.settings.set({ key: DELIVERY_REPORT_URL_SETTING, value: value.trim() === '' ? null : value.trim() });
      notify('info', value.trim() === '' ? 'Delivery reports are off.' : 'Delivery reports address saved.');
    } catch (failure) {
      setError(messageOf(failure));
    }
  }

  return (
    <div className="delivery-report-url">
      <label className="field-label" htmlFor={id}>
        Public address for delivery reports (optional)
      </label>
      <div className="settings-actions">
        <input
          id={id}
          type="url"
          placeholder="https://reports.example.com"
          value={value}
          aria-invalid={error !== null}
          onChange={(event) => setValue(event.target.value)}
        />
        <button type="button" className="button" onClick={() => void save()}>
          Save address
        </button>
      </div>
      <p className="muted">
        A tunnel to this app&apos;s events API port. SMS providers send their status callbacks to it, under
        /api/v1/delivery-reports/…; without it a message counts as sent once the provider accepts it.
      </p>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
