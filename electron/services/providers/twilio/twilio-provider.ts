import type { TwilioConfig } from '../../../../shared/providers/twilio';
import type { SmsCount } from '../../../../shared/templates/render-result';
import { callProvider, isRejection, rejectionOf, type ProviderResponse } from '../http/provider-http';
import { createPacedProvider } from '../http/paced-provider';
import { asRecord, parseJson } from '../http/provider-json';
import type { ProviderDeps, ProviderImplementation } from '../provider-implementation';
import type { OutgoingMessage, SendResult } from '../provider';
import { twilioStatusCallbackUrl } from './twilio-status';

export const TWILIO_PROVIDER = 'twilio';
const LABEL = 'Twilio';
/** Twilio refuses a body above 1,600 characters (about 10 segments). */
const MAX_SEGMENTS = 10;

function basicAuth(config: TwilioConfig): string {
  return `Basic ${Buffer.from(`${config.accountSid}:${config.authToken}`).toString('base64')}`;
}

function accountUrl(config: TwilioConfig): string {
  return `${config.baseUrl}/2010-04-01/Accounts/${encodeURIComponent(config.accountSid)}`;
}

/** Twilio's error body: `{ code, message, more_info, status }`. */
function twilioMessage(response: ProviderResponse): string | undefined {
  const body = asRecord(parseJson(response.text));
  if (typeof body.message !== 'string') return undefined;
  return typeof body.code === 'number' ? `${body.message} (error ${body.code})` : body.message;
}

/**
 * The form Twilio's Messages API takes. The body goes as rendered: the template counter has said
 * whether it is GSM-7 or UCS-2, and SmartEncoded stays off so Twilio does not swap characters
 * and change what was counted.
 */
export function twilioMessageForm(
  config: TwilioConfig,
  message: OutgoingMessage,
  statusCallback: string | null,
): URLSearchParams {
  const form = new URLSearchParams();
  form.set('To', message.recipient);
  if (config.from !== '') form.set('From', config.from);
  else form.set('MessagingServiceSid', config.messagingServiceSid);
  form.set('Body', String(message.rendered.output.body ?? ''));
  form.set('SmartEncoded', 'false');
  if (statusCallback !== null) form.set('StatusCallback', statusCallback);
  return form;
}

async function sendSms(
  config: TwilioConfig,
  deps: ProviderDeps,
  message: OutgoingMessage,
  key: string,
): Promise<SendResult> {
  const count = message.rendered.sms as SmsCount | undefined;
  if (count !== undefined && count.segments > MAX_SEGMENTS)
    return {
      status: 'rejected',
      kind: 'permanent',
      reason: `${LABEL} takes at most ${MAX_SEGMENTS} segments; this ${count.encoding} text has ${count.segments}`,
    };
  const statusCallback =
    deps.deliveryReportBaseUrl === null ? null : twilioStatusCallbackUrl(deps.deliveryReportBaseUrl, key);
  const answer = await callProvider(deps.fetch, LABEL, {
    url: `${accountUrl(config)}/Messages.json`,
    headers: {
      Authorization: basicAuth(config),
      'Content-Type': 'application/x-www-form-urlencoded',
      Accept: 'application/json',
      'Idempotency-Key': key,
    },
    body: twilioMessageForm(config, message, statusCallback),
    timeoutMs: config.timeoutSeconds * 1000,
  });
  if (isRejection(answer)) return answer;
  if (answer.status < 200 || answer.status > 299)
    return rejectionOf(LABEL, answer, twilioMessage(answer), deps.clock.now());
  const sid = asRecord(parseJson(answer.text)).sid;
  if (typeof sid !== 'string')
    return { status: 'rejected', kind: 'temporary', reason: `${LABEL} accepted the message without a message SID` };
  return { status: 'accepted', providerMessageId: sid, delivered: false, reportsDelivery: statusCallback !== null };
}

export const TWILIO_IMPLEMENTATION: ProviderImplementation<TwilioConfig> = {
  create(config, deps) {
    return createPacedProvider({
      name: TWILIO_PROVIDER,
      ratePerSecond: config.ratePerSecond,
      clock: deps.clock,
      deliver: (message, key) => sendSms(config, deps, message, key),
    });
  },

  /** Reads the account: checks the SID and token without sending anything. */
  async testConnection(config, deps) {
    const answer = await callProvider(deps.fetch, LABEL, {
      url: `${accountUrl(config)}.json`,
      method: 'GET',
      headers: { Authorization: basicAuth(config), Accept: 'application/json' },
      timeoutMs: config.timeoutSeconds * 1000,
    });
    if (isRejection(answer)) return { ok: false, error: answer.reason };
    if (answer.status !== 200)
      return { ok: false, error: rejectionOf(LABEL, answer, twilioMessage(answer), deps.clock.now()).reason };
    const account = asRecord(parseJson(answer.text));
    return {
      ok: true,
      detail: `Connected to the account "${String(account.friendly_name ?? config.accountSid)}" (${String(account.status ?? 'unknown status')})`,
    };
  },
};
