import { createHash } from 'node:crypto';
import type { SmtpConfig } from '../../../../shared/providers/smtp';
import type { OutgoingMessage } from '../provider';

export interface EmailParts {
  from: { name: string; address: string };
  to: string;
  replyTo?: string;
  subject: string;
  html: string;
  text: string;
  messageId: string;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Mail clients show the first text of the body beside the subject. An MJML template with
 * <mj-preview> has the preheader there already; otherwise it goes in hidden, first in the body.
 */
export function withPreheader(html: string, preheader: string): string {
  const text = preheader.trim();
  if (text === '' || html.includes(escapeHtml(text))) return html;
  const hidden = `<div style="display:none;max-height:0;overflow:hidden;mso-hide:all" aria-hidden="true">${escapeHtml(text)}</div>`;
  const body = /<body[^>]*>/i.exec(html);
  if (body === null) return hidden + html;
  const at = body.index + body[0].length;
  return html.slice(0, at) + hidden + html.slice(at);
}

/** One Message-ID per idempotency key: a message sent again after a crash can be recognised as the same. */
export function messageIdFor(key: string, fromAddress: string): string {
  const domain = fromAddress.slice(fromAddress.lastIndexOf('@') + 1) || 'journey-studio.local';
  return `<${createHash('sha256').update(key).digest('hex').slice(0, 40)}@${domain}>`;
}

function textOf(output: Record<string, unknown>, field: string): string {
  const value = output[field];
  return typeof value === 'string' ? value : '';
}

/** The rendered email as it goes on the wire: the template's sender name wins over the configured one. */
export function emailParts(config: SmtpConfig, message: OutgoingMessage, key: string): EmailParts {
  const output = message.rendered.output;
  return {
    from: { name: textOf(output, 'fromName').trim() || config.fromName, address: config.fromAddress },
    to: message.recipient,
    ...(config.replyTo === '' ? {} : { replyTo: config.replyTo }),
    subject: textOf(output, 'subject'),
    html: withPreheader(textOf(output, 'html'), textOf(output, 'preheader')),
    text: textOf(output, 'text'),
    messageId: messageIdFor(key, config.fromAddress),
  };
}
