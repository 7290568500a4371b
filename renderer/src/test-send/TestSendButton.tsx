import { useEffect, useId, useState, type FormEvent } from 'react';
import { Dialog } from 'radix-ui';
import type { TestSendData, TestSendInput, TestSendResult } from '../../../shared/contract/index';
import { channelLabel, type Channel } from '../../../shared/model/index';
import { parseRecipientAddress, RECIPIENT_HINTS } from '../../../shared/test-send/recipient-address';
import { useClient } from '../api/client-context';
import { hrefFor } from '../app/route';
import { useAppStore } from '../store/app-store';
import { messageOf } from '../store/message-of';
import { useContactSuggestions } from './use-contact-suggestions';
import './test-send.css';

export interface TestSendButtonProps {
  /** The template to send; the button is disabled without one. */
  templateId: string | null;
  channel: Channel;
  /** Says where the button is, for its accessible name: "Test send fallback 2". */
  label?: string;
  /** Values laid over the chosen profile's (an event's sample payload). */
  data?: TestSendData;
  /** Runs before each send, e.g. saving the template being edited. */
  beforeSend?(): Promise<void>;
}

/** "Test send": a dialog choosing the recipient and the profile, sending, and showing the provider's answer. */
export function TestSendButton({ templateId, channel, label = 'Test send', data, beforeSend }: TestSendButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger asChild>
        <button
          type="button"
          className="button small test-send-button"
          aria-label={label}
          disabled={templateId === null}
          title={templateId === null ? 'Choose a template first' : undefined}
        >
          Test send
        </button>
      </Dialog.Trigger>
      {open && templateId !== null && (
        <TestSendDialog templateId={templateId} channel={channel} data={data} beforeSend={beforeSend} />
      )}
    </Dialog.Root>
  );
}

type RecipientMode = 'address' | 'contact';
/** A sample profile's id, or CONTACT_PROFILE to render with a real contact. */
const CONTACT_PROFILE = '(contact)';

function TestSendDialog({
  templateId,
  channel,
  data,
  beforeSend,
}: Pick<TestSendButtonProps, 'channel' | 'data' | 'beforeSend'> & { templateId: string }) {
  const client = useClient();
  const ids = useId();
  const profiles = useAppStore((s) => s.profiles);
  const loadProfiles = useAppStore((s) => s.loadProfiles);
  const previewProfileId = useAppStore((s) => s.previewProfileId);
  const [mode, setMode] = useState<RecipientMode>('address');
  const [address, setAddress] = useState('');
  const [recipientContact, setRecipientContact] = useState('');
  const [profile, setProfile] = useState<string>('');
  const [profileContact, setProfileContact] = useState('');
  const [problem, setProblem] = useState<{ field: string; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<TestSendResult | null>(null);
  const suggestions = useContactSuggestions(mode === 'contact' ? recipientContact : profileContact);
  const suggestionsId = `${ids}-contacts`;

  useEffect(() => {
    void loadProfiles();
  }, [loadProfiles]);
  const defaultProfile = previewProfileId ?? profiles.find((p) => p.isDefault)?.id ?? '';
  const chosenProfile = profile === '' ? defaultProfile : profile;

  function input(): TestSendInput | null {
    let recipient: TestSendInput['recipient'];
    if (mode === 'address') {
      const parsed = parseRecipientAddress(channel, address);
      if (!parsed.ok) {
        setProblem({ field: 'recipient.address', message: parsed.reason });
        return null;
      }
      recipient = { type: 'address', address: parsed.value };
    } else {
      if (recipientContact.trim() === '') {
        setProblem({ field: 'recipient.customerId', message: 'Enter the customer ID of the contact to send to.' });
        return null;
      }
      recipient = { type: 'contact', customerId: recipientContact.trim() };
    }
    const renderContact = profileContact.trim() || (mode === 'contact' ? recipientContact.trim() : '');
    if (chosenProfile === CONTACT_PROFILE && renderContact === '') {
      setProblem({ field: 'profile.customerId', message: 'Enter the customer ID of the contact to render with.' });
      return null;
    }
    return {
      templateId,
      recipient,
      profile:
        chosenProfile === CONTACT_PROFILE
          ? { type: 'contact', customerId: renderContact }
          : chosenProfile === ''
            ? { type: 'sample' }
            : { type: 'sample', profileId: chosenProfile },
      ...(data === undefined ? {} : { data }),
    };
  }

  async function send(event: FormEvent) {
    event.preventDefault();
    // A submit inside the dialog must not reach a form around the button (React bubbles through portals).
    event.stopPropagation();
    setProblem(null);
    setResult(null);
    const request = input();
    if (request === null) return;
    setBusy(true);
    try {
      await beforeSend?.();
      setResult(await client.testSend.send(request));
    } catch (failure) {
      const issue = (failure as { issues?: { path: string; message: string }[] }).issues?.[0];
      setProblem({ field: issue?.path ?? '', message: messageOf(failure) });
    } finally {
      setBusy(false);
    }
  }

  const errorId = `${ids}-error`;
  const invalid = (field: string) => (problem?.field === field ? true : undefined);
  const describedBy = (field: string) => (problem?.field === field ? errorId : undefined);

  return (
    <Dialog.Portal>
      <Dialog.Overlay className="dialog-overlay" />
      <Dialog.Content className="dialog test-send-dialog" aria-describedby={`${ids}-description`}>
        <Dialog.Title className="dialog-title">Test send: {channelLabel(channel)}</Dialog.Title>
        <p id={`${ids}-description`} className="dialog-description">
          Rendered as the sender renders it and sent through this channel&apos;s provider (or into the Outbox), marked
          as a test. Test sends are not counted in statistics or frequency caps.
        </p>
        <form onSubmit={send} className="test-send-form">
          <fieldset className="test-send-choice">
            <legend className="field-label">Send to</legend>
            <label>
              <input type="radio" checked={mode === 'address'} onChange={() => setMode('address')} /> An address
            </label>
            <label>
              <input type="radio" checked={mode === 'contact'} onChange={() => setMode('contact')} /> A contact
            </label>
          </fieldset>
          {mode === 'address' ? (
            <label className="field">
              <span className="field-label">Recipient</span>
              <input
                autoFocus
                value={address}
                placeholder={RECIPIENT_HINTS[channel]}
                onChange={(event) => setAddress(event.target.value)}
                aria-invalid={invalid('recipient.address')}
                aria-describedby={describedBy('recipient.address')}
              />
            </label>
          ) : (
            <label className="field">
              <span className="field-label">Contact (customer ID)</span>
              <input
                autoFocus
                value={recipientContact}
                placeholder="Customer ID, email or phone to search"
                list={suggestionsId}
                onChange={(event) => setRecipientContact(event.target.value)}
                aria-invalid={invalid('recipient.customerId')}
                aria-describedby={describedBy('recipient.customerId')}
              />
            </label>
          )}
          <label className="field">
            <span className="field-label">Render with</span>
            <select value={chosenProfile} onChange={(event) => setProfile(event.target.value)}>
              {profiles.length === 0 && <option value="">Default sample profile</option>}
              {profiles.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.isDefault ? `${p.name} (default)` : p.name}
                </option>
              ))}
              <option value={CONTACT_PROFILE}>A real contact…</option>
            </select>
          </label>
          {chosenProfile === CONTACT_PROFILE && (
            <label className="field">
              <span className="field-label">Contact to render with (customer ID)</span>
              <input
                value={profileContact}
                placeholder={mode === 'contact' && recipientContact ? recipientContact : 'Customer ID'}
                list={suggestionsId}
                onChange={(event) => setProfileContact(event.target.value)}
                aria-invalid={invalid('profile.customerId')}
                aria-describedby={describedBy('profile.customerId')}
              />
            </label>
          )}
          <datalist id={suggestionsId}>
            {suggestions.map((contact) => (
              <option key={contact.customerId} value={contact.customerId}>
                {[contact.email, contact.phone].filter(Boolean).join(' · ')}
              </option>
            ))}
          </datalist>
          <div className="dialog-actions test-send-actions">
            <TestSendOutcome result={result} problem={problem?.message ?? null} errorId={errorId} />
            <Dialog.Close asChild>
              <button type="button" className="button">
                Close
              </button>
            </Dialog.Close>
            <button type="submit" className="button primary" disabled={busy}>
              {busy ? 'Sending…' : 'Send test'}
            </button>
          </div>
        </form>
      </Dialog.Content>
    </Dialog.Portal>
  );
}

/** The provider's answer beside the button: the message id and the outbox entry, or its error text. */
function TestSendOutcome({
  result,
  problem,
  errorId,
}: {
  result: TestSendResult | null;
  problem: string | null;
  errorId: string;
}) {
  if (problem !== null)
    return (
      <p id={errorId} role="alert" className="field-error test-send-outcome">
        {problem}
      </p>
    );
  if (result === null) return <span className="test-send-outcome" />;
  if (result.status === 'failed')
    return (
      <p role="alert" className="field-error test-send-outcome">
        Not sent ({result.provider}): {result.error}
      </p>
    );
  return (
    <p role="status" className="test-send-outcome test-send-sent">
      Sent to {result.recipient} via {result.provider}: message id <code>{result.providerMessageId}</code>
      {result.outboxMessageId !== null && (
        <>
          {' '}
          <a href={hrefFor({ page: 'outbox', messageId: result.outboxMessageId })}>Open in Outbox</a>
        </>
      )}
    </p>
  );
}
