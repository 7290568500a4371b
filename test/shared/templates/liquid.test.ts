import { describe, it, expect } from 'vitest';
import { Liquid } from 'liquidjs';
import {
  createLiquid,
  extractVariables,
  liquidDiagnostic,
  renderLiquid,
  RenderDiagnosticSchema,
} from '../../../shared/templates/index';

const data = {
  customer: { first_name: 'Anna', 'first name': 'Anna M.', tags: ['vip', 'newsletter'], city: '' },
  order: { id: 'A-1001', awb: '1Z999', total: 1234.5, currency: 'EUR', items: [{ name: 'Scarf', price: 19.9 }] },
  event: { properties: { x: 2 } },
};

function render(source: string, options?: Parameters<typeof createLiquid>[0], scope: Record<string, unknown> = data) {
  return renderLiquid(createLiquid(options), source, scope, 'body');
}

function text(source: string, options?: Parameters<typeof createLiquid>[0], scope?: Record<string, unknown>): string {
  const outcome = render(source, options, scope);
  if (!('text' in outcome)) throw new Error(`expected text, got ${JSON.stringify(outcome.diagnostic)}`);
  return outcome.text;
}

function diagnostic(source: string, options?: Parameters<typeof createLiquid>[0], scope?: Record<string, unknown>) {
  const outcome = render(source, options, scope);
  if (!('diagnostic' in outcome)) throw new Error(`expected a diagnostic, got text ${JSON.stringify(outcome.text)}`);
  expect(RenderDiagnosticSchema.parse(outcome.diagnostic)).toEqual(outcome.diagnostic);
  return outcome.diagnostic;
}

describe('extractVariables', () => {
  it('reads plain and nested paths', () => {
    expect(extractVariables('Hi {{ customer.first_name }}, {{ order.awb }} {{ event.properties.x }}').paths).toEqual([
      'customer.first_name',
      'event.properties.x',
      'order.awb',
    ]);
  });

  it('reads through filters, including variables passed as filter arguments', () => {
    expect(
      extractVariables(
        '{{ customer.first_name | upcase | append: order.suffix }} {{ order.total | money: order.currency }}',
      ).paths,
    ).toEqual(['customer.first_name', 'order.currency', 'order.suffix', 'order.total']);
  });

  it('answers a template analysed before the same way, naming the field asked about, whatever the caller did with the last answer', () => {
    const first = extractVariables('{{ order.id }} {{ customer.email }}', 'body');
    first.paths.push('changed.by.caller');
    expect(extractVariables('{{ order.id }} {{ customer.email }}', 'body').paths).toEqual([
      'customer.email',
      'order.id',
    ]);
    expect(extractVariables('{{ order.id', 'subject').error?.field).toBe('subject');
    expect(extractVariables('{{ order.id', 'body').error?.field).toBe('body');
  });

  it('dedupes and sorts', () => {
    expect(extractVariables('{{ order.id }} {{ customer.email }} {{ order.id }} {{ customer.email }}').paths).toEqual([
      'customer.email',
      'order.id',
    ]);
  });

  it('leaves out loop variables but keeps the collection looped over', () => {
    const source = '{% for item in order.items %}{{ item.name }} {{ forloop.index }}{% endfor %}';
    expect(extractVariables(source).paths).toEqual(['order.items']);
  });

  it('leaves out assign and capture locals but keeps what they read', () => {
    const source =
      '{% assign city = customer.city | default: "your area" %}{% capture greeting %}Hi {{ customer.first_name }}{% endcapture %}{{ greeting }} in {{ city }}';
    expect(extractVariables(source).paths).toEqual(['customer.city', 'customer.first_name']);
  });

  it('reads variables in conditions, in every branch', () => {
    const source =
      '{% if event.properties.x > 1 %}{{ order.awb }}{% elsif customer.vip %}vip{% else %}{{ order.id }}{% endif %}{% unless customer.opted_out %}!{% endunless %}';
    expect(extractVariables(source).paths).toEqual([
      'customer.opted_out',
      'customer.vip',
      'event.properties.x',
      'order.awb',
      'order.id',
    ]);
  });

  it('reads through case/when', () => {
    expect(
      extractVariables('{% case customer.language %}{% when "fr" %}Bonjour{% else %}Hello{% endcase %}').paths,
    ).toEqual(['customer.language']);
  });

  it('is not confused by whitespace control', () => {
    expect(
      extractVariables('{%- if customer.first_name -%}\n  {{- customer.first_name -}}\n{%- endif -%}').paths,
    ).toEqual(['customer.first_name']);
  });

  it('writes bracketed keys that are not identifiers in bracket form', () => {
    expect(extractVariables('{{ customer["first name"] }} {{ customer[\'last-name\'] }}').paths).toEqual([
      'customer.last-name',
      'customer["first name"]',
    ]);
  });

  it('keeps numeric indexes and Liquid special properties', () => {
    expect(
      extractVariables('{{ order.items[0].name }} {{ order.items.size }} {{ customer.tags.first }}').paths,
    ).toEqual(['customer.tags.first', 'order.items.size', 'order.items[0].name']);
  });

  it('stops a path before a dynamic key and reports the key variable on its own', () => {
    expect(extractVariables('{{ customer[order.key].label }}').paths).toEqual(['customer', 'order.key']);
  });

  it('returns nothing for text without Liquid, and nothing from raw blocks', () => {
    expect(extractVariables('Hello world').paths).toEqual([]);
    expect(extractVariables('{% raw %}{{ customer.secret }}{% endraw %}').paths).toEqual([]);
  });

  it('reports a syntax error with line and column instead of throwing', () => {
    const result = extractVariables('Hello\n  {% if customer.vip %}\nno end', 'subject');
    expect(result.paths).toEqual([]);
    expect(result.error).toMatchObject({ severity: 'error', source: 'liquid', field: 'subject', line: 2, column: 3 });
    expect(result.error?.message).toMatch(/not closed/);
  });
});

describe('liquidDiagnostic and syntax errors', () => {
  it('an unclosed tag reports its line and column', () => {
    expect(diagnostic('line one\nline two {% for item in order.items %}{{ item.name }}')).toMatchObject({
      severity: 'error',
      source: 'liquid',
      field: 'body',
      line: 2,
      column: 10,
    });
  });

  it('an unclosed output reports line and column', () => {
    const result = diagnostic('a\nb\n   {{ customer.first_name ');
    expect(result).toMatchObject({ line: 3, column: 4 });
    expect(result.message).toMatch(/not closed/);
  });

  it('an unknown tag is named', () => {
    const result = diagnostic('{% frobnicate %}');
    expect(result).toMatchObject({ line: 1, column: 1 });
    expect(result.message).toContain('frobnicate');
  });

  it('a misspelt filter is an error, not silently dropped output (strictFilters)', () => {
    const result = diagnostic('Hi\n {{ customer.first_name | upcse }}');
    expect(result).toMatchObject({ source: 'liquid', line: 2, column: 2 });
    expect(result.message).toContain('upcse');
  });

  it('strips liquidjs\'s ", line:…, col:…" suffix from the message; the numbers are fields', () => {
    expect(diagnostic('{% if %}').message).not.toMatch(/line:\d/);
  });

  it('maps a plain Error without a position', () => {
    expect(liquidDiagnostic(new Error('boom'), 'subject')).toEqual({
      severity: 'error',
      source: 'liquid',
      field: 'subject',
      message: 'boom',
    });
    expect(liquidDiagnostic('weird', 'x')).toEqual({
      severity: 'error',
      source: 'liquid',
      field: 'x',
      message: 'weird',
    });
  });

  it('maps an error thrown by liquidjs directly', () => {
    let thrown: unknown;
    try {
      new Liquid().parse('ok\n\n     {% endif %}');
    } catch (error) {
      thrown = error;
    }
    expect(liquidDiagnostic(thrown, 'mjml')).toMatchObject({ field: 'mjml', line: 3, column: 6 });
  });
});

describe('strict variables', () => {
  it('renders a missing variable as empty when not strict', () => {
    expect(text('Hi {{ customer.nickname }}!')).toBe('Hi !');
  });

  it('reports a missing variable by name, at the variable itself', () => {
    expect(diagnostic('Hello\n  {{ customer.nickname }}', { strictVariables: true })).toEqual({
      severity: 'error',
      source: 'variable',
      field: 'body',
      message: 'Undefined variable "customer.nickname"',
      line: 2,
      column: 6,
    });
  });

  it('names the path as far as it is missing: a missing root is named alone', () => {
    expect(diagnostic('{{ basket.total }}', { strictVariables: true }).message).toBe('Undefined variable "basket"');
    expect(diagnostic('{{ customer.address.city }}', { strictVariables: true }).message).toBe(
      'Undefined variable "customer.address"',
    );
  });

  it('lets default and if handle a missing variable even when strict', () => {
    expect(
      text('Hi {{ customer.nickname | default: "there" }}{% if customer.vip %} VIP{% endif %}', {
        strictVariables: true,
      }),
    ).toBe('Hi there');
  });

  it('renders present variables, nested, in strict mode', () => {
    expect(
      text('{{ customer.first_name }} {{ order.items[0].name }} {{ event.properties.x }}', { strictVariables: true }),
    ).toBe('Anna Scarf 2');
  });
});

describe('filters', () => {
  it.each([
    ['{{ 1234.5 | money }}', '$1,234.50'],
    ['{{ 1234.5 | money: "EUR" }}', '€1,234.50'],
    ['{{ 1234.5 | money: "GBP" }}', '£1,234.50'],
    ['{{ 0 | money }}', '$0.00'],
    ['{{ -5 | money }}', '-$5.00'],
    ['{{ "1234.5" | money: "EUR" }}', '€1,234.50'],
    ['{{ 1234.5 | money: "JPY" }}', '¥1,235'],
    ['{{ order.total | money: order.currency }}', '€1,234.50'],
  ])('%s → %s', (source, expected) => {
    expect(text(source)).toBe(expected);
  });

  it('money follows the locale argument', () => {
    // Intl puts a narrow no-break space before the symbol in German.
    expect(text('{{ 1234.5 | money: "EUR", "de" }}').replace(/\s/g, ' ')).toBe('1.234,50 €');
  });

  it('money renders nil and "" as empty, so default can fill in', () => {
    expect(text('[{{ customer.nothing | money }}]')).toBe('[]');
    expect(text('[{{ "" | money }}]')).toBe('[]');
  });

  it('money reports a value that is not a number, at its position', () => {
    const result = diagnostic('Total:\n{{ "abc" | money }}');
    expect(result).toMatchObject({ source: 'liquid', line: 2, column: 1 });
    expect(result.message).toContain('"abc" is not a number');
  });

  it('money reports an unknown currency', () => {
    expect(diagnostic('{{ 5 | money: "EURO" }}').message).toContain('unknown currency "EURO"');
  });

  it.each([
    ['{{ "2024-03-05" | date: "%Y-%m-%d" }}', '2024-03-05'],
    ['{{ "2024-03-05T23:30:00Z" | date: "%Y-%m-%d %H:%M" }}', '2024-03-05 23:30'],
    ['{{ "2024-03-05T10:00:00+02:00" | date: "%H:%M" }}', '10:00'],
    ['{{ "2024-03-05T10:00:00" | date: "%H:%M" }}', '10:00'],
    ['{{ "2024-03-05" | date: "%b %-d, %Y" }}', 'Mar 5, 2024'],
    ['{{ 1709632800 | date: "%Y-%m-%d %H:%M" }}', '2024-03-05 10:00'],
  ])('date accepts ISO strings and Unix seconds: %s → %s', (source, expected) => {
    expect(text(source)).toBe(expected);
  });

  it('date renders in UTC by default whatever the machine time zone, or in the zone asked for', () => {
    expect(text('{{ 1709632800 | date: "%H:%M" }}', { timezoneOffset: -60 })).toBe('11:00');
  });

  it.each([
    ['{{ customer.nickname | default: "there" }}', 'there'],
    ['{{ customer.city | default: "your city" }}', 'your city'],
    ['{{ customer.first_name | default: "there" }}', 'Anna'],
    ['{{ false | default: "x" }}', 'x'],
    ['{{ false | default: "x", allow_false: true }}', 'false'],
    ['{{ 0 | default: "x" }}', '0'],
  ])('default works as in Liquid: %s → %s', (source, expected) => {
    expect(text(source)).toBe(expected);
  });
});

describe('createLiquid configuration', () => {
  it('does not escape output', () => {
    expect(text('{{ v }}', undefined, { v: '<b>Tom & Jerry</b>' })).toBe('<b>Tom & Jerry</b>');
    expect(text('{{ v | escape }}', undefined, { v: '<b>' })).toBe('&lt;b&gt;');
  });

  it('uses Liquid truthiness, not JavaScript\'s: "" and 0 are true', () => {
    expect(text('{% if v %}yes{% else %}no{% endif %}', undefined, { v: '' })).toBe('yes');
    expect(text('{% if v %}yes{% else %}no{% endif %}', undefined, { v: 0 })).toBe('yes');
  });

  it('never reads files: include, render and layout fail as missing', () => {
    for (const source of [
      '{% include "/etc/passwd" %}',
      '{% render "../package.json" %}',
      '{% layout "package.json" %}x',
    ]) {
      const result = diagnostic(source);
      expect(result.message).toMatch(/ENOENT|Failed to lookup/);
    }
  });

  it('does not read inherited properties of the data', () => {
    expect(text('[{{ v.constructor }}]', undefined, { v: {} })).toBe('[]');
  });

  it('stops a runaway loop with a diagnostic instead of hanging', () => {
    const started = Date.now();
    const result = diagnostic('{% for i in (1..100000000) %}{{ i }}{% endfor %}');
    expect(result.message).toMatch(/limit exceeded/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('renders the same source again (from the parse cache) with new data', () => {
    const liquid = createLiquid();
    expect(renderLiquid(liquid, 'Hi {{ customer.first_name }}', { customer: { first_name: 'Anna' } }, 'body')).toEqual({
      text: 'Hi Anna',
    });
    expect(renderLiquid(liquid, 'Hi {{ customer.first_name }}', { customer: { first_name: 'Ben' } }, 'body')).toEqual({
      text: 'Hi Ben',
    });
  });

  it('renders typical template text', () => {
    expect(
      text(
        '{% for item in order.items %}{{ forloop.index }}. {{ item.name }} — {{ item.price | money: order.currency }}{% endfor %}',
      ),
    ).toBe('1. Scarf — €19.90');
  });
});
