import { extractVariables, renderLiquid } from '../../../shared/templates/liquid';
import { positionAt } from '../../../shared/templates/limits/fields';
import type { RenderDiagnostic } from '../../../shared/templates/render-result';
import { checkVariables } from '../../../shared/templates/undefined-variables';
import { splitVariablePath } from '../../../shared/templates/variable-path';
import type { LiquidEngines } from './liquid-engines';

export interface FieldRenderOptions {
  /** Variables only this field sees (the email body can read the rendered `subject`). */
  extraData?: Record<string, unknown>;
  escapeHtml?: boolean;
  /** The source is a bare expression such as `customer.first_name | upcase`, rendered as `{{ … }}`. */
  expression?: boolean;
}

export interface FieldRendererSetup {
  engines: LiquidEngines;
  data: Record<string, unknown>;
  strictVariables: boolean;
  knownCustomerFields: readonly string[];
}

// liquidjs names an undefined variable "order.items.0"; the analysis says "order.items[0].sku".
function dotted(path: string): string {
  return path
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/\["((?:[^"\\]|\\.)*)"\]/g, (_, key: string) => `.${JSON.parse(`"${key}"`) as string}`);
}

function reportedByLiquid(diagnostic: RenderDiagnostic | undefined, path: string): boolean {
  const name =
    diagnostic?.source === 'variable' ? /^Undefined variable "(.*)"$/.exec(diagnostic.message)?.[1] : undefined;
  if (name === undefined) return false;
  const full = dotted(path);
  return full === name || full.startsWith(`${name}.`);
}

/**
 * Renders the text fields of one template with Liquid and gathers, across fields, the variables
 * they read, the ones nothing defines, the customer keys only the data has (no customer field),
 * and every diagnostic with the field it belongs to.
 */
export function createFieldRenderer({ engines, data, strictVariables, knownCustomerFields }: FieldRendererSetup) {
  const used = new Set<string>();
  const undefinedPaths = new Set<string>();
  const notCustomerFields = new Set<string>();
  const diagnostics: RenderDiagnostic[] = [];

  function variableDiagnostic(field: string, source: string, path: string, message: string): RenderDiagnostic {
    const at = source.indexOf(path);
    return {
      severity: strictVariables ? 'error' : 'warning',
      source: 'variable',
      field,
      message,
      ...(at >= 0 ? positionAt(source, at) : {}),
    };
  }

  function undefinedDiagnostic(field: string, source: string, path: string): RenderDiagnostic {
    const message = `Undefined variable "${path}": neither the sample profile nor the customer fields define it`;
    return variableDiagnostic(
      field,
      source,
      path,
      strictVariables ? `${message}.` : `${message}, so it renders as nothing.`,
    );
  }

  // The preview shows the sample's value, so without this the template would look fine until it
  // reached real contacts, none of whom has the key.
  function notCustomerFieldDiagnostic(field: string, source: string, path: string): RenderDiagnostic {
    const key = String(splitVariablePath(path)?.[1] ?? '');
    return variableDiagnostic(
      field,
      source,
      path,
      `"${path}" is not a customer field: only the sample profile has it, so real contacts get nothing there. ` +
        `Add a customer field "${key}" under Customer fields, or use another variable.`,
    );
  }

  /** The rendered text; on a Liquid error the source itself, so a preview survives a half-typed tag. */
  function render(field: string, text: string, options: FieldRenderOptions = {}): string {
    // Every Liquid construct opens with "{"; most fields (URLs, labels) have none.
    if (!text.includes('{') && !options.expression) return text;
    const source = options.expression ? `{{ ${text} }}` : text;
    const scope = options.extraData ? { ...data, ...options.extraData } : data;
    const outcome = renderLiquid(
      engines({ strictVariables, escapeHtml: options.escapeHtml ?? false }),
      source,
      scope,
      field,
    );
    const failure = 'diagnostic' in outcome ? shiftForExpression(outcome.diagnostic, options.expression) : undefined;
    const { paths, error } = extractVariables(source, field);
    // A syntax error shows up in both; the render's copy is the one to keep.
    if (failure) diagnostics.push(failure);
    else if (error) diagnostics.push(shiftForExpression(error, options.expression));
    for (const path of paths) used.add(path);
    const check = checkVariables(paths, scope, knownCustomerFields);
    for (const path of check.undefined) {
      undefinedPaths.add(path);
      if (!reportedByLiquid(failure, path)) diagnostics.push(undefinedDiagnostic(field, text, path));
    }
    for (const path of check.notCustomerFields) {
      notCustomerFields.add(path);
      diagnostics.push(notCustomerFieldDiagnostic(field, text, path));
    }
    return 'text' in outcome ? outcome.text : text;
  }

  return {
    render,
    /** Adds a diagnostic found outside Liquid (MJML, limits), keeping one list in field order. */
    report: (diagnostic: RenderDiagnostic) => diagnostics.push(diagnostic),
    collected: () => ({
      diagnostics,
      variables: {
        used: [...used].sort(),
        undefined: [...undefinedPaths].sort(),
        notCustomerFields: [...notCustomerFields].sort(),
      },
    }),
  };
}

// The "{{ " added around a bare expression moves columns on its only line by three.
function shiftForExpression(diagnostic: RenderDiagnostic, expression: boolean | undefined): RenderDiagnostic {
  if (!expression || diagnostic.line !== 1 || diagnostic.column === undefined) return diagnostic;
  return { ...diagnostic, column: Math.max(1, diagnostic.column - 3) };
}

export type FieldRenderer = ReturnType<typeof createFieldRenderer>;
