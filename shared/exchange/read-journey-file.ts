import { z } from 'zod';
import { CustomFieldSchema, CustomFieldsSchema, type CustomField } from '../audience/customer-fields';
import { CHANNEL_IDS } from '../model/channel';
import { isRecord } from '../model/is-record';
import {
  CURRENT_SCHEMA_VERSION,
  JourneyDocumentError,
  formatIssuePath,
  formatZodIssues,
  migrateJourneyDocument,
  type FormattedIssue,
  type Journey,
} from '../model/index';
import { TemplateSchema, type Template } from '../templates/template';
import { EventPackageSchema, type EventPackage } from '../guided/package-schema';
import { cleanName } from './clean-name';
import { JOURNEY_FILE_FORMAT, JOURNEY_FILE_KEYS, type JourneyFileContents } from './file-format';
import { JourneyFileError } from './journey-file-error';
import { JsonTextError, parseJsonText } from './json-text';
import {
  MAX_IMPORT_EDGES,
  MAX_IMPORT_FIELDS,
  MAX_IMPORT_NODES,
  MAX_JOURNEY_FILE_BYTES,
  MAX_REPORTED_ISSUES,
} from './limits';
import { formatBytes, utf8ByteLength } from './utf8-length';

export interface ReadJourneyFile extends JourneyFileContents {
  /** The journey schema version the file was written with; older documents have been migrated. */
  schemaVersion: number;
  /** False for a bare journey document without the file wrapper: it brings no templates or fields. */
  wrapped: boolean;
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return value.length > 40 ? 'a long text' : JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return 'nothing';
}

function joinPath(prefix: string, path: string): string {
  if (prefix === '') return path;
  if (path === '') return prefix;
  return path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
}

function at(issue: FormattedIssue): string {
  return issue.path === '' ? issue.message : `${issue.message} (at ${issue.path})`;
}

/** One problem that stops reading at once: the file is not even the right kind of thing. */
function refuse(path: string, message: string): never {
  throw new JourneyFileError('BAD_INPUT', message, [{ path, message }]);
}

function refuseAll(issues: FormattedIssue[]): never {
  const shown = issues.slice(0, MAX_REPORTED_ISSUES);
  const summary = issues.slice(0, 3).map(at).join('; ');
  const rest = issues.length > 3 ? `; and ${(issues.length - 3).toLocaleString('en-US')} more` : '';
  const count = issues.length === 1 ? '' : ` (${issues.length.toLocaleString('en-US')} problems)`;
  throw new JourneyFileError(
    'BAD_INPUT',
    `This journey file cannot be imported${count}: ${summary}${rest}.`,
    shown,
    issues.length - shown.length,
  );
}

function parseText(text: string): unknown {
  // Every UTF-16 unit is one to three bytes, so most texts are settled without counting.
  const bytes = text.length * 3 <= MAX_JOURNEY_FILE_BYTES ? 0 : utf8ByteLength(text);
  if (bytes > MAX_JOURNEY_FILE_BYTES) {
    const message = `The file is ${formatBytes(bytes)}; a journey file can be at most ${formatBytes(MAX_JOURNEY_FILE_BYTES)}.`;
    throw new JourneyFileError('TOO_LARGE', message, [{ path: '', message }]);
  }
  try {
    return parseJsonText(text);
  } catch (error) {
    if (!(error instanceof JsonTextError)) throw error;
    const message = `The file is not valid JSON (line ${error.line}, column ${error.column}): ${error.reason}.`;
    throw new JourneyFileError('BAD_INPUT', message, [{ path: '', message }]);
  }
}

function newerVersion(version: number): string {
  return (
    `This file was written by a newer version of Journey Studio (journey schema version ${version}; ` +
    `this version reads up to ${CURRENT_SCHEMA_VERSION}). Update Journey Studio to import it.`
  );
}

function wrapperVersion(root: Record<string, unknown>): number {
  const version = root.schemaVersion;
  if (version === undefined)
    refuse(
      'schemaVersion',
      `The file has no "schemaVersion": expected the journey schema version it was written with, e.g. ${CURRENT_SCHEMA_VERSION}.`,
    );
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    refuse('schemaVersion', `"schemaVersion" must be a whole number from 1 up, not ${describeValue(version)}.`);
  }
  if (version > CURRENT_SCHEMA_VERSION) refuse('schemaVersion', newerVersion(version));
  return version;
}

/** The journey document and where it sits in the file: inside the wrapper, or the file itself. */
function locateJourney(root: Record<string, unknown>): {
  document: Record<string, unknown>;
  prefix: string;
  version: number | undefined;
} {
  if (!Object.hasOwn(root, 'format')) {
    if (Object.hasOwn(root, 'nodes') || (Object.hasOwn(root, 'schemaVersion') && !Object.hasOwn(root, 'journey'))) {
      const version = root.schemaVersion;
      if (typeof version === 'number' && Number.isInteger(version) && version > CURRENT_SCHEMA_VERSION)
        refuse('schemaVersion', newerVersion(version));
      return { document: root, prefix: '', version: typeof version === 'number' ? version : undefined };
    }
    refuse(
      'format',
      `This is not a Journey Studio journey file: it has no "format" (expected "${JOURNEY_FILE_FORMAT}") and is not a journey document either.`,
    );
  }
  if (root.format !== JOURNEY_FILE_FORMAT) {
    refuse(
      'format',
      `This is not a Journey Studio journey file: "format" is ${describeValue(root.format)}, expected "${JOURNEY_FILE_FORMAT}".`,
    );
  }
  const version = wrapperVersion(root);
  if (!Object.hasOwn(root, 'journey')) refuse('journey', 'The file has no "journey": there is nothing to import.');
  const journey = root.journey;
  if (!isRecord(journey))
    refuse('journey', `"journey" must be a journey document (an object), not ${describeValue(journey)}.`);
  const own = journey.schemaVersion;
  if (own === undefined) return { document: { ...journey, schemaVersion: version }, prefix: 'journey', version };
  if (typeof own === 'number' && Number.isInteger(own) && own !== version) {
    refuse(
      'journey.schemaVersion',
      `The journey says schema version ${own} but the file says ${version}; they must agree.`,
    );
  }
  return { document: journey, prefix: 'journey', version };
}

function refuseLongList(
  document: Record<string, unknown>,
  prefix: string,
  key: 'nodes' | 'edges',
  what: string,
  max: number,
): void {
  const list = document[key];
  if (Array.isArray(list) && list.length > max) {
    refuse(
      joinPath(prefix, key),
      `The journey has ${list.length.toLocaleString('en-US')} ${what}; a journey file can have at most ${max.toLocaleString('en-US')}.`,
    );
  }
}

function readJourney(document: Record<string, unknown>, prefix: string, issues: FormattedIssue[]): Journey | undefined {
  // Counted before parsing: a file of a hundred thousand broken steps would take long to describe.
  refuseLongList(document, prefix, 'nodes', 'steps', MAX_IMPORT_NODES);
  refuseLongList(document, prefix, 'edges', 'connections', MAX_IMPORT_EDGES);
  try {
    return migrateJourneyDocument(document);
  } catch (error) {
    if (error instanceof JourneyDocumentError)
      issues.push({ path: joinPath(prefix, error.path), message: error.message });
    else if (error instanceof z.ZodError) pushZodIssues(error, prefix, issues);
    else throw error;
    return undefined;
  }
}

/** A list the file may leave out; each item is checked on its own so every problem is reported. */
function readList<T>(
  root: Record<string, unknown>,
  key: 'templates' | 'fields' | 'packages',
  issues: FormattedIssue[],
  readItem: (item: unknown, path: string) => T | undefined,
): T[] {
  if (!Object.hasOwn(root, key)) return [];
  const list = root[key];
  if (!Array.isArray(list)) {
    issues.push({ path: key, message: `"${key}" must be a list, not ${describeValue(list)}` });
    return [];
  }
  return list.flatMap((item, index) => {
    const read = readItem(item, `${key}[${index}]`);
    return read === undefined ? [] : [read];
  });
}

function pushZodIssues(error: z.core.$ZodError, prefix: string, issues: FormattedIssue[]): void {
  // One at a time: spreading a list of a hundred thousand problems into push() overflows the stack.
  for (const issue of formatZodIssues(error))
    issues.push({ path: joinPath(prefix, issue.path), message: issue.message });
}

function withCleanText(item: unknown, key: string): unknown {
  return isRecord(item) && typeof item[key] === 'string' ? { ...item, [key]: cleanName(item[key]) } : item;
}

function readTemplates(root: Record<string, unknown>, issues: FormattedIssue[]): Template[] {
  const templates = readList(root, 'templates', issues, (item, path) => {
    // Said with the value found, which zod's message for the union leaves out.
    if (isRecord(item) && !(CHANNEL_IDS as readonly unknown[]).includes(item.channel)) {
      const channels = CHANNEL_IDS.join(', ');
      const message =
        item.channel === undefined
          ? `A template needs a channel: one of ${channels}`
          : `Expected one of the channels ${channels}, not ${describeValue(item.channel)}`;
      issues.push({ path: `${path}.channel`, message });
      return undefined;
    }
    const parsed = TemplateSchema.safeParse(withCleanText(item, 'name'));
    if (parsed.success) return { template: parsed.data, path };
    pushZodIssues(parsed.error, path, issues);
    return undefined;
  });
  const firstById = new Map<string, string>();
  for (const { template, path } of templates) {
    const first = firstById.get(template.id);
    if (first === undefined) firstById.set(template.id, path);
    else issues.push({ path: `${path}.id`, message: `Template id "${template.id}" is used twice (also by ${first})` });
  }
  return templates.map(({ template }) => template);
}

function readFields(root: Record<string, unknown>, issues: FormattedIssue[]): CustomField[] {
  const listed = root.fields;
  if (Array.isArray(listed) && listed.length > MAX_IMPORT_FIELDS) {
    refuse(
      'fields',
      `The file has ${listed.length.toLocaleString('en-US')} customer fields; a journey file can bring at most ${MAX_IMPORT_FIELDS.toLocaleString('en-US')}.`,
    );
  }
  const fields = readList(root, 'fields', issues, (item, path) => {
    const parsed = CustomFieldSchema.safeParse(withCleanText(item, 'label'));
    if (parsed.success) return { field: parsed.data, path };
    pushZodIssues(parsed.error, path, issues);
    return undefined;
  });
  // Keys must also differ from each other, beyond a near-duplicate spelling (first_name, firstName).
  const together = CustomFieldsSchema.safeParse(fields.map(({ field }) => field));
  if (together.success) return together.data;
  for (const issue of together.error.issues) {
    const [index, ...rest] = issue.path;
    const path = typeof index === 'number' ? fields[index]?.path : undefined;
    issues.push({ path: joinPath(path ?? 'fields', formatIssuePath(rest)), message: issue.message });
  }
  return [];
}

function readPackages(root: Record<string, unknown>, issues: FormattedIssue[]): EventPackage[] {
  return readList(root, 'packages', issues, (item, path) => {
    const parsed = EventPackageSchema.safeParse(item);
    if (parsed.success) return parsed.data;
    pushZodIssues(parsed.error, path, issues);
    return undefined;
  });
}

function withCleanNames(journey: Journey): Journey {
  return {
    ...journey,
    name: cleanName(journey.name),
    nodes: journey.nodes.map((node) => ({ ...node, label: cleanName(node.label) })),
  };
}

/**
 * Reads a .journey.json text (or a bare journey document) into a current-version journey with its
 * templates and fields, migrating older documents. Pure; throws JourneyFileError, naming every
 * problem with its JSON path, when the text cannot be used as a whole.
 */
export function readJourneyFile(text: string): ReadJourneyFile {
  const root = parseText(text);
  if (!isRecord(root)) refuse('', `A journey file must be a JSON object, not ${describeValue(root)}.`);
  const { document, prefix, version } = locateJourney(root);
  const wrapped = prefix !== '';
  const issues: FormattedIssue[] = [];
  if (wrapped) {
    for (const key of Object.keys(root)) {
      if (!(JOURNEY_FILE_KEYS as readonly string[]).includes(key)) {
        issues.push({
          path: key,
          message: `Unknown key "${key}": a journey file has only ${JOURNEY_FILE_KEYS.join(', ')}`,
        });
      }
    }
  }
  const journey = readJourney(document, prefix, issues);
  const templates = wrapped ? readTemplates(root, issues) : [];
  const fields = wrapped ? readFields(root, issues) : [];
  const packages = wrapped ? readPackages(root, issues) : [];
  if (issues.length > 0 || journey === undefined) refuseAll(issues);
  return {
    journey: withCleanNames(journey),
    templates,
    fields,
    packages,
    schemaVersion: version ?? CURRENT_SCHEMA_VERSION,
    wrapped,
  };
}
