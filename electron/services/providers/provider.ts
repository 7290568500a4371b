import type { RenderResult } from '../../../shared/templates/render-result';
/** A rendered message on its way to a provider: what the recipient will see, and where it came from. */
export interface OutgoingMessage {
  channel: string;
  recipient: string;
  /**
   * The render pipeline's whole result, as previews get it (`output`: subject, html, text, body…,
   * plus diagnostics and the variables used): the outbox shows it as the recipient sees it.
   */
  rendered: RenderResult;
  journeyId: string | null;
  version: number | null;
  nodeId: string | null;
  runId: number | null;
  contactId: string | null;
  templateId: string | null;
  isTest: boolean;
}

export type SendResult =
  | {
      status: 'accepted';
      providerMessageId: string;
      /** Set when the provider knows at once that the message arrived (the outbox does). */
      delivered: boolean;
    }
  | { status: 'rejected'; kind: 'permanent' | 'temporary'; reason: string; retryAfterMs?: number };

/**
 * Every channel's provider behind one port. A provider must treat a repeated idempotency key as
 * the same message: it answers as it did the first time and never delivers twice.
 */
export interface MessageProvider {
  readonly name: string;
  send(message: OutgoingMessage, idempotencyKey: string): Promise<SendResult>;
}
