import type { SamplePayload } from '../../../shared/guided/package-schema';
import type { AppClient } from '../api/client';
import { messageOf } from '../store/message-of';
import { renderCardTemplate, renderedLines, sampleDataFor } from './render-card';

export interface CardTestRequest {
  templateId: string;
  samplePayload: SamplePayload;
  /** An address or number to send to; empty keeps the test in the Outbox, whatever provider the channel has. */
  recipient: string;
}

export type CardTestResult = { state: 'sent'; lines: string[]; detail: string } | { state: 'failed'; detail: string };

/**
 * Tests a card's message: renders it with the event's sample payload, as the sender would, then
 * sends it as a test through the channel's provider (the Outbox unless one is set up). A message
 * that does not render is not sent.
 */
export async function testCard(client: AppClient, request: CardTestRequest): Promise<CardTestResult> {
  try {
    const rendered = await renderCardTemplate(client, request.templateId, request.samplePayload);
    if (!rendered.ok) {
      const problem = rendered.diagnostics.find((diagnostic) => diagnostic.severity === 'error');
      return { state: 'failed', detail: `The message does not render: ${problem?.message ?? 'unknown problem'}` };
    }
    const address = request.recipient.trim();
    const sent = await client.testSend.send({
      templateId: request.templateId,
      recipient: address === '' ? { type: 'outbox' } : { type: 'address', address },
      data: sampleDataFor(request.samplePayload),
    });
    if (sent.status === 'failed') return { state: 'failed', detail: `Not sent: ${sent.error ?? 'refused'}` };
    const where = sent.provider === 'outbox' ? 'the Outbox' : sent.provider;
    const id = sent.providerMessageId ?? sent.idempotencyKey;
    return {
      state: 'sent',
      lines: renderedLines(rendered),
      detail:
        address === ''
          ? `Test kept in the Outbox, with no recipient (message ${id}).`
          : `Test sent to ${sent.recipient} through ${where} (message ${id}).`,
    };
  } catch (failure) {
    return { state: 'failed', detail: messageOf(failure) };
  }
}
