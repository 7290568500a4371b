import { describe, it, expect } from 'vitest';
import {
  checkChannelLimits,
  PUSH_VISIBLE_LIMITS,
  truncateForPlatform,
  type RenderDiagnostic,
} from '../../../../shared/templates/index';

const check = (output: Record<string, unknown>) =>
  checkChannelLimits('push', {
    title: 'Your order shipped',
    body: 'Track it in the app.',
    imageUrl: '',
    deepLink: '',
    ...output,
  });
const fields = (diagnostics: RenderDiagnostic[]) => diagnostics.map((d) => `${d.severity}:${d.field}`);

describe('truncateForPlatform', () => {
  it('documents the approximate visible limits', () => {
    expect(PUSH_VISIBLE_LIMITS).toEqual({ android: { title: 65, body: 240 }, ios: { title: 50, body: 178 } });
  });

  it.each([
    ['android', 'title', 65],
    ['android', 'body', 240],
    ['ios', 'title', 50],
    ['ios', 'body', 178],
  ] as const)('%s %s: keeps %i characters, cuts one more to that many ending in …', (platform, field, limit) => {
    const fits = 'x'.repeat(limit);
    expect(truncateForPlatform(fits, platform, field)).toBe(fits);
    const cut = truncateForPlatform('x'.repeat(limit + 1), platform, field);
    expect(cut).toBe('x'.repeat(limit - 1) + '…');
    expect([...cut]).toHaveLength(limit);
  });

  it('never splits an emoji', () => {
    const cut = truncateForPlatform('😀'.repeat(60), 'ios', 'title');
    expect(cut).toBe('😀'.repeat(49) + '…');
  });

  it('does not leave a space before the ellipsis', () => {
    expect(truncateForPlatform('word '.repeat(20), 'ios', 'title')).toMatch(/word…$/);
  });
});

describe('push limits', () => {
  it('accepts a short notification', () => {
    expect(check({})).toEqual([]);
  });

  it('refuses a notification with neither title nor body', () => {
    expect(fields(check({ title: ' ', body: '' }))).toEqual(['error:body']);
    expect(check({ title: '', body: 'Body only' })).toEqual([]);
  });

  it('accepts a 50-character title, warns for iOS above 50', () => {
    expect(check({ title: 't'.repeat(50) })).toEqual([]);
    expect(check({ title: 't'.repeat(51) })).toEqual([
      {
        severity: 'warning',
        source: 'limit',
        field: 'title',
        message: 'The title is 51 characters; iOS shows about 50, the rest is cut with "…".',
      },
    ]);
  });

  it('warns for both platforms above 65', () => {
    expect(check({ title: 't'.repeat(66) })[0]?.message).toBe(
      'The title is 66 characters; iOS shows about 50 and Android shows about 65, the rest is cut with "…".',
    );
  });

  it('warns about the body above 178 (iOS) and 240 (Android)', () => {
    expect(check({ body: 'b'.repeat(178) })).toEqual([]);
    expect(check({ body: 'b'.repeat(179) })[0]?.message).toBe(
      'The body is 179 characters; iOS shows about 178, the rest is cut with "…".',
    );
    expect(check({ body: 'b'.repeat(241) })[0]?.message).toContain('iOS shows about 178 and Android shows about 240');
  });

  it('refuses title and body beyond the 4 KB payload', () => {
    const diagnostics = check({ body: 'é'.repeat(2000) }); // 4000 bytes + the title
    expect(diagnostics.find((d) => d.severity === 'error')?.message).toMatch(/take 4018 bytes/);
  });

  it('checks the image URL only when given', () => {
    expect(check({ imageUrl: 'https://cdn.example.com/a.jpg' })).toEqual([]);
    expect(check({ imageUrl: 'not a url' })).toEqual([
      {
        severity: 'error',
        source: 'limit',
        field: 'imageUrl',
        message: 'The image URL "not a url" is not a valid http(s) URL.',
      },
    ]);
    expect(fields(check({ imageUrl: 'ftp://example.com/a.jpg' }))).toEqual(['error:imageUrl']);
    expect(fields(check({ imageUrl: 'http://example.com/a.jpg' }))).toEqual(['warning:imageUrl']);
  });

  it('checks the deep link only when given, accepting app schemes', () => {
    expect(check({ deepLink: 'myapp://orders/123' })).toEqual([]);
    expect(check({ deepLink: 'https://example.com/orders/123' })).toEqual([]);
    expect(check({ deepLink: 'orders/123' })).toEqual([
      {
        severity: 'error',
        source: 'limit',
        field: 'deepLink',
        message: 'The deep link "orders/123" is not a valid URL (e.g. myapp://orders/123 or https://…).',
      },
    ]);
  });
});
