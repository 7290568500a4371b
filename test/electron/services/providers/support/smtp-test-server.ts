import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  envelope: { from: string; to: string[] };
  user: string | undefined;
  parsed: ParsedMail;
  raw: string;
}

export interface SmtpTestServerOptions {
  /** Required credentials; without them the server takes mail from anyone. */
  auth?: { user: string; pass: string };
  /** Recipient address → the SMTP reply that refuses it, e.g. "550 5.1.1 No such user". */
  refuse?: Record<string, string>;
  /** Listen on this port (to come back where a stopped server was). */
  port?: number;
}

/** An SMTP server on 127.0.0.1 (no TLS) that parses every message it accepts. */
export interface SmtpTestServer {
  port: number;
  readonly mails: readonly ReceivedMail[];
  /** Resolves when `count` messages have arrived. */
  received(count: number): Promise<readonly ReceivedMail[]>;
  /** Stops listening and drops open connections with 421, as a server going down does. */
  close(): Promise<void>;
}

function replyError(reply: string): Error {
  const code = Number(reply.slice(0, 3));
  return Object.assign(new Error(reply.slice(4)), { responseCode: code });
}

export async function startSmtpTestServer(options: SmtpTestServerOptions = {}): Promise<SmtpTestServer> {
  const mails: ReceivedMail[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  const server = new SMTPServer({
    disabledCommands: options.auth ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    allowInsecureAuth: true,
    authOptional: !options.auth,
    closeTimeout: 50,
    logger: false,
    onAuth(auth, _session, callback) {
      const ok = auth.username === options.auth?.user && auth.password === options.auth?.pass;
      if (ok) callback(null, { user: auth.username });
      else callback(Object.assign(new Error('Authentication credentials invalid'), { responseCode: 535 }));
    },
    onRcptTo(address, _session, callback) {
      const refusal = options.refuse?.[address.address];
      callback(refusal === undefined ? null : replyError(refusal));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        simpleParser(raw).then(
          (parsed) => {
            mails.push({
              envelope: {
                from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
                to: session.envelope.rcptTo.map((to) => to.address),
              },
              user: session.user as string | undefined,
              parsed,
              raw,
            });
            for (const waiter of waiters.filter((w) => mails.length >= w.count)) {
              waiters.splice(waiters.indexOf(waiter), 1);
              waiter.resolve();
            }
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    mails,
    received: (count) =>
      mails.length >= count
        ? Promise.resolve(mails)
        : new Promise((resolve) => waiters.push({ count, resolve: () => resolve(mails) })),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
