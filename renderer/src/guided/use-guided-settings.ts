import { useCallback, useEffect, useState } from 'react';
import { PACKAGES_SETTING, readPackageSettings, type PackageSettings } from '../../../shared/guided/package-settings';
import {
  PARAMETERS_SETTING,
  readParameterSettings,
  type ParameterSettings,
} from '../../../shared/guided/parameter-settings';
import { knownSettingProblem } from '../../../shared/guided/known-settings';
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
      // Checked here first, so a refused change never shows; the service checks it again.
      const problem = knownSettingProblem(PACKAGES_SETTING, next);
      if (problem !== null) throw new Error(problem);
      // Shown at once (a switch follows the click); put back if the service still refuses it.
      let before: PackageSettings | undefined;
      setPackages((current) => {
        before = current;
        return next;
      });
      try {
        await client.settings.set({ key: PACKAGES_SETTING, value: next });
      } catch (failure) {
        if (before !== undefined) setPackages(before);
        throw failure;
      }
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
