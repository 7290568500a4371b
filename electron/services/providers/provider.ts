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
      /**
       * Set when the provider will report later whether this message arrived (through
       * `onDeliveryReport`): a message step with a delivery window waits for that report.
       */
      reportsDelivery?: boolean;
    }
  | { status: 'rejected'; kind: 'permanent' | 'temporary'; reason: string; retryAfterMs?: number };

/** What a provider learnt later about a message it accepted, named by the send's idempotency key. */
export interface DeliveryReport {
  idempotencyKey: string;
  status: 'delivered' | 'failed';
  providerMessageId?: string;
  /** Why it failed, as the provider says it. */
  reason?: string;
  /** When it happened (epoch ms); the time it is heard when absent. */
  at?: number;
}

export type DeliveryReportListener = (report: DeliveryReport) => void;

/**
 * Every channel's provider behind one port. A provider must treat a repeated idempotency key as
 * the same message: it answers as it did the first time and never delivers twice.
 */
export interface MessageProvider {
  readonly name: string;
  send(message: OutgoingMessage, idempotencyKey: string): Promise<SendResult>;
  /**
   * For providers that learn about delivery after accepting (webhooks, polling): the host listens
   * here and records each report as a `message.delivered` / `message.failed` event. A report may
   * come more than once; only the first counts. Returns how to stop listening.
   */
  onDeliveryReport?(listener: DeliveryReportListener): () => void;
  /**
   * For a provider that routes each channel to another (the channel routing): the provider a
   * message on this channel goes to now, whose name the attempt log records.
   */
  routeFor?(channel: string): MessageProvider;
}
