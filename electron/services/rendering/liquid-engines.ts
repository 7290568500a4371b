import { filters, type Liquid } from 'liquidjs';
import { createLiquid } from '../../../shared/templates/liquid';

export interface LiquidFlavour {
  strictVariables: boolean;
  /** HTML-escape every `{{ output }}` unless its last filter is `raw`. */
  escapeHtml: boolean;
}

/**
 * The Liquid instances a pipeline renders with, one per flavour, built on first use.
 *
 * The email body is HTML: a customer named `<b>Ann & Co</b>` must arrive as text, not markup, so
 * every output there is escaped, and `{{ snippet | raw }}` opts out where data really is HTML.
 * liquidjs offers exactly this as its `outputEscape` option; the shared createLiquid() leaves it
 * off (subjects, SMS and push are plain text), so it is set here on a dedicated instance before
 * that instance parses anything — liquidjs reads the option when it parses an output tag.
 */
export function createLiquidEngines() {
  const engines = new Map<string, Liquid>();
  return (flavour: LiquidFlavour): Liquid => {
    const key = `${flavour.strictVariables}/${flavour.escapeHtml}`;
    let engine = engines.get(key);
    if (!engine) {
      engine = createLiquid({ strictVariables: flavour.strictVariables });
      // Typed as any filter's options; `escape` is a plain function, the form outputEscape holds.
      if (flavour.escapeHtml) engine.options.outputEscape = filters.escape as (value: unknown) => string;
      engines.set(key, engine);
    }
    return engine;
  };
}

export type LiquidEngines = ReturnType<typeof createLiquidEngines>;
