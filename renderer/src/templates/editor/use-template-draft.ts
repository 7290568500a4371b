import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, type Template } from '../../../../shared/contract/index';
import { useClient } from '../../api/client-context';
import { messageOf } from '../../store/message-of';
import { DebouncedSaver, type AutosaveStatus } from './debounced-saver';

export type DraftLoad =
  { state: 'loading' } | { state: 'ready' } | { state: 'error'; message: string; notFound: boolean };

export interface TemplateDraft {
  load: DraftLoad;
  template: Template | null;
  saveStatus: AutosaveStatus;
  setContent(content: Template['content']): void;
  setLanguage(language: string): void;
  /** Renames at once (a dialog, not typing); rejects with the service's message. */
  rename(name: string): Promise<void>;
  reload(): void;
  /** Saves pending edits now (before a test send, which sends the stored template). */
  saveNow(): Promise<void>;
}

interface Saved {
  language: string;
  content: Template['content'];
}

/** The template being edited: loaded once, edited locally, autosaved a moment after each change. */
export function useTemplateDraft(templateId: string): TemplateDraft {
  const client = useClient();
  const [load, setLoad] = useState<DraftLoad>({ state: 'loading' });
  const [template, setTemplate] = useState<Template | null>(null);
  const [saveStatus, setSaveStatus] = useState<AutosaveStatus>({ state: 'saved' });
  const [attempt, setAttempt] = useState(0);
  const saver = useRef<DebouncedSaver<Saved> | null>(null);
  // The newest draft, for edits made in quick succession before React re-renders.
  const latest = useRef<Template | null>(null);

  const show = useCallback((next: Template) => {
    latest.current = next;
    setTemplate(next);
  }, []);

  useEffect(() => {
    let current = true;
    client.templates.get({ id: templateId }).then(
      (loaded) => {
        if (!current) return;
        show(loaded);
        setLoad({ state: 'ready' });
      },
      (failure: unknown) => {
        if (current)
          setLoad({
            state: 'error',
            message: messageOf(failure),
            notFound: failure instanceof ApiError && failure.code === 'NOT_FOUND',
          });
      },
    );
    return () => {
      current = false;
    };
  }, [client, templateId, attempt, show]);

  useEffect(() => {
    const created = new DebouncedSaver<Saved>({
      save: async ({ language, content }) => {
        await client.templates.update({ id: templateId, language, content });
      },
      onStatus: setSaveStatus,
      describeError: messageOf,
    });
    saver.current = created;
    return () => {
      // Leaving the page must not lose the last keystrokes: save them now, then stop.
      void created.flush().finally(() => created.dispose());
      saver.current = null;
    };
  }, [client, templateId]);

  const edit = useCallback(
    (change: (template: Template) => Template) => {
      if (!latest.current) return;
      const next = change(latest.current);
      show(next);
      saver.current?.change({ language: next.language, content: next.content });
    },
    [show],
  );

  const setContent = useCallback(
    (content: Template['content']) => edit((t) => ({ ...t, content }) as Template),
    [edit],
  );
  const setLanguage = useCallback((language: string) => edit((t) => ({ ...t, language })), [edit]);

  const rename = useCallback(
    async (name: string) => {
      const renamed = await client.templates.update({ id: templateId, name });
      if (latest.current) show({ ...latest.current, name: renamed.name });
    },
    [client, templateId, show],
  );

  const reload = useCallback(() => {
    setLoad({ state: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  const saveNow = useCallback(async () => {
    await saver.current?.flush();
  }, []);

  return { load, template, saveStatus, setContent, setLanguage, rename, reload, saveNow };
}
