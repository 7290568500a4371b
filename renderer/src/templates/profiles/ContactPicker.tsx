import { useEffect, useId, useState, type FormEvent } from 'react';
import type { Contact } from '../../../../shared/audience/index';
import { useClient } from '../../api/client-context';
import { messageOf } from '../../store/message-of';

const SUGGESTIONS = 8;
/** Long enough that typing an id does not ask for suggestions per keystroke. */
const SEARCH_DEBOUNCE_MS = 250;

/** "Preview as contact": find a real contact by customer ID, email or phone and render with its fields. */
export function ContactPicker({ onChoose }: { onChoose(contact: Contact): void }) {
  const client = useClient();
  const inputId = useId();
  const listId = useId();
  const [text, setText] = useState('');
  const [suggestions, setSuggestions] = useState<Contact[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const search = text.trim();
    if (search === '') return;
    let current = true;
    const timer = setTimeout(() => {
      client.contacts.query({ search, offset: 0, limit: SUGGESTIONS }).then(
        (page) => current && setSuggestions(page.rows),
        () => current && setSuggestions([]),
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [client, text]);

  async function choose(event: FormEvent) {
    event.preventDefault();
    const search = text.trim();
    if (search === '') return;
    setError(null);
    try {
      const exact = await client.contacts.get({ customerId: search }).catch(() => null);
      if (exact) return onChoose(exact.contact);
      const page = await client.contacts.query({ search, offset: 0, limit: 1 });
      const [first] = page.rows;
      if (first) onChoose(first);
      else setError(`No contact matches “${search}”.`);
    } catch (failure) {
      setError(`Contacts could not be searched: ${messageOf(failure)}`);
    }
  }

  return (
    <form className="contact-picker inline-field" role="search" aria-label="Contact search" onSubmit={choose}>
      <label htmlFor={inputId}>Real contact</label>
      <input
        id={inputId}
        type="search"
        list={listId}
        placeholder="Customer ID, email or phone"
        value={text}
        aria-invalid={error !== null}
        onChange={(event) => setText(event.target.value)}
      />
      <datalist id={listId}>
        {(text.trim() === '' ? [] : suggestions).map((contact) => (
          <option key={contact.customerId} value={contact.customerId}>
            {contact.email ?? contact.phone ?? ''}
          </option>
        ))}
      </datalist>
      <button type="submit" className="button small">
        Use
      </button>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </form>
  );
}
