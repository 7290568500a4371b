import { z } from 'zod';
import { ratePerSecondSchema, TIMEOUT_FIELD, timeoutSecondsSchema } from './http-provider-settings';
import type { ProviderDescription } from './provider-description';

export const SMTP_SECURITY = ['starttls', 'tls', 'none'] as const;

const optionalEmail = z.union([z.literal(''), z.email('Enter an email address such as replies@example.com')]);

export const SmtpConfigSchema = z
  .object({
    host: z.string().trim().min(1, 'Enter the SMTP server, e.g. smtp.example.com'),
    port: z.coerce.number().int('The port is a whole number').min(1).max(65535),
    /** STARTTLS upgrades a plain connection (port 587) and is required; TLS connects encrypted (465). */
    security: z.enum(SMTP_SECURITY),
    username: z.string().default(''),
    password: z.string().default(''),
    fromName: z.string().max(200).default(''),
    fromAddress: z.email('Enter the sender address, e.g. news@example.com'),
    replyTo: optionalEmail.default(''),
    maxConnections: z.coerce.number().int().min(1).max(50).default(5),
    ratePerSecond: ratePerSecondSchema(10),
    timeoutSeconds: timeoutSecondsSchema(30, 300),
  })
  .superRefine((config, context) => {
    if (config.password !== '' && config.username === '')
      context.addIssue({ code: 'custom', path: ['username'], message: 'A password needs a user name' });
  });
export type SmtpConfig = z.output<typeof SmtpConfigSchema>;

export const SMTP_PROVIDER: ProviderDescription<SmtpConfig> = {
  kind: 'smtp',
  label: 'Email over SMTP',
  channels: ['email'],
  schema: SmtpConfigSchema as z.ZodType<SmtpConfig>,
  fields: [
    { key: 'host', label: 'SMTP server', input: 'text', placeholder: 'smtp.example.com' },
    { key: 'port', label: 'Port', input: 'number', help: '587 for STARTTLS, 465 for TLS' },
    {
      key: 'security',
      label: 'Encryption',
      input: 'select',
      options: [
        { value: 'starttls', label: 'STARTTLS (required)' },
        { value: 'tls', label: 'TLS from the start' },
        { value: 'none', label: 'None (local relays only)' },
      ],
    },
    { key: 'username', label: 'User name', input: 'text', optional: true },
    { key: 'password', label: 'Password', input: 'secret', optional: true },
    { key: 'fromName', label: 'From name', input: 'text', optional: true, help: "A template's sender name wins" },
    { key: 'fromAddress', label: 'From address', input: 'email', placeholder: 'news@example.com' },
    { key: 'replyTo', label: 'Reply-to', input: 'email', optional: true },
    { key: 'maxConnections', label: 'Connections', input: 'number', help: 'Pooled connections kept open' },
    { key: 'ratePerSecond', label: 'Messages per second', input: 'number' },
    TIMEOUT_FIELD,
  ],
  defaults: {
    port: 587,
    security: 'starttls',
    username: '',
    password: '',
    fromName: '',
    replyTo: '',
    maxConnections: 5,
    ratePerSecond: 10,
    timeoutSeconds: 30,
  },
  help: 'Test connection logs in without sending. A message counts as sent when the server accepts it.',
};
