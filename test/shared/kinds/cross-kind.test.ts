import { describe, expect, it } from 'vitest';
import { mapTemplateIds, templateIdsOf } from '../../../shared/exchange/index';
import { summarizeJourney } from '../../../shared/journey/summary';
import type { Journey } from '../../../shared/model/index';
import { cleanJourney, journeyOf, step } from '../validation/build-journey';

/** A message with a primary template and fallbacks; "" is what a document that skipped the schema may hold. */
function messageUsing(primary: string | null, fallbacks: (string | null)[]): Journey {
  return journeyOf([
    step('message', 'm', 'Hello', {
      channel: 'whatsapp',
      templateId: primary,
      fallbacks: fallbacks.map((templateId) => ({ channel: 'sms' as const, templateId })),
    }),
  ]);
}

describe('template references (one rule for export, import and the store)', () => {
  it('lists each named template once, primary then fallbacks; null and "" name none', () => {
    expect(templateIdsOf(messageUsing('t-wa', ['t-sms', null, 't-wa']))).toEqual(['t-wa', 't-sms']);
    expect(templateIdsOf(messageUsing('', [null, '']))).toEqual([]);
  });

  it('maps only what names a template, passing the step along; an empty slot stays empty', () => {
    const seen: string[] = [];
    const mapped = mapTemplateIds(messageUsing('t-wa', ['', 't-sms']), (id, node) => {
      seen.push(`${node.id}:${id}`);
      return id === 't-sms' ? null : `${id}-2`;
    });
    expect(seen).toEqual(['m:t-wa', 'm:t-sms']);
    expect(mapped.nodes[0]).toMatchObject({
      config: { templateId: 't-wa-2', fallbacks: [{ templateId: null }, { templateId: null }] },
    });
  });
});

describe('the dashboard digest', () => {
  it('lists channels in order of first use and the first entry type', () => {
    expect(summarizeJourney(cleanJourney())).toEqual({ channels: ['email', 'sms'], entryType: 'filter', nodeCount: 7 });
  });
});
