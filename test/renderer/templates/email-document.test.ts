import { describe, expect, it } from 'vitest';
import { previewCsp, withPreviewCsp } from '../../../renderer/src/templates/previews/email-document';

describe('email preview document', () => {
  it('allows no scripts or fetches, and remote images only on request', () => {
    expect(previewCsp(false)).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(previewCsp(true)).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data: https: http:");
  });

  it('puts the policy first in the head, before any style', () => {
    const html = '<!doctype html><html><head lang="x"><style>p{}</style></head><body><header>h</header></body></html>';
    const out = withPreviewCsp(html, false);
    expect(out.indexOf('Content-Security-Policy')).toBeGreaterThan(out.indexOf('<head lang="x">'));
    expect(out.indexOf('Content-Security-Policy')).toBeLessThan(out.indexOf('<style>'));
    expect(out).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
  });

  it('still comes first without a head, after the doctype', () => {
    expect(withPreviewCsp('<!DOCTYPE html><p>hi</p>', true)).toMatch(
      /^<!DOCTYPE html><meta http-equiv="Content-Security-Policy"[^>]*><p>hi<\/p>$/,
    );
    expect(withPreviewCsp('<header>x</header>', false)).toMatch(/^<meta http-equiv/);
  });
});
