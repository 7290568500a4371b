import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { filters } from 'liquidjs';
import { describe, expect, it } from 'vitest';
import { MJML_OPTIONS } from '../../../../electron/services/rendering/mjml-options';
import { createLiquid, renderLiquid } from '../../../../shared/templates/liquid';
import { defaults, usePipelines } from './support/pipeline';
import { EMAIL_FIXTURES_DIR } from './support/workers';

type Mjml2Html = (source: string, options: object) => Promise<{ html: string }>;
const mjml2html = createRequire(import.meta.url)('mjml') as Mjml2Html;

const pipeline = usePipelines();
const data = JSON.parse(fs.readFileSync(path.join(EMAIL_FIXTURES_DIR, 'sample-data.json'), 'utf8')) as Record<
  string,
  unknown
>;
const fixtures = fs
  .readdirSync(EMAIL_FIXTURES_DIR)
  .filter((name) => name.endsWith('.mjml'))
  .sort();

/** Liquid as the email body uses it, set up here independently of the pipeline's own engines. */
function liquidRendered(source: string): string {
  const liquid = createLiquid();
  liquid.options.outputEscape = filters.escape as (value: unknown) => string;
  const outcome = renderLiquid(liquid, source, { ...data, subject: '', preheader: '' }, 'mjml');
  if (!('text' in outcome)) throw new Error(`Liquid failed on the fixture: ${outcome.diagnostic.message}`);
  return outcome.text;
}

describe('email fixtures through the pipeline', () => {
  it('has the fixtures the benchmark relies on', () => {
    expect(fixtures).toEqual(expect.arrayContaining(['typical-marketing.mjml', 'newsletter-20-sections.mjml']));
    expect(MJML_OPTIONS.validationLevel).toBe('soft');
  });

  it.each(fixtures)('%s: the HTML is exactly mjml2html of the Liquid-rendered source', async (name) => {
    const source = fs.readFileSync(path.join(EMAIL_FIXTURES_DIR, name), 'utf8');
    const result = await pipeline().render({
      channel: 'email',
      content: { subject: '', preheader: '', fromName: '', mjml: source },
      ...defaults({ data }),
    });
    const rendered = liquidRendered(source);
    expect(result.output.mjml).toBe(rendered);
    expect(result.output.html).toBe((await mjml2html(rendered, { ...MJML_OPTIONS })).html);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(String(result.output.text).length).toBeGreaterThan(100);
  });
});
