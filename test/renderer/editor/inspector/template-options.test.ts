import { describe, expect, it } from 'vitest';
import {
  matchesLanguages,
  templateAfterChannelChange,
  templateOptions,
  type TemplateChoice,
} from '../../../../renderer/src/editor/inspector/template-options';

const templates: TemplateChoice[] = [
  { id: 't-email-en', channel: 'email', name: 'Shipped', language: 'en' },
  { id: 't-email-de', channel: 'email', name: 'Versandt', language: 'de' },
  { id: 't-email-any', channel: 'email', name: 'Generic', language: '' },
  { id: 't-sms', channel: 'sms', name: 'Shipped SMS', language: 'en-GB' },
];

describe('template options', () => {
  it('offers the channel’s templates in the journey’s languages after "No template"', () => {
    expect(templateOptions(templates, 'email', ['en'], null)).toEqual([
      { value: '', label: 'No template' },
      { value: 't-email-en', label: 'Shipped (en)' },
      { value: 't-email-any', label: 'Generic' },
    ]);
  });

  it('matches languages by their primary subtag and lets an empty list match everything', () => {
    expect(matchesLanguages('en-GB', ['en'])).toBe(true);
    expect(matchesLanguages('EN', ['en-US'])).toBe(true);
    expect(matchesLanguages('de', ['en'])).toBe(false);
    expect(matchesLanguages('de', [])).toBe(true);
  });

  it('keeps a current choice that no longer fits, saying why', () => {
    const labels = (selected: string) =>
      templateOptions(templates, 'email', ['en'], selected).map((option) => option.label);
    expect(labels('t-email-de')).toContain('Versandt (other language)');
    expect(labels('t-sms')).toContain('Shipped SMS (other channel)');
    expect(labels('gone')).toContain('gone (not found)');
  });

  it('clears a known template of another channel when the channel changes, keeps an unknown one', () => {
    expect(templateAfterChannelChange('t-email-en', 'sms', templates)).toBeNull();
    expect(templateAfterChannelChange('t-email-en', 'email', templates)).toBe('t-email-en');
    expect(templateAfterChannelChange('not-loaded', 'sms', templates)).toBe('not-loaded');
    expect(templateAfterChannelChange(null, 'sms', templates)).toBeNull();
  });
});
