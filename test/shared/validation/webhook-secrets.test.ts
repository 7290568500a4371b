import { describe, expect, it } from 'vitest';
import { readJourneyFile, writeJourneyFile } from '../../../shared/exchange/index';
import type { Journey } from '../../../shared/model/index';
import { applyQuickFix, validateJourney } from '../../../shared/validation/index';
import { cleanContext, cleanJourney, link, ofCode, step, withNodes, withoutEdge } from './build-journey';

function withWebhook(url: string, headers: { name: string; value: string }[]): Journey {
  return withNodes(
    withoutEdge(cleanJourney(), 'vip.no'),
    [step('webhook', 'crm', 'Tell the CRM', { url, headers })],
    [link('vip', 'no', 'crm'), link('crm', 'success', 'done'), link('crm', 'failure', 'done')],
  );
}

const secretsMissing = (journey: Journey) => ofCode(validateJourney(journey, cleanContext()), 'WEBHOOK_SECRET_MISSING');

describe('WEBHOOK_SECRET_MISSING', () => {
  it('is not raised while the credentials are there', () => {
    const journey = withWebhook('https://crm.example.com/hook?token=t-1&api_key=k-1', [
      { name: 'Authorization', value: 'Bearer s3cr3t' },
      { name: 'X-Api-Key', value: 'k-123' },
    ]);
    expect(validateJourney(journey, cleanContext())).toEqual([]);
  });

  it('reports every credential an export left out, once the file is imported again', () => {
    const journey = withWebhook('https://crm.example.com/hook?token=t-1&source=journey&api%5Fkey=k-1', [
      { name: 'Content-Type', value: 'application/json' },
      { name: 'Authorization', value: 'Bearer s3cr3t' },
      { name: 'X-Api-Key', value: 'k-123' },
    ]);
    const written = writeJourneyFile({ journey, templates: [], fields: [] });
    expect(written.warnings.filter((warning) => warning.includes('was left empty'))).toHaveLength(4);
    const imported = readJourneyFile(written.content).journey;

    const found = secretsMissing(imported);
    expect(found.map((diagnostic) => [diagnostic.severity, diagnostic.path, diagnostic.fix?.kind])).toEqual([
      ['error', 'nodes[7].config.url', 'openField'],
      ['error', 'nodes[7].config.url', 'openField'],
      ['error', 'nodes[7].config.headers[1].value', 'openField'],
      ['error', 'nodes[7].config.headers[2].value', 'openField'],
    ]);
    expect(found.map((diagnostic) => diagnostic.message)).toEqual([
      'The URL of "Tell the CRM" has an empty "token" parameter, so the call would go out without its credential.',
      'The URL of "Tell the CRM" has an empty "api_key" parameter, so the call would go out without its credential.',
      'The "Authorization" header of "Tell the CRM" is empty, so the call would go out without its credential.',
      'The "X-Api-Key" header of "Tell the CRM" is empty, so the call would go out without its credential.',
    ]);
  });

  it('leaves an empty value under an ordinary name, and a parameter without "=", alone', () => {
    const journey = withWebhook('https://crm.example.com/hook?source=&token', [{ name: 'X-Trace', value: '' }]);
    expect(secretsMissing(journey)).toEqual([]);
  });

  it('offers a fix the editor carries out (opening the field), which changes nothing in the document', () => {
    const journey = withWebhook('https://crm.example.com/hook', [{ name: 'Cookie', value: ' ' }]);
    const [diagnostic] = secretsMissing(journey);
    expect(diagnostic?.fix).toEqual({ kind: 'openField', label: 'Fill in the "Cookie" header' });
    expect(applyQuickFix(journey, diagnostic!)).toBeNull();
  });
});
