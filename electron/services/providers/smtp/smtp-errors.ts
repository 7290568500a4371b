import type { Rejection } from '../http/provider-http';

/** The fields nodemailer sets on an error (its `code` and the server's reply). */
interface SmtpFailure {
  code?: string;
  responseCode?: number;
  response?: string;
  message?: string;
}

/** Failures of the connection rather than of the message: the same message may go through later. */
const CONNECTION_CODES = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ETLS', 'EPROXY', 'EMAXLIMIT']);

/**
 * A failed SMTP exchange as a rejection, in the server's own words: replies 4xx are temporary and
 * 5xx permanent (RFC 5321); without a reply, a connection failure is temporary and anything else
 * (a refused configuration, a malformed address) permanent.
 */
export function smtpRejection(serverLabel: string, error: unknown): Rejection {
  const failure = (typeof error === 'object' && error !== null ? error : { message: String(error) }) as SmtpFailure;
  const reply = failure.response?.trim();
  if (failure.responseCode !== undefined && failure.responseCode >= 400) {
    return {
      status: 'rejected',
      kind: failure.responseCode < 500 ? 'temporary' : 'permanent',
      reason: `${serverLabel} answered ${reply || `${failure.responseCode}: ${failure.message ?? 'no message'}`}`,
    };
  }
  const temporary = failure.code !== undefined && CONNECTION_CODES.has(failure.code);
  return {
    status: 'rejected',
    kind: temporary ? 'temporary' : 'permanent',
    reason: `${serverLabel}: ${failure.message ?? 'failed'}${failure.code ? ` (${failure.code})` : ''}`,
  };
}
