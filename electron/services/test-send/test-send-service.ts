import { customerTemplateData, type Contact } from '../../../shared/audience/index';
import {
  ApiError,
  OUTBOX_ONLY_RECIPIENT,
  type Contract,
  type ServiceImpl,
  type TestSendData,
  type TestSendProfile,
  type TestSendRecipient,
  type TestSendResult,
} from '../../../shared/contract/index';
import { channelLabel, type Channel } from '../../../shared/model/index';
import type { SampleProfileData } from '../../../shared/templates/index';
import { parseRecipientAddress } from '../../../shared/test-send/recipient-address';
import type { ServiceContext } from '../context';
import { addressFor } from '../engine/executors/message';
import { OUTBOX_PROVIDER } from '../providers/outbox-provider';
import type { SendResult } from '../providers/provider';
import type { RenderRequest } from '../rendering/render-pipeline';
import { sampleProfileData } from '../templates-service';

/** Every test send has a key of its own, which no journey send can have (theirs start with the run id). */
export function testSendKey(newId: () => string): string {
  return `test:${newId()}`;
}

const ADDRESS_NAMES: Readonly<Record<Channel, string>> = {
  email: 'email address',
  sms: 'phone number',
  whatsapp: 'phone number',
  telegram: 'Telegram chat id',
  push: 'push subscription',
  inapp: 'customer ID',
  wallet: 'customer ID',
  marketing: 'customer ID',
};

function requireContact(ctx: ServiceContext, customerId: string, path: string): Contact {
  const contact = ctx.store.contacts.find(customerId);
  if (contact === undefined)
    throw new ApiError('NOT_FOUND', `There is no contact with customerId "${customerId}".`, [
      { path, message: `No contact "${customerId}"` },
    ]);
  return contact;
}

function recipientOf(ctx: ServiceContext, channel: Channel, recipient: TestSendRecipient): string {
  if (recipient.type === 'outbox') return OUTBOX_ONLY_RECIPIENT;
  if (recipient.type === 'contact') {
    const contact = requireContact(ctx, recipient.customerId, 'recipient.customerId');
    const address = addressFor(contact, channel);
    if (address === null || address === '') {
      const message = `The contact "${contact.customerId}" has no ${ADDRESS_NAMES[channel]} for ${channelLabel(channel)}`;
      throw new ApiError('BAD_INPUT', `${message}.`, [{ path: 'recipient.customerId', message }]);
    }
    return address;
  }
  const address = parseRecipientAddress(channel, recipient.address);
  if (!address.ok)
    throw new ApiError('BAD_INPUT', `recipient.address: ${address.reason}`, [
      { path: 'recipient.address', message: address.reason },
    ]);
  return address.value;
}

function profileData(ctx: ServiceContext, profile: TestSendProfile | undefined): SampleProfileData {
  if (profile?.type === 'contact') {
    const contact = requireContact(ctx, profile.customerId, 'profile.customerId');
    return { customer: customerTemplateData(contact), order: {}, event: {} };
  }
  return sampleProfileData(ctx.store, profile?.profileId);
}

/** The given sections laid over the profile's: a key given here wins. */
function withData(base: SampleProfileData, data: TestSendData | undefined): SampleProfileData {
  if (data === undefined) return base;
  return {
    customer: { ...base.customer, ...data.customer },
    order: { ...base.order, ...data.order },
    event: { ...base.event, ...data.event },
  };
}

/** A provider that throws (a bug, a broken connection) is reported like a refusal, in its own words. */
async function sendSafely(send: () => Promise<SendResult>): Promise<SendResult> {
  try {
    return await send();
  } catch (error) {
    return { status: 'rejected', kind: 'temporary', reason: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Test send: one message rendered by the same pipeline as the sender's and sent through the
 * channel's provider (the outbox until one is configured), marked as a test with a key of its own.
 * It writes no message attempt and no step counter, so statistics and frequency caps never see it.
 */
export function createTestSendService(ctx: ServiceContext): ServiceImpl<Contract['services']['testSend']> {
  return {
    send: async ({ templateId, recipient: to, profile, data }): Promise<TestSendResult> => {
      const template = ctx.store.templates.require(templateId);
      const channel = template.channel;
      const recipient = recipientOf(ctx, channel, to);
      const provider = to.type === 'outbox' ? ctx.providers.outbox() : ctx.providers.forChannel(channel);
      const idempotencyKey = testSendKey(ctx.newId);
      const base = { channel, recipient, provider: provider.name, idempotencyKey };
      const rendered = await ctx.renderer.render({
        channel,
        content: template.content,
        data: withData(profileData(ctx, profile), data),
        strictVariables: false,
        knownCustomerFields: ctx.knownCustomerFields(),
        cache: false,
      } as RenderRequest);
      if (!rendered.ok) {
        const reason = rendered.diagnostics.find((d) => d.severity === 'error')?.message ?? 'render failed';
        return {
          ...base,
          status: 'failed',
          providerMessageId: null,
          outboxMessageId: null,
          error: `Could not render the template: ${reason}`,
          errorKind: 'permanent',
        };
      }
      const contactId = to.type === 'contact' ? to.customerId : profile?.type === 'contact' ? profile.customerId : null;
      const result = await sendSafely(() =>
        provider.send(
          {
            channel,
            recipient,
            rendered,
            journeyId: null,
            version: null,
            nodeId: null,
            runId: null,
            contactId,
            templateId: template.id,
            isTest: true,
          },
          idempotencyKey,
        ),
      );
      if (result.status === 'rejected')
        return {
          ...base,
          status: 'failed',
          providerMessageId: null,
          outboxMessageId: null,
          error: result.reason,
          errorKind: result.kind,
        };
      return {
        ...base,
        status: 'sent',
        providerMessageId: result.providerMessageId,
        outboxMessageId: provider.name === OUTBOX_PROVIDER ? result.providerMessageId : null,
        error: null,
        errorKind: null,
      };
    },
  };
}
