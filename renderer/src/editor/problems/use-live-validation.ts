import { useEffect } from 'react';
import { useAppStoreApi } from '../../store/app-store';
import { browserIdle } from './idle-scheduler';
import { startLiveValidation } from './live-validation';

/** Checks the open journey for problems while the editor is on screen. */
export function useLiveValidation(): void {
  const store = useAppStoreApi();
  useEffect(() => {
    const live = startLiveValidation(store, { whenIdle: browserIdle });
    return () => live.stop();
  }, [store]);
}
