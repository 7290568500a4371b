import { useEffect } from 'react';
import { useClient } from '../../api/client-context';
import { navigate } from '../../app/route';
import { useAppStore, useAppStoreApi } from '../../store/app-store';
import { messageOf } from '../../store/message-of';

/**
 * The address names the version on screen (`?version=2`), so it can be bookmarked, reloaded and
 * left with Back. Without one, a version view goes away; a comparison is not in the address.
 */
export function useVersionRoute(journeyId: string, version: number | undefined): void {
  const client = useClient();
  const store = useAppStoreApi();
  const ready = useAppStore((s) => s.editorLoad.state === 'ready');

  useEffect(() => {
    if (!ready) return;
    if (version === undefined) {
      if (store.getState().versionView?.kind === 'version') store.getState().setVersionView(null);
      return;
    }
    let current = true;
    client.versions
      .get({ journeyId, version })
      .then((frozen) => {
        if (!current) return;
        store
          .getState()
          .setVersionView({ kind: 'version', version, journey: frozen.journey, createdAt: frozen.createdAt });
        store.getState().setVersionsOpen(true);
      })
      .catch((error: unknown) => {
        if (!current) return;
        store.getState().notify('error', `Version ${version} could not be opened: ${messageOf(error)}`);
        navigate({ page: 'editor', journeyId });
      });
    return () => {
      current = false;
    };
  }, [client, journeyId, ready, store, version]);
}
