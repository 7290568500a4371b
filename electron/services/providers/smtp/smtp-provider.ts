import { createTransport } from 'nodemailer';
import type { SmtpConfig } from '../../../../shared/providers/smtp';
import type { ClosableProvider, ProviderDeps, ProviderImplementation } from '../provider-implementation';
import { oncePerKey } from '../once-per-key';
import { createRateLimiter } from '../rate-limiter';
import { emailParts } from './email-message';
import { smtpRejection } from './smtp-errors';

export const SMTP_PROVIDER_NAME = 'smtp';

function connectionOptions(config: SmtpConfig) {
  const timeout = Math.round(config.timeoutSeconds * 1000);
  return {
    host: config.host,
    port: config.port,
    secure: config.security === 'tls',
    requireTLS: config.security === 'starttls',
    ignoreTLS: config.security === 'none',
    ...(config.username === '' ? {} : { auth: { user: config.username, pass: config.password } }),
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  };
}

function serverLabel(config: SmtpConfig): string {
  return `SMTP server ${config.host}:${config.port}`;
}

/**
 * Email through the company's SMTP server over pooled connections, paced to the configured rate.
 * A message is "sent" once the server accepts it; SMTP does not say later whether it arrived.
 */
function createSmtpProvider(config: SmtpConfig, deps: ProviderDeps): ClosableProvider {
  const transport = createTransport({
    ...connectionOptions(config),
    pool: true,
    maxConnections: config.maxConnections,
    // One requeue covers a pooled connection the server had closed while it sat idle; every
    // other failure goes back to the engine, which retries and records each attempt.
    maxRequeues: 1,
  });
  const limiter = createRateLimiter(config.ratePerSecond, deps.clock);
  const label = serverLabel(config);
  const send = oncePerKey(async (message, key) => {
    await limiter.take();
    const parts = emailParts(config, message, key);
    try {
      const info = await transport.sendMail({
        ...parts,
        disableFileAccess: true,
        disableUrlAccess: true,
      });
      return { status: 'accepted', providerMessageId: info.messageId || parts.messageId, delivered: false };
    } catch (error) {
      return smtpRejection(label, error);
    }
  });
  return {
    name: SMTP_PROVIDER_NAME,
    send,
    async close() {
      limiter.close();
      transport.close();
    },
  };
}

/** Connects, says EHLO, upgrades to TLS and logs in as configured, and sends nothing. */
async function testSmtpConnection(config: SmtpConfig) {
  const transport = createTransport(connectionOptions(config));
  try {
    await transport.verify();
    const as = config.username === '' ? 'without logging in' : `logged in as ${config.username}`;
    return { ok: true as const, detail: `Connected to ${serverLabel(config)} and ${as}` };
  } catch (error) {
    return { ok: false as const, error: smtpRejection(serverLabel(config), error).reason };
  } finally {
    transport.close();
  }
}

export const SMTP_IMPLEMENTATION: ProviderImplementation<SmtpConfig> = {
  create: createSmtpProvider,
  testConnection: (config) => testSmtpConnection(config),
};
