import { describe, it, expect } from 'vitest';
import {
  BUILTIN_CUSTOMER_FIELDS,
  checkVariables,
  createLiquid,
  defaultContent,
  extractVariables,
  renderLiquid,
  STARTER_LAYOUTS,
} from '../../../shared/templates/index';
import { mjml2html } from './mjml';

// The pipeline gives the email body the rendered subject as `subject`, next to the profile data.
const sample = {
  subject: 'Hello from Example Store',
  customer: { customerId: 'c-1', email: 'anna@example.com' },
  order: {
    id: 'A-1001',
    awb: '1Z999AA10123456784',
    carrier: 'UPS',
    tracking_url: 'https://track.example.com/1Z999AA10123456784',
    currency: 'EUR',
    total: 68.9,
    items: [
      { name: 'Scarf', quantity: 1, price: 19.9 },
      { name: 'Gloves', quantity: 2, price: 24.5 },
    ],
  },
  event: { properties: { coupon_code: 'ANNA20' } },
};

describe('starter layouts', () => {
  it('offers the four layouts, with unique ids', () => {
    expect(STARTER_LAYOUTS.map((layout) => layout.id)).toEqual(['simple', 'promotion', 'order-shipped', 'newsletter']);
    for (const layout of STARTER_LAYOUTS) {
      expect(layout.name).not.toBe('');
      expect(layout.description).not.toBe('');
    }
  });

  it('new email templates start from the simple layout', () => {
    expect(defaultContent('email').mjml).toBe(STARTER_LAYOUTS[0]!.mjml);
  });

  describe.each(STARTER_LAYOUTS.map((layout) => [layout.id, layout] as const))('%s', (_id, layout) => {
    it('renders as written with mjml (strict) without errors', async () => {
      const result = await mjml2html(layout.mjml, { validationLevel: 'strict' });
      expect(result.errors).toEqual([]);
    });

    it('reads only profile variables and the subject (as HTML title); of the customer only built-in fields', () => {
      const { paths, error } = extractVariables(layout.mjml);
      expect(error).toBeUndefined();
      expect(paths).toContain('customer.email');
      expect(paths).toContain('subject');
      for (const path of paths) expect(path).toMatch(/^(customer|order|event)\b|^subject$/);
      const builtIn: readonly string[] = BUILTIN_CUSTOMER_FIELDS;
      for (const path of paths.filter((item) => item.startsWith('customer.')))
        expect(builtIn, path).toContain(path.split('.')[1]);
      // A contact with no custom fields at all still has everything the layout reads of it.
      expect(checkVariables(paths, { ...sample, customer: {} }, [])).toEqual({ undefined: [], notCustomerFields: [] });
    });

    it('renders with Liquid and the sample profile, then with mjml, without errors', async () => {
      const { paths } = extractVariables(layout.mjml);
      expect(checkVariables(paths, sample, [])).toEqual({ undefined: [], notCustomerFields: [] });
      const outcome = renderLiquid(createLiquid({ strictVariables: true }), layout.mjml, sample, 'mjml');
      if (!('text' in outcome)) throw new Error(JSON.stringify(outcome.diagnostic));
      const result = await mjml2html(outcome.text, { validationLevel: 'strict' });
      expect(result.errors).toEqual([]);
      expect(result.html).toContain('anna@example.com');
      expect(result.html).toContain('<title>Hello from Example Store</title>');
    });
  });

  it('the order-shipped layout has the tracking button and one table row per item', async () => {
    const layout = STARTER_LAYOUTS.find((candidate) => candidate.id === 'order-shipped')!;
    const outcome = renderLiquid(createLiquid(), layout.mjml, sample, 'mjml');
    if (!('text' in outcome)) throw new Error(JSON.stringify(outcome.diagnostic));
    const { html } = await mjml2html(outcome.text);
    expect(html).toContain('href="https://track.example.com/1Z999AA10123456784"');
    expect(html).toContain('Track your parcel');
    expect(html).toContain('Gloves');
    expect(html).toContain('€24.50');
    expect(html).toContain('€68.90');
  });

  it('the promotion layout has a header image, a button and a footer', async () => {
    const layout = STARTER_LAYOUTS.find((candidate) => candidate.id === 'promotion')!;
    const outcome = renderLiquid(createLiquid(), layout.mjml, sample, 'mjml');
    if (!('text' in outcome)) throw new Error(JSON.stringify(outcome.diagnostic));
    const { html } = await mjml2html(outcome.text);
    expect(html).toMatch(/<img[^>]+spring-sale-header\.jpg/);
    expect(html).toContain('ANNA20');
    expect(html).toContain('Manage your email preferences');
  });

  it('the newsletter layout has several sections', () => {
    const layout = STARTER_LAYOUTS.find((candidate) => candidate.id === 'newsletter')!;
    expect(layout.mjml.match(/<mj-section\b/g)!.length).toBeGreaterThanOrEqual(6);
  });
});
