import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import { startCore } from '../../../electron/services/app-services';
import { createEmptyJourney, createNode, type Journey, type WebhookConfig } from '../../../shared/model/index';
import { useTempDir } from '../../support/temp-dir';
import { captureIo } from './support/capture-io';

const tempDir = useTempDir();

/** Eleven kinds of credential a webhook step can hold; each value is distinctive so a leak is found by grep. */
const PLANTED = {
  authorizationHeader: 'Basic cGxhbnRlZDAxOnMzY3JldA',
  apiKeyHeader: 'planted02-9f8e7d6c5b4a39281706',
  urlPassword: 'planted03pw',
  tokenQuery: 'planted04tok',
  bearerUnderNeutralName: 'Bearer planted05Xq9Lm3Rt7Vw2Yz8',
  fragmentToken: 'planted06Hk4Jm8Np2Qs6Tv0Wx3',
  oauthCode: 'planted07c0de',
  hubSignature: 'sha256=0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9',
  slackPathToken: 'Pl4nted08xY7zW6vU5tS4rQ3',
  bodyPassword: 'planted09-hunter2',
  bodyApiKey: 'sk_live_planted10AbCdEf123456',
} as const;

function webhookJourney(): Journey {
  const journey = createEmptyJourney({ id: 'j_hooks', name: 'Hooks', now: '2025-01-01T00:00:00.000Z' });
  const hook = (id: string, config: Partial<WebhookConfig>) => {
    const node = createNode('webhook', { id, position: { x: 0, y: 0 }, label: id });
    return { ...node, config: { ...node.config, ...config } };
  };
  return {
    ...journey,
    nodes: [
      hook('crm', {
        url: `https://bot:${PLANTED.urlPassword}@crm.example.com/in?token=${PLANTED.tokenQuery}&page=2`,
        headers: [
          { name: 'Authorization', value: PLANTED.authorizationHeader },
          { name: 'X-Api-Key', value: PLANTED.apiKeyHeader },
          { name: 'X-Forward', value: PLANTED.bearerUnderNeutralName },
          { name: 'X-Hub-Signature-256', value: PLANTED.hubSignature },
          { name: 'Content-Type', value: 'application/json' },
        ],
        bodyTemplate: `{"user":"{{ contact.email }}","password":"${PLANTED.bodyPassword}","note":"key ${PLANTED.bodyApiKey}"}`,
      }),
      hook('callback', {
        method: 'GET',
        url: `https://app.example.com/cb?code=${PLANTED.oauthCode}&state=xyz#access_token=${PLANTED.fragmentToken}&expires_in=3600`,
      }),
      hook('slack', { url: `https://hooks.slack.com/services/T0123ABCD/B0456EFGH/${PLANTED.slackPathToken}` }),
    ],
  };
}

describe('journey-studio export -o with planted secrets', () => {
  it('writes none of the eleven kinds of secret to the file, readable by its owner only, and warns for each', async () => {
    const dataDir = tempDir();
    const core = startCore({ dataDir, host: 'browser', appVersion: 'test' });
    try {
      core.context.store.journeys.insert(webhookJourney());
    } finally {
      await core.stop();
    }
    const output = path.join(tempDir(), 'hooks.journey.json');
    fs.writeFileSync(output, 'an older export, readable by everyone', { mode: 0o644 });
    fs.chmodSync(output, 0o644);
    const io = captureIo();
    expect(await runCli(['export', 'j_hooks', '-o', output, '--data-dir', dataDir], io)).toBe(0);

    if (process.platform !== 'win32') expect((fs.statSync(output).mode & 0o777).toString(8)).toBe('600');
    const written = fs.readFileSync(output, 'utf8');
    const leaked = Object.entries(PLANTED).filter(([, value]) =>
      written.includes(value.replace(/^(Bearer|Basic) /, '')),
    );
    expect(leaked).toEqual([]);
    expect(written).not.toMatch(/planted\d\d/i);

    const warnings = io
      .errText()
      .split('\n')
      .filter((line) => line.startsWith('warning: '));
    expect(warnings).toEqual(
      [
        'Header "Authorization" of step "crm" was left empty',
        'Header "X-Api-Key" of step "crm" was left empty',
        'Header "X-Forward" of step "crm" held a credential with its scheme and was left empty',
        'Header "X-Hub-Signature-256" of step "crm" was left empty',
        'The user name and password in the URL of step "crm" were removed',
        'Query parameter "token" in the URL of step "crm" was left empty',
        'Field "password" in the body of step "crm" was left empty',
        'The body of step "crm" held an API key, which was removed',
        'Query parameter "code" in the URL of step "callback" was left empty',
        'Parameter "access_token" in the URL fragment of step "callback" was left empty',
        'Part 4 of the URL path of step "slack" held a random-looking token and was left empty',
      ].map((sentence) => `warning: ${sentence}: secrets are not exported.`),
    );

    const exported = JSON.parse(written).journey.nodes as { id: string; config: WebhookConfig }[];
    const byId = new Map(exported.map((node) => [node.id, node.config]));
    expect(byId.get('crm')!.url).toBe('https://crm.example.com/in?token=&page=2');
    expect(byId.get('crm')!.headers.find((header) => header.name === 'Content-Type')!.value).toBe('application/json');
    expect(byId.get('crm')!.bodyTemplate).toBe('{"user":"{{ contact.email }}","password":"","note":"key "}');
    expect(byId.get('callback')!.url).toBe('https://app.example.com/cb?code=&state=xyz#access_token=&expires_in=3600');
    expect(byId.get('slack')!.url).toBe('https://hooks.slack.com/services/T0123ABCD/B0456EFGH/');
  });
});
