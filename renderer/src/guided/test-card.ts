import type { SamplePayload } from '../../../shared/guided/package-schema';
import type { AppClient } from '../api/client';
import { messageOf } from '../store/message-of';
import { renderCardTemplate, renderedLines } from './render-card';

export interface CardTestRequest {
  templateId: string;
  samplePayload: SamplePayload;
  /** An address or number to send to; empty sends into the Outbox. */
  recipient: string;
}

export type CardTestResult =
  | { state: 'sent'; detail: string }
  | { state: 'rendered'; lines: string[]; detail: string }
  | { state: 'failed'; detail: string };

/** Said where a real test send will be once channel providers can send one message on request. */
export const TEST_SEND_PENDING = 'Test send arrives with channel providers';

/**
 * Tests a card's message: renders it with the event's sample payload, as the sender would. Sending
 * one rendered message on request needs the channel providers' test send, which this app does not
 * have yet; until then the test stops after rendering and says so.
 */
export async function testCard(client: AppClient, request: CardTestRequest): Promise<CardTestResult> {
  try {
    const result = await renderCardTemplate(client, request.templateId, request.samplePayload);
    if (!result.ok) {
      const problem = result.diagnostics.find((diagnostic) => diagnostic.severity === 'error');
      return { state: 'failed', detail: `The message does not render: ${problem?.message ?? 'unknown problem'}` };
    }
    return {
      state: 'rendered',
      lines: renderedLines(result),
      detail: `Rendered with the event's sample data. ${TEST_SEND_PENDING}: nothing was sent.`,
    };
  } catch (failure) {
    return { state: 'failed', detail: messageOf(failure) };
  }
}
