import { describe, it, expect } from 'vitest';
import { JourneySettingsSchema, defaultJourneySettings, type JourneySettings } from '../../../shared/model/index';
import { issuesOf } from './issues-of';

function settings(overrides: Partial<JourneySettings>): unknown {
  return { ...defaultJourneySettings(), ...overrides };
}

describe('JourneySettingsSchema', () => {
  it('accepts the guided-mode routing parameters', () => {
    const value = settings({
      primaryChannel: 'whatsapp',
      persona: 'seller',
      movementType: 'reverse',
      languages: ['en', 'hi-IN', 'zh-Hant-TW'],
      courierAccounts: ['delhivery-main'],
      orderTypes: ['cod'],
      timeZone: 'America/Argentina/Buenos_Aires',
      reEntry: { mode: 'after-period', periodHours: 72 },
      goal: { eventName: 'order_delivered', windowHours: 168 },
    });
    expect(issuesOf(JourneySettingsSchema, value)).toEqual([]);
  });

  it('defaults the time zone to UTC when it is left out', () => {
    const { timeZone: _omitted, ...withoutTimeZone } = defaultJourneySettings();
    expect(JourneySettingsSchema.parse({ ...withoutTimeZone }).timeZone).toBe('UTC');
  });

  it('accepts only time zones the runtime knows, as contacts do', () => {
    for (const timeZone of ['UTC', 'Europe/Madrid', 'America/New_York', 'Etc/GMT+5', 'Asia/Calcutta', 'Asia/Kolkata']) {
      expect(issuesOf(JourneySettingsSchema, settings({ timeZone }))).toEqual([]);
    }
    expect(issuesOf(JourneySettingsSchema, settings({ timeZone: 'Mars/Olympus' }))).toEqual([
      {
        path: 'timeZone',
        message: '"Mars/Olympus" is not a known time zone; expected an IANA time zone such as "UTC" or "Europe/Madrid"',
      },
    ]);
  });

  it('explains malformed languages, time zones and quiet hours', () => {
    expect(
      issuesOf(
        JourneySettingsSchema,
        settings({
          languages: ['en', 'English'],
          timeZone: 'GMT +5',
          quietHours: { enabled: true, start: '9pm', end: '08:00' },
        }),
      ),
    ).toEqual([
      { path: 'languages[1]', message: 'Expected a language code such as "en" or "pt-BR"' },
      {
        path: 'timeZone',
        message: '"GMT +5" is not a known time zone; expected an IANA time zone such as "UTC" or "Europe/Madrid"',
      },
      { path: 'quietHours.start', message: 'Expected a 24-hour time as HH:MM, e.g. "09:00"' },
    ]);
  });

  it('requires a period for "after-period" re-entry and nowhere else', () => {
    expect(issuesOf(JourneySettingsSchema, settings({ reEntry: { mode: 'after-period' } as never }))).toEqual([
      { path: 'reEntry.periodHours', message: 'Invalid input: expected number, received undefined' },
    ]);
    expect(issuesOf(JourneySettingsSchema, settings({ reEntry: { mode: 'never', periodHours: 5 } as never }))).toEqual([
      { path: 'reEntry.periodHours', message: 'Unrecognized key: "periodHours"' },
    ]);
    expect(issuesOf(JourneySettingsSchema, settings({ reEntry: { mode: 'sometimes' } as never }))).toEqual([
      {
        path: 'reEntry.mode',
        message: 'Unknown re-entry mode "sometimes"; expected one of "never", "always", "after-period"',
      },
    ]);
  });

  it('rejects a frequency cap of zero messages', () => {
    expect(
      issuesOf(JourneySettingsSchema, settings({ frequencyCap: { enabled: true, maxMessages: 0, periodHours: 24 } })),
    ).toEqual([{ path: 'frequencyCap.maxMessages', message: 'Too small: expected number to be >0' }]);
  });
});
