import type { SecretSink } from '../../../shared/secrets/move-webhook-credentials';
import { SecretKeyMismatchError, type SecretStore } from './secret-store';

/**
 * Stores moved credentials: a value already stored under the suggested name (or a numbered
 * variant of it) reuses that name, so saving the same journey again adds nothing.
 */
export function secretStoreSink(secrets: SecretStore): SecretSink {
  return (value, suggested) => {
    for (let attempt = 1; ; attempt += 1) {
      const name = attempt === 1 ? suggested : `${suggested}_${attempt}`;
      let stored: string | undefined;
      try {
        stored = secrets.get(name);
      } catch (error) {
        // Sealed under another key: the name is taken, and its value unknown.
        if (error instanceof SecretKeyMismatchError) continue;
        throw error;
      }
      if (stored === value) return name;
      if (stored === undefined) {
        secrets.set(name, value);
        return name;
      }
    }
  };
}
