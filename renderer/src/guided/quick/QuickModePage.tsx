import { useMemo, useState } from 'react';
import { findEvent } from '../../../../shared/guided/catalogue';
import { allPackages } from '../../../../shared/guided/package-settings';
import { QUICK_PRESETS } from '../../../../shared/guided/quick/gallery';
import type { QuickPreset } from '../../../../shared/guided/quick/preset';
import { channelLabel } from '../../../../shared/model/index';
import { useClient } from '../../api/client-context';
import { hrefFor, navigate } from '../../app/route';
import { useAppStore } from '../../store/app-store';
import { useGuidedSettings } from '../use-guided-settings';
import { createFromPreset } from './create-from-preset';
import { PresetDialog } from './PresetDialog';
import { PresetThumbnail } from './PresetThumbnail';
import '../guided.css';

/** Quick Mode: a gallery of pre-configured journeys with ready templates. */
export function QuickModePage() {
  const client = useClient();
  const notify = useAppStore((s) => s.notify);
  const settings = useGuidedSettings();
  const [chosen, setChosen] = useState<QuickPreset | null>(null);
  const labels = useMemo(() => {
    const known = allPackages(settings.packages).map((entry) => entry.pkg);
    return { eventLabel: (key: string) => findEvent(known, key)?.label ?? key };
  }, [settings.packages]);

  return (
    <main className="page guided-page">
      <header className="page-header">
        <a className="button" href={hrefFor({ page: 'dashboard' })}>
          ← Journeys
        </a>
        <h1>Quick Mode</h1>
      </header>
      <p className="muted">Start from a pre-configured journey and its templates, then adjust it.</p>
      <div className="quick-gallery">
        {QUICK_PRESETS.map((preset) => (
          <article key={preset.id} className="quick-card" aria-label={preset.name}>
            <h3>{preset.name}</h3>
            <PresetThumbnail preset={preset} />
            <p>{preset.description}</p>
            <p className="muted">Channels: {preset.channels.map(channelLabel).join(', ')}</p>
            <details>
              <summary>{preset.templates.length} ready templates</summary>
              <ul>
                {preset.templates.map((template) => (
                  <li key={template.key}>{template.name}</li>
                ))}
              </ul>
            </details>
            <p className="muted">
              {preset.kind === 'cards' ? 'Opens in Guided Mode’s configure step.' : 'Opens on the canvas.'}
            </p>
            <div>
              <button
                type="button"
                className="button primary"
                aria-label={`Use ${preset.name}`}
                onClick={() => setChosen(preset)}
              >
                Use this journey
              </button>
            </div>
          </article>
        ))}
      </div>
      {chosen && (
        <PresetDialog
          preset={chosen}
          parameters={settings.parameters}
          onClose={() => setChosen(null)}
          onCreate={async (name, choose) => {
            const route = await createFromPreset(client, chosen, name, labels, choose);
            notify('info', `Created “${name}” from “${chosen.name}”.`);
            navigate(route);
          }}
        />
      )}
    </main>
  );
}
