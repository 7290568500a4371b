import { redactWebhookConfig } from '../exchange/redact-credentials';
import { emptySecretQueryNames, isSecretHeaderName } from '../exchange/secret-names';
import type { NodeOfKind } from '../model/index';
import { webhookNodeKind } from '../model/nodes/webhook';
import { secretReferencesIn } from '../secrets/secret-references';
import type { CheckEnv } from '../validation/check-env';
import type { Finding } from '../validation/collector';
import { isHeaderName, isHeaderValue, webhookUrlProblem } from '../validation/webhook-url';
import { NO_DIGEST, NO_FIELDS, defineStepKind, sendsNoTemplates } from './step-kind';

function urlFinding(problem: NonNullable<ReturnType<typeof webhookUrlProblem>>, named: string, url: string): Finding {
  switch (problem) {
    case 'empty':
      return {
        code: 'INVALID_WEBHOOK',
        message: `${named} has no URL to call.`,
        hint: 'Enter the URL of the endpoint, e.g. https://api.example.com/hooks/journey.',
      };
    case 'unparseable':
      return {
        code: 'INVALID_WEBHOOK',
        message: `${named} calls "${url}", which is not a valid URL.`,
        hint: 'Enter a full URL starting with https://, e.g. https://api.example.com/hooks/journey.',
      };
    case 'scheme':
      return {
        code: 'INVALID_WEBHOOK',
        message: `${named} calls "${url}", which is not an http or https address.`,
        hint: 'Webhooks are HTTP calls: use a URL starting with https://.',
      };
    case 'insecure':
      return {
        code: 'INVALID_WEBHOOK',
        message: `${named} calls "${url}" over plain http, so the request and its data travel unencrypted.`,
        hint: 'Use https:// unless the endpoint is on this machine.',
      };
  }
}

/**
 * INVALID_WEBHOOK: the URL (an error, or a warning for plain http to another machine), then each bad
 * header. WEBHOOK_SECRET_MISSING for a credential left empty, as an exported file leaves them: the
 * call would go out unauthenticated, and only the user knows the value, so the fix opens the field.
 */
function checkWebhook(env: CheckEnv, index: number, node: NodeOfKind<'webhook'>): void {
  const { out } = env;
  const { url, headers } = node.config;
  const problem = webhookUrlProblem(url);
  if (problem !== null) {
    out.onNode(problem === 'insecure' ? 'warning' : 'error', index, urlFinding(problem, out.named(node), url.trim()), [
      'config',
      'url',
    ]);
  }
  for (const name of emptySecretQueryNames(url)) {
    out.onNode(
      'error',
      index,
      {
        code: 'WEBHOOK_SECRET_MISSING',
        message: `The URL of ${out.named(node)} has an empty "${name}" parameter, so the call would go out without its credential.`,
        hint: `Fill in the value of "${name}" in the URL (files exported from Journey Studio leave credentials out).`,
        fix: { kind: 'openField', label: 'Fill in the URL' },
      },
      ['config', 'url'],
    );
  }
  for (let header = 0; header < headers.length; header++) {
    const { name, value } = headers[header]!;
    if (isHeaderName(name) && isSecretHeaderName(name) && value.trim() === '') {
      out.onNode(
        'error',
        index,
        {
          code: 'WEBHOOK_SECRET_MISSING',
          message: `The "${name}" header of ${out.named(node)} is empty, so the call would go out without its credential.`,
          hint: `Fill in the "${name}" header (files exported from Journey Studio leave credentials out), or remove the header.`,
          fix: { kind: 'openField', label: `Fill in the "${name}" header` },
        },
        ['config', 'headers', header, 'value'],
      );
      continue;
    }
    if (!isHeaderName(name)) {
      out.onNode(
        'error',
        index,
        {
          code: 'INVALID_WEBHOOK',
          message:
            name.trim() === ''
              ? `${out.named(node)} has a header without a name.`
              : `${out.named(node)} has a header named "${name}", which is not a valid header name.`,
          hint: 'Header names are single words of letters, digits and dashes, e.g. "X-Api-Key"; remove the header if it is not needed.',
        },
        ['config', 'headers', header, 'name'],
      );
    } else if (!isHeaderValue(value)) {
      out.onNode(
        'error',
        index,
        {
          code: 'INVALID_WEBHOOK',
          message: `The "${name}" header of ${out.named(node)} contains a line break.`,
          hint: 'Put the header value on one line.',
        },
        ['config', 'headers', header, 'value'],
      );
    }
  }
}

/** UNKNOWN_SECRET: a `{{ secrets.NAME }}` with no secret of that name stored; the call would fail. */
function checkSecretReferences(env: CheckEnv, index: number, node: NodeOfKind<'webhook'>): void {
  const known = env.context.secretNames;
  if (known === undefined) return;
  const { url, headers, bodyTemplate, method } = node.config;
  const places: { text: string; path: (string | number)[]; where: string }[] = [
    { text: url, path: ['config', 'url'], where: 'URL' },
    ...headers.map((header, position) => ({
      text: header.value,
      path: ['config', 'headers', position, 'value'],
      where: `"${header.name}" header`,
    })),
    ...(method === 'GET' || method === 'DELETE'
      ? []
      : [{ text: bodyTemplate, path: ['config', 'bodyTemplate'], where: 'body' }]),
  ];
  for (const place of places) {
    for (const name of secretReferencesIn(place.text)) {
      if (known.has(name)) continue;
      env.out.onNode(
        'error',
        index,
        {
          code: 'UNKNOWN_SECRET',
          message: `The ${place.where} of ${env.out.named(node)} uses the secret "${name}", which is not stored on this machine.`,
          hint: `Add a secret named "${name}" under Settings → Secrets, or use one that exists.`,
        },
        place.path,
      );
    }
  }
}

export const webhookStepKind = defineStepKind(webhookNodeKind, {
  waits: 'none',
  check: (env, index, node) => {
    checkWebhook(env, index, node);
    checkSecretReferences(env, index, node);
  },
  ...sendsNoTemplates,
  fieldsRead: () => NO_FIELDS,
  digest: () => NO_DIGEST,
  withoutSecrets: (step, stepName) => {
    const { config, warnings } = redactWebhookConfig(step.config, stepName);
    return { step: { ...step, config }, warnings };
  },
});
