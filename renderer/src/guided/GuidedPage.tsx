import { useEffect, useMemo, useState } from 'react';
import { findEvent } from '../../../shared/guided/catalogue';
import { allPackages, enabledPackages } from '../../../shared/guided/package-settings';
import { starterContent } from '../../../shared/guided/starter-copy';
import {
  firstIncompleteCard,
  withPrimaryChannel,
  withSelectedEvents,
  type TemplateFacts,
} from '../../../shared/guided/wizard-edits';
import type { GuidedCard, GuidedWizardState } from '../../../shared/guided/wizard-state';
import { canActivate, channelLabel, type Channel } from '../../../shared/model/index';
import { useClient } from '../api/client-context';
import { hrefFor, navigate } from '../app/route';
import { messageOf } from '../store/message-of';
import { useAppStore } from '../store/app-store';
import type { NewTemplate } from '../store/templates-slice';
import { useTemplateEvents } from '../templates/use-template-events';
import { ChannelStep } from './ChannelStep';
import { ConfigureStep } from './ConfigureStep';
import { createGuidedJourney } from './create-journey';
import { PRIMARY_SLOT, type CardSlot } from './EventCard';
import { EventsPicker } from './EventsPicker';
import { GuidedSteps, stepIndex } from './GuidedSteps';
import { useGuidedJourney } from './use-guided-journey';
import { useGuidedSettings } from './use-guided-settings';
import './guided.css';

function withTemplate(card: GuidedCard, slot: CardSlot, templateId: string): GuidedCard {
  if (slot === PRIMARY_SLOT) return { ...card, templateId };
  return { ...card, fallbacks: card.fallbacks.map((f, i) => (i === slot ? { ...f, templateId } : f)) };
}

/** Guided Mode: channel & parameters → packages & events → configure event cards → create. */
export function GuidedPage({ journeyId, fix = false }: { journeyId?: string; fix?: boolean }) {
  const client = useClient();
  const notify = useAppStore((s) => s.notify);
  const storedTemplates = useAppStore((s) => s.templates);
  const loadTemplates = useAppStore((s) => s.loadTemplates);
  const createTemplate = useAppStore((s) => s.createTemplate);
  useTemplateEvents();
  const settings = useGuidedSettings();
  const known = useMemo(() => allPackages(settings.packages).map((entry) => entry.pkg), [settings.packages]);
  const offered = useMemo(() => enabledPackages(settings.packages), [settings.packages]);
  const labels = useMemo(() => ({ eventLabel: (key: string) => findEvent(known, key)?.label ?? key }), [known]);
  const guided = useGuidedJourney(journeyId, labels, fix);
  const { wizard, saved, update } = guided;
  const [name, setName] = useState('Order updates');
  const [busy, setBusy] = useState(false);
  const templates: TemplateFacts[] = useMemo(
    () =>
      storedTemplates.map(({ id, channel, name: templateName, language }) => ({
        id,
        channel,
        name: templateName,
        language,
      })),
    [storedTemplates],
  );
  const templatesById = useMemo(() => new Map(templates.map((t) => [t.id, t])), [templates]);

  useEffect(() => void loadTemplates(), [loadTemplates]);
  // Steps open once reached: the events step once the journey exists, the cards once there are events.
  const reached = saved === null ? 0 : Math.max(stepIndex(wizard.step), wizard.cards.length > 0 ? 2 : 1);

  const ready = guided.load.state === 'ready' && settings.state === 'ready';
  // Fix: the first card still incomplete is highlighted and brought into view, and the next one once it is done.
  const focusCard = fix && ready ? (firstIncompleteCard(wizard, templatesById)?.eventKey ?? null) : null;

  if (guided.load.state === 'error' || settings.state === 'error')
    return (
      <main className="page guided-page">
        <p role="alert" className="error-panel">
          The journey setup could not be loaded: {guided.load.state === 'error' ? guided.load.message : settings.error}
        </p>
      </main>
    );
  if (!ready)
    return (
      <main className="page guided-page">
        <p role="status" className="placeholder">
          Loading…
        </p>
      </main>
    );
  if (saved !== null && saved.journey.settings.guided === undefined)
    return <NotGuided journeyId={saved.journey.id} reason="This journey was not set up in Guided Mode." />;
  if (saved !== null && !canActivate(saved.journey.status))
    return (
      <NotGuided
        journeyId={saved.journey.id}
        reason={`“${saved.journey.name}” is ${saved.journey.status}; its setup is changed on the canvas, as a new draft version.`}
      />
    );

  const go = (step: GuidedWizardState['step']) => update({ ...wizard, step });

  async function nextFromChannel() {
    setBusy(true);
    try {
      const next = { ...wizard, step: 'events' as const };
      if (saved === null) {
        const id = await guided.createDraft(name.trim(), next);
        navigate({ page: 'guided', journeyId: id });
      } else update(next);
    } catch (failure) {
      notify('error', `The journey could not be saved: ${messageOf(failure)}`);
    } finally {
      setBusy(false);
    }
  }

  async function createNewTemplate(eventKey: string, slot: CardSlot, channel: Channel) {
    const event = findEvent(known, eventKey);
    if (saved === null || event === undefined) return;
    try {
      const content = starterContent(channel, event);
      const template = await createTemplate({
        channel,
        name: `${event.label} · ${channelLabel(channel)}`,
        language: wizard.parameters.languages[0] ?? '',
        ...(content ? { content } : {}),
      } as NewTemplate);
      update({
        ...wizard,
        cards: wizard.cards.map((card) => (card.eventKey === eventKey ? withTemplate(card, slot, template.id) : card)),
      });
      await guided.flush();
      navigate({ page: 'template', templateId: template.id, guidedJourneyId: saved.journey.id, eventKey });
    } catch (failure) {
      notify('error', `The template could not be created: ${messageOf(failure)}`);
    }
  }

  async function create() {
    setBusy(true);
    try {
      update({ ...wizard, createRequested: true });
      const latest = await guided.flush();
      if (latest === null) return;
      const outcome = await createGuidedJourney(client, latest, { ...wizard, createRequested: true }, templatesById);
      notify(outcome.result === 'active' ? 'info' : 'error', outcome.message);
      navigate({ page: 'dashboard' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="page guided-page">
      <header className="page-header">
        <a className="button" href={hrefFor({ page: 'dashboard' })}>
          ← Journeys
        </a>
        <h1>{saved ? saved.journey.name : 'New journey'} · Guided Mode</h1>
        {saved && (
          <a className="button" href={hrefFor({ page: 'editor', journeyId: saved.journey.id })}>
            Open on canvas
          </a>
        )}
      </header>
      <GuidedSteps current={wizard.step} reached={reached} onGo={go} />
      {guided.saveError && (
        <p role="alert" className="field-error">
          Your last change could not be saved: {guided.saveError}
        </p>
      )}
      {wizard.step === 'channel' && (
        <ChannelStep
          state={wizard}
          name={saved === null ? name : null}
          onName={setName}
          // Back on step 1 with cards made, a new primary channel moves them as the Channel tab does.
          onChange={(next) =>
            update(
              next.primaryChannel === wizard.primaryChannel
                ? next
                : withPrimaryChannel(next, next.primaryChannel, templatesById),
            )
          }
          onNext={() => void nextFromChannel()}
          busy={busy}
        />
      )}
      {wizard.step === 'events' && (
        <section className="guided-step" aria-label="Select packages & events">
          <EventsPicker
            packages={offered}
            selected={new Set(wizard.cards.map((card) => card.eventKey))}
            onChange={(selected) => update(withSelectedEvents(wizard, selected, known))}
          />
          <div className="guided-actions">
            <button type="button" className="button" onClick={() => go('channel')}>
              Back
            </button>
            {wizard.cards.length === 0 && (
              <span className="guided-blocker" role="status">
                Choose at least one event to continue.
              </span>
            )}
            <button
              type="button"
              className="button primary"
              disabled={wizard.cards.length === 0}
              onClick={() => go('configure')}
            >
              Save & Next
            </button>
          </div>
        </section>
      )}
      {wizard.step === 'configure' && (
        <>
          <div className="guided-actions start">
            <button type="button" className="button" onClick={() => go('events')}>
              Back
            </button>
          </div>
          <ConfigureStep
            state={wizard}
            offered={offered}
            known={known}
            parameters={settings.parameters}
            templates={templates}
            focusCard={focusCard}
            busy={busy}
            onChange={update}
            onCreateTemplate={(eventKey, slot, channel) => void createNewTemplate(eventKey, slot, channel)}
            onCreateJourney={() => void create()}
          />
        </>
      )}
    </main>
  );
}

function NotGuided({ journeyId, reason }: { journeyId: string; reason: string }) {
  return (
    <main className="page guided-page">
      <p role="status">{reason}</p>
      <a className="button" href={hrefFor({ page: 'editor', journeyId })}>
        Open on canvas
      </a>
    </main>
  );
}
