import { parsed, quote, rejected, type Parsed } from './result';

// The dot-atom of RFC 5322 plus letters beyond ASCII (internationalised addresses, RFC 6531).
const LOCAL_PART = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u;
const DOMAIN_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;

/**
 * An email address: trimmed, the domain lowercased (the local part keeps its case: servers may
 * treat it as case-sensitive). "mailto:" and the "Name <address>" form are unwrapped. The check
 * is deliberately practical rather than the full RFC: one @, a dot-atom local part, and a domain
 * of at least two labels whose last is not numeric; quoted local parts and IP domains are rejected.
 */
export function parseEmail(raw: string): Parsed<string> {
  let text = raw.trim();
  const named = /^[^<>]*<([^<>]*)>$/.exec(text);
  if (named) text = (named[1] ?? '').trim();
  if (/^mailto:/i.test(text)) text = text.slice('mailto:'.length);
  if (/\s/.test(text)) return rejected(`${quote(raw.trim())} contains a space`);
  const at = text.split('@');
  if (at.length < 2) return rejected(`${quote(text)} has no @`);
  if (at.length > 2) return rejected(`${quote(text)} has more than one @`);
  const [local = '', rawDomain = ''] = at;
  if (local === '') return rejected(`${quote(text)} has nothing before the @`);
  if (local.length > 64) return rejected(`${quote(text)}: the part before the @ is longer than 64 characters`);
  if (!LOCAL_PART.test(local))
    return rejected(`${quote(text)}: the part before the @ has a character or dot out of place`);
  const domain = rawDomain.toLowerCase().replace(/\.$/, '');
  if (domain === '') return rejected(`${quote(text)} has no domain after the @`);
  const labels = domain.split('.');
  if (labels.length < 2) return rejected(`${quote(text)}: the domain "${domain}" has no dot`);
  if (domain.length > 253 || !labels.every((label) => DOMAIN_LABEL.test(label))) {
    return rejected(`${quote(text)}: "${domain}" is not a valid domain`);
  }
  if (/^\d+$/.test(labels[labels.length - 1] ?? ''))
    return rejected(`${quote(text)}: "${domain}" is not a valid domain`);
  return parsed(`${local}@${domain}`);
}
