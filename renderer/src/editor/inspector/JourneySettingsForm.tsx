import { useId } from 'react';
import { JourneySettingsSchema, type JourneySettings } from '../../../../shared/model/index';
import { useAppStore } from '../../store/app-store';
import { DraftNote } from './DraftNote';
import { DeliverySection } from './settings/DeliverySection';
import { EntryRulesSection } from './settings/EntryRulesSection';
import { RoutingSection } from './settings/RoutingSection';
import { useConfigDraft } from './use-config-draft';

/** The journey-wide settings, shown when no step is selected. */
export function JourneySettingsForm() {
  const settings = useAppStore((s) => s.journey?.settings ?? null);
  const journeyId = useAppStore((s) => s.journey?.id);
  if (settings === null) return <p className="muted">No journey is open.</p>;
  // Keyed by journey so nothing typed for one journey is carried into the next one opened.
  return <SettingsDraftForm key={journeyId} settings={settings} />;
}

function SettingsDraftForm({ settings }: { settings: JourneySettings }) {
  const edit = useAppStore((s) => s.edit);
  const draft = useConfigDraft(JourneySettingsSchema, settings, (next, phase) =>
    edit((journey) => ({ ...journey, settings: next }), phase),
  );
  const titleId = useId();
  return (
    <section className="inspector-form" aria-labelledby={titleId} data-path-root="journey" data-path="settings">
      <header className="inspector-header">
        <h2 id={titleId}>Journey settings</h2>
        <p className="muted">Apply to every step. Select a step on the canvas to edit it.</p>
      </header>
      <DraftNote errors={draft.errors} />
      <RoutingSection draft={draft} />
      <DeliverySection draft={draft} />
      <EntryRulesSection draft={draft} />
    </section>
  );
}
