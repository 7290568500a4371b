import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl, isSafeExternalUrl } from '../../../electron/main/app-url';

describe('isAppUrl', () => {
  it.each([
    APP_ENTRY_URL,
    'app://journey-studio/',
    'app://journey-studio/index.html#/journeys/abc',
    'app://JOURNEY-STUDIO/index.html',
  ])('accepts the app origin: %s', (url) => expect(isAppUrl(url)).toBe(true));

  it.each([
    'https://evil.example/',
    'file:///etc/passwd',
    'http://journey-studio/',
    'app://journey-studio.evil.example/',
    'app://journey-studio@evil.example/',
    'app://user:pass@journey-studio/',
    'app://journey-studio:8080/',
    'app://other/',
    'javascript:alert(1)',
    'about:blank',
    'blob:app://journey-studio/123',
    '',
    'not a url',
  ])('refuses %s', (url) => expect(isAppUrl(url)).toBe(false));
});

describe('isSafeExternalUrl', () => {
  it('accepts plain web links', () => {
    expect(isSafeExternalUrl('https://docs.example.com/help?x=1')).toBe(true);
    expect(isSafeExternalUrl('http://example.com/offer')).toBe(true);
  });

  it.each([
    'ftp://example.com/',
    'file:///C:/Windows/system32/calc.exe',
    'javascript:alert(1)',
    'app://journey-studio/',
    'smb://host/share',
    'https://bank.example@evil.example/',
    'nonsense',
  ])('refuses %s', (url) => expect(isSafeExternalUrl(url)).toBe(false));
});
