import { useCallback, useEffect, useState } from 'react';
import { PACKAGES_SETTING, readPackageSettings, type PackageSettings } from '../../../shared/guided/package-settings';
import {
  PARAMETERS_SETTING,
  readParameterSettings,
  type ParameterSettings,
} from '../../../shared/guided/parameter-settings';
import { useClient } from '../api/client-context';
import { messageOf } from '../store/message-of';

export interface GuidedSettings {
  state: 'loading' | 'ready' | 'error';
  error: string | null;
  packages: PackageSettings;
  parameters: ParameterSettings;
  /** Stores the packages setting; rejects with the service's message (naming the field) when it is refused. */
  savePackages(next: PackageSettings): Promise<void>;
  saveParameters(next: ParameterSettings): Promise<void>;
}

/** The package and parameter settings, read once and written through the settings service. */
export function useGuidedSettings(): GuidedSettings {
  const client = useClient();
  const [state, setState] = useState<GuidedSettings['state']>('loading');
  const [error, setError] = useState<string | null>(null);
  const [packages, setPackages] = useState(() => readPackageSettings(undefined));
  const [parameters, setParameters] = useState(() => readParameterSettings(undefined));

  useEffect(() => {
    let mounted = true;
    client.settings.getAll().then(
      (all) => {
        if (!mounted) return;
        setPackages(readPackageSettings(all[PACKAGES_SETTING]));
        setParameters(readParameterSettings(all[PARAMETERS_SETTING]));
        setState('ready');
      },
      (failure: unknown) => {
        if (!mounted) return;
        setError(messageOf(failure));
        setState('error');
      },
    );
    return () => {
      mounted = false;
    };
  }, [client]);

  const savePackages = useCallback(
    async (next: PackageSettings) => {
      await client.settings.set({ key: PACKAGES_SETTING, value: next });
      setPackages(next);
    },
    [client],
  );
  const saveParameters = useCallback(
    async (next: ParameterSettings) => {
      await client.settings.set({ key: PARAMETERS_SETTING, value: next });
      setParameters(next);
    },
    [client],
  );

  return { state, error, packages, parameters, savePackages, saveParameters };
}
