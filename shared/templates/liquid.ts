import { Liquid, LiquidError, UndefinedVariableError, type Template } from 'liquidjs';
import type { RenderDiagnostic } from './render-result';
import { formatVariablePath, type VariableSegment } from './variable-path';

/**
 * The one Liquid configuration of the app, shared by previews (renderer), test sends and the
 * sender (Node), so a template renders the same everywhere.
 */
export interface CreateLiquidOptions {
  /** Throw on a variable missing from the data (previews flag it); `default` and `if` stay lenient. */
  strictVariables?: boolean;
  /**
   * Time zone of the `date` filter for values that carry none (numbers, Date objects, "now"):
   * minutes west of UTC like JS getTimezoneOffset, or an IANA name. Defaults to UTC so a preview
   * and the sender agree whatever machine they run on.
   */
  timezoneOffset?: number | string;
  /** Wall-clock budget of one render, against runaway loops in a live preview. */
  renderLimitMs?: number;
}

const DEFAULT_RENDER_LIMIT_MS = 2_000;
/** Well above the largest template field (MJML, 1,000,000 characters) but bounded. */
const PARSE_LIMIT = 5_000_000;
/**
 * liquidjs charges ranges, padding and string building against this; the time limit alone cannot stop
 * `{% for i in (1..100000000) %}`, whose range is allocated before the first iteration.
 */
const MEMORY_LIMIT = 5_000_000;

/**
 * Filters on top of liquidjs's standard ones:
 * - `money`: `{{ 1234.5 | money }}` → "$1,234.50"; `{{ total | money: "EUR" }}` → "€1,234.50";
 *   `{{ total | money: "EUR", "de" }}` → "1.234,50 €". Accepts numbers and numeric strings; nil or ""
 *   renders "" so `| default` can fill it.
 * - `date` is liquidjs's (strftime formats). It accepts ISO-8601 strings ("2024-03-05",
 *   "2024-03-05T10:00:00Z", with or without an offset), Unix seconds, Date objects and "now"/"today";
 *   a string with an explicit offset keeps that offset (preserveTimezones).
 * - `default` is liquidjs's and behaves as Shopify Liquid's: it replaces nil, false and "" (and,
 *   with a second argument `allow_false: true`, keeps false).
 * Output is not HTML-escaped: MJML and Telegram HTML are authored as markup; use `| escape` for data.
 */
export function createLiquid(options: CreateLiquidOptions = {}): Liquid {
  const liquid = new Liquid({
    // An empty in-memory file system: {% include %}, {% render %} and {% layout %} can never read the
    // disk (Node) or fetch over the network (the browser build's default), they just fail to find a file.
    templates: {},
    relativeReference: false,
    jsTruthy: false,
    strictVariables: options.strictVariables ?? false,
    // Lets `{{ x | default: "…" }}` and `{% if x %}` handle a missing variable even in strict mode.
    lenientIf: true,
    // A misspelt filter is an error the author can see, not silently dropped output.
    strictFilters: true,
    ownPropertyOnly: true,
    timezoneOffset: options.timezoneOffset ?? 0,
    preserveTimezones: true,
    locale: 'en',
    parseLimit: PARSE_LIMIT,
    renderLimit: options.renderLimitMs ?? DEFAULT_RENDER_LIMIT_MS,
    memoryLimit: MEMORY_LIMIT,
  });
  liquid.registerFilter('money', money);
  return liquid;
}

const currencyFormats = new Map<string, Intl.NumberFormat>();

function money(value: unknown, currency: unknown = 'USD', locale: unknown = 'en'): string {
  if (value === null || value === undefined || value === '') return '';
  const amount = typeof value === 'number' ? value : Number(String(value).trim());
  if (!Number.isFinite(amount)) throw new Error(`money: "${String(value)}" is not a number`);
  const key = `${String(locale)}|${String(currency)}`;
  let format = currencyFormats.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(String(locale), { style: 'currency', currency: String(currency) });
    } catch {
      throw new Error(`money: unknown currency "${String(currency)}" or locale "${String(locale)}"`);
    }
    currencyFormats.set(key, format);
  }
  return format.format(amount);
}

// ---------------------------------------------------------------------------------------------
// Variables a template reads

let analysisLiquid: Liquid | undefined;

/**
 * Every variable path a template reads from its data, e.g. "customer.first_name", "order.items",
 * "event.properties.x", sorted and deduplicated. Found statically (no data needed), so it also lists
 * variables in branches that would not render. Loop variables, `assign` and `capture` are local and
 * left out; a path stops before a dynamic key (`customer[order.key]` reads "customer" and "order.key").
 */
export function extractVariables(source: string, field = ''): { paths: string[]; error?: RenderDiagnostic } {
  // What a template reads depends on its text alone; the sender renders one template per contact.
  let ofField = analysed.get(field);
  if (ofField === undefined) analysed.set(field, (ofField = new Map()));
  let found = ofField.get(source);
  if (found === undefined) {
    found = analyse(source, field);
    if (ofField.size >= ANALYSIS_CACHE_SIZE) ofField.delete(ofField.keys().next().value!);
    ofField.set(source, found);
  }
  return found.error ? { paths: [...found.paths], error: { ...found.error } } : { paths: [...found.paths] };
}

/** Analyses kept per field name (a handful of names: body, subject, …). */
const ANALYSIS_CACHE_SIZE = 100;
const analysed = new Map<string, Map<string, { paths: readonly string[]; error?: RenderDiagnostic }>>();

function analyse(source: string, field: string): { paths: string[]; error?: RenderDiagnostic } {
  analysisLiquid ??= createLiquid();
  try {
    const templates = analysisLiquid.parse(source);
    const segments = analysisLiquid.globalVariableSegmentsSync(templates, { partials: false });
    const paths = new Set<string>();
    for (const variable of segments) {
      const staticPart: VariableSegment[] = [];
      for (const segment of variable) {
        if (Array.isArray(segment)) break;
        staticPart.push(segment);
      }
      if (staticPart.length > 0) paths.add(formatVariablePath(staticPart));
    }
    return { paths: [...paths].sort() };
  } catch (error) {
    return { paths: [], error: liquidDiagnostic(error, field) };
  }
}

// ---------------------------------------------------------------------------------------------
// Errors → diagnostics

/**
 * A liquidjs error (parse, tokenization, render, undefined variable) as a diagnostic at the line and
 * column of the offending tag or output. Lines and columns are 1-based and relative to the field's
 * own text. An undefined variable (strict mode) has source "variable"; everything else "liquid".
 */
export function liquidDiagnostic(error: unknown, field: string): RenderDiagnostic {
  const first = firstError(error);
  if (first instanceof LiquidError) {
    const [line, column] = first.token.getPosition();
    const variableName = undefinedVariableName(first);
    return {
      severity: 'error',
      source: variableName === null ? 'liquid' : 'variable',
      field,
      message: variableName === null ? withoutPosition(first.message) : `Undefined variable "${variableName}"`,
      ...(line ? { line } : {}),
      ...(column ? { column } : {}),
    };
  }
  return {
    severity: 'error',
    source: 'liquid',
    field,
    message: error instanceof Error ? error.message : String(error),
  };
}

// With catchAllErrors liquidjs throws a LiquidErrors holding several; the first is the one to show.
function firstError(error: unknown): unknown {
  if (error instanceof LiquidError && 'errors' in error && Array.isArray(error.errors) && error.errors.length > 0) {
    return error.errors[0];
  }
  return error;
}

function undefinedVariableName(error: LiquidError): string | null {
  if (!(error instanceof UndefinedVariableError)) return null;
  const original = error.originalError as { variableName?: unknown } | undefined;
  if (typeof original?.variableName === 'string') return original.variableName;
  return /undefined variable: (.*?)(?:, line:|$)/.exec(error.message)?.[1] ?? null;
}

// liquidjs appends ", line:3, col:6" to its messages; the diagnostic carries them as numbers.
function withoutPosition(message: string): string {
  return message.replace(/, line:\d+, col:\d+$/, '');
}

// ---------------------------------------------------------------------------------------------
// Rendering

const PARSE_CACHE_SIZE = 200;
const parseCaches = new WeakMap<Liquid, Map<string, Template[]>>();

// Parsed templates are immutable and reusable; re-parsing a 100 kB MJML body on every keystroke of
// another field, or for every recipient, is the cost this avoids.
function parseCached(liquid: Liquid, source: string): Template[] {
  let cache = parseCaches.get(liquid);
  if (!cache) {
    cache = new Map();
    parseCaches.set(liquid, cache);
  }
  const hit = cache.get(source);
  if (hit) {
    // Re-inserting keeps the map in least-recently-used order for eviction.
    cache.delete(source);
    cache.set(source, hit);
    return hit;
  }
  const templates = liquid.parse(source);
  cache.set(source, templates);
  if (cache.size > PARSE_CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return templates;
}

export type LiquidRenderOutcome = { text: string } | { diagnostic: RenderDiagnostic };

/** Renders one field synchronously; any Liquid problem comes back as a diagnostic for that field. */
export function renderLiquid(
  liquid: Liquid,
  source: string,
  data: Record<string, unknown>,
  field: string,
): LiquidRenderOutcome {
  try {
    const rendered: unknown = liquid.renderSync(parseCached(liquid, source), data);
    return { text: rendered === null || rendered === undefined ? '' : String(rendered) };
  } catch (error) {
    return { diagnostic: liquidDiagnostic(error, field) };
  }
}
