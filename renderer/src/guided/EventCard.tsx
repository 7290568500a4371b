import { useState } from 'react';
import type { CatalogueEvent } from '../../../shared/guided/catalogue';
import {
  moveFallback,
  nextFallbackChannel,
  templateOfChannel,
  type TemplateFacts,
} from '../../../shared/guided/wizard-edits';
import type { GuidedCard } from '../../../shared/guided/wizard-state';
import { channelLabel, type Channel } from '../../../shared/model/index';
import { RECIPIENT_HINTS } from '../../../shared/test-send/recipient-address';
import { useClient } from '../api/client-context';
import { SlotEditor } from './SlotEditor';
import { testCard, type CardTestResult } from './test-card';

/** Which template of a card: its own (-1) or a fallback's (its position). */
export type CardSlot = number;
export const PRIMARY_SLOT: CardSlot = -1;

interface EventCardProps {
  card: GuidedCard;
  event: CatalogueEvent | undefined;
  templates: readonly TemplateFacts[];
  languages: readonly string[];
  /** What the card still needs ("Choose an SMS template"), or null when it is complete. */
  problem: string | null;
  highlighted: boolean;
  onChange(card: GuidedCard): void;
  onPreview(templateId: string): void;
  onCreateTemplate(slot: CardSlot, channel: Channel): void;
}

/** An event card: the event, its message's channel and template, the fallback chain, and Test. */
export function EventCard(props: EventCardProps) {
  const { card, event, templates, languages, problem, highlighted, onChange } = props;
  const client = useClient();
  const [recipient, setRecipient] = useState('');
  const [test, setTest] = useState<CardTestResult | { state: 'running' } | null>(null);
  const label = event?.label ?? card.eventKey;
  const setFallback = (index: number, change: Partial<GuidedCard['fallbacks'][number]>) =>
    onChange({
      ...card,
      fallbacks: card.fallbacks.map((fallback, i) => (i === index ? { ...fallback, ...change } : fallback)),
    });
  const nextChannel = nextFallbackChannel(card);

  async function runTest() {
    if (card.templateId === null) return;
    setTest({ state: 'running' });
    setTest(
      await testCard(client, { templateId: card.templateId, samplePayload: event?.samplePayload ?? {}, recipient }),
    );
  }

  return (
    <article
      className={`event-card${problem ? ' incomplete' : ''}${highlighted ? ' highlighted' : ''}`}
      aria-label={`${label} card`}
      data-event-key={card.eventKey}
    >
      <header className="event-card-header">
        <h4>{label}</h4>
        <code>{card.eventKey}</code>
        {problem && <span className="badge status-broken">{problem}</span>}
      </header>
      <SlotEditor
        title="Channel"
        channel={card.channel}
        templateId={card.templateId}
        templates={templates}
        languages={languages}
        onChannel={(channel) =>
          onChange({
            ...card,
            channel,
            templateId: templates.find((t) => t.id === card.templateId)?.channel === channel ? card.templateId : null,
          })
        }
        onTemplate={(templateId) => onChange({ ...card, templateId })}
        onPreview={props.onPreview}
        onCreate={() => props.onCreateTemplate(PRIMARY_SLOT, card.channel)}
      />
      {card.fallbacks.length > 0 && (
        <ol className="fallback-chain" aria-label="Fallback channels">
          {card.fallbacks.map((fallback, index) => (
            <li key={index}>
              <SlotEditor
                title={`Fallback ${index + 1}`}
                channel={fallback.channel}
                templateId={fallback.templateId}
                templates={templates}
                languages={languages}
                onChannel={(channel) => setFallback(index, { channel, templateId: null })}
                onTemplate={(templateId) => setFallback(index, { templateId })}
                onPreview={props.onPreview}
                onCreate={() => props.onCreateTemplate(index, fallback.channel)}
              />
              <div className="fallback-actions">
                <button
                  type="button"
                  className="button small"
                  aria-label={`Move ${channelLabel(fallback.channel)} fallback up`}
                  disabled={index === 0}
                  onClick={() => onChange({ ...card, fallbacks: moveFallback(card.fallbacks, index, index - 1) })}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button small"
                  aria-label={`Move ${channelLabel(fallback.channel)} fallback down`}
                  disabled={index === card.fallbacks.length - 1}
                  onClick={() => onChange({ ...card, fallbacks: moveFallback(card.fallbacks, index, index + 1) })}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="button small"
                  aria-label={`Remove ${channelLabel(fallback.channel)} fallback`}
                  onClick={() => onChange({ ...card, fallbacks: card.fallbacks.filter((_, i) => i !== index) })}
                >
                  Remove
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
      <p className="chain-summary muted">
        {[card.channel, ...card.fallbacks.map((fallback) => fallback.channel)].map(channelLabel).join(' → ')}
      </p>
      <div className="event-card-footer">
        <button
          type="button"
          className="button small"
          disabled={nextChannel === null}
          title={
            nextChannel === null
              ? 'Every channel is in the chain already.'
              : `Adds ${channelLabel(nextChannel)} after the last channel`
          }
          onClick={() =>
            nextChannel &&
            onChange({ ...card, fallbacks: [...card.fallbacks, { channel: nextChannel, templateId: null }] })
          }
        >
          + Add channel
        </button>
        <input
          className="test-recipient"
          aria-label={`Test recipient for ${label}`}
          placeholder="Recipient (empty: Outbox only)"
          title={`${RECIPIENT_HINTS[card.channel]}; left empty, the test is kept in the Outbox and not delivered.`}
          value={recipient}
          onChange={(change) => setRecipient(change.target.value)}
          onKeyDown={(key) => {
            if (key.key === 'Enter' && card.templateId !== null && test?.state !== 'running') void runTest();
          }}
        />
        <button
          type="button"
          className="button small"
          disabled={card.templateId === null || test?.state === 'running'}
          title={
            card.templateId === null
              ? `Choose ${templateOfChannel(card.channel)} to test this card.`
              : 'Sends the message, with the event’s sample data, as a test'
          }
          onClick={() => void runTest()}
        >
          {test?.state === 'running' ? 'Testing…' : 'Test'}
        </button>
      </div>
      {test && test.state !== 'running' && (
        <div role="status" className={test.state === 'failed' ? 'field-error card-test' : 'card-test'}>
          {test.state === 'sent' && test.lines.map((line, index) => <p key={index}>{line}</p>)}
          <p className="muted">{test.detail}</p>
        </div>
      )}
    </article>
  );
}
