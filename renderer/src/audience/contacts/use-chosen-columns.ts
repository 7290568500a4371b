import { useState } from 'react';

const STORAGE_KEY = 'journey-studio.contacts.columns';

function readChosen(): string[] {
  try {
    const stored: unknown = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(stored) ? stored.filter((key): key is string => typeof key === 'string') : [];
  } catch {
    // Unreadable or unavailable storage: start with no extra columns.
    return [];
  }
}

/** The custom fields shown as columns in the contacts table, remembered across sessions. */
export function useChosenColumns(): [string[], (chosen: string[]) => void] {
  const [chosen, setChosen] = useState(readChosen);
  const choose = (next: string[]) => {
    setChosen(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    } catch {
      // Storage full or blocked: the choice still holds for this session.
    }
  };
  return [chosen, choose];
}
