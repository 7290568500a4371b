import { useEffect, useState } from 'react';
import type { Contact } from '../../../shared/audience/index';
import { useClient } from '../api/client-context';

const SUGGESTIONS = 8;
/** Long enough that typing an id does not ask for suggestions per keystroke. */
const SEARCH_DEBOUNCE_MS = 250;

/** Contacts matching what is typed (customer ID, email or phone), for a datalist. */
export function useContactSuggestions(text: string): Contact[] {
  const client = useClient();
  const [suggestions, setSuggestions] = useState<Contact[]>([]);
  const search = text.trim();
  useEffect(() => {
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
  }, [client, search]);
  return search === '' ? [] : suggestions;
}
