import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkVariables, createLiquid, extractVariables, renderLiquid } from '../../../shared/templates/index';
import { mjml2html } from './mjml';

/**
 * The email fixtures feed the rendering pipeline's "same HTML as mjml2html" test and the benchmark,
 * so they must stay valid MJML both as written (Liquid untouched) and once Liquid has rendered them
 * with the sample data next to them, and every variable they read must be in that data; the
 * customer keys they read are the custom fields of the project they stand for.
 */
const dir = fileURLToPath(new URL('../../fixtures/emails/', import.meta.url));
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.mjml'))
  .sort();
const sampleData = JSON.parse(readFileSync(`${dir}sample-data.json`, 'utf8')) as Record<string, unknown>;
const read = (name: string) => readFileSync(dir + name, 'utf8');
const CUSTOM_FIELDS = ['first_name', 'last_name', 'city', 'loyalty_points'];

describe('email fixtures', () => {
  it('has the expected set', () => {
    expect(files).toEqual([
      'abandoned-cart.mjml',
      'newsletter-20-sections.mjml',
      'order-shipped.mjml',
      'password-reset.mjml',
      'receipt.mjml',
      'typical-marketing.mjml',
    ]);
  });

  it('the newsletter has 20 sections', () => {
    expect(read('newsletter-20-sections.mjml').match(/<mj-section\b/g)).toHaveLength(20);
  });

  describe.each(files)('%s', (name) => {
    it('renders as written with mjml (strict) without errors', async () => {
      const result = await mjml2html(read(name), { validationLevel: 'strict' });
      expect(result.errors).toEqual([]);
      expect(result.html).toContain('<!doctype html>');
    });

    it('uses Liquid variables, all provided by sample-data.json and customer fields', () => {
      const { paths, error } = extractVariables(read(name));
      expect(error).toBeUndefined();
      expect(paths.length).toBeGreaterThanOrEqual(2);
      expect(checkVariables(paths, sampleData, CUSTOM_FIELDS)).toEqual({ undefined: [], notCustomerFields: [] });
    });

    it('renders with Liquid (strict variables), then with mjml (strict) without errors', async () => {
      const outcome = renderLiquid(createLiquid({ strictVariables: true }), read(name), sampleData, 'mjml');
      if (!('text' in outcome)) throw new Error(JSON.stringify(outcome.diagnostic));
      expect(outcome.text).not.toMatch(/\{\{|\{%/);
      const result = await mjml2html(outcome.text, { validationLevel: 'strict' });
      expect(result.errors).toEqual([]);
      expect(result.html).toContain('Anna');
    });
  });

  it('order-shipped renders the items and the money totals', () => {
    const outcome = renderLiquid(createLiquid(), read('order-shipped.mjml'), sampleData, 'mjml');
    expect('text' in outcome && outcome.text).toEqual(expect.stringContaining('€99.80'));
    expect('text' in outcome && outcome.text).toEqual(
      expect.stringContaining('Tracking number (AWB): <strong>1234567890</strong>'),
    );
  });
});
