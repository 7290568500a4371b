import { JourneySchema, type Journey } from './journey';
import { JourneyDocumentError } from './journey-document-error';
import { MIGRATION_STEPS, type MigrationStep } from './migrations/index';
import { CURRENT_SCHEMA_VERSION } from './schema-version';
import { isRecord } from './is-record';

/** The oldest version any step starts from: files older than this cannot be opened. */
const OLDEST_SCHEMA_VERSION = Math.min(CURRENT_SCHEMA_VERSION, ...MIGRATION_STEPS.map((step) => step.from));

function describeJsonValue(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

function showValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return describeJsonValue(value);
}

function readSchemaVersion(document: Record<string, unknown>): number {
  const version = document.schemaVersion;
  if (version === undefined) {
    throw new JourneyDocumentError(
      'This file has no "schemaVersion", so it is not a Journey Studio journey (or it has been damaged)',
      'schemaVersion',
    );
  }
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    throw new JourneyDocumentError(
      `"schemaVersion" must be a whole number, but it is ${showValue(version)}`,
      'schemaVersion',
    );
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    throw new JourneyDocumentError(
      `This journey was made by a newer Journey Studio (schema version ${version}; this version reads up to ${CURRENT_SCHEMA_VERSION})`,
      'schemaVersion',
    );
  }
  if (version < OLDEST_SCHEMA_VERSION) {
    throw new JourneyDocumentError(
      `Schema version ${version} is older than any this Journey Studio can read (${OLDEST_SCHEMA_VERSION} to ${CURRENT_SCHEMA_VERSION})`,
      'schemaVersion',
    );
  }
  return version;
}

function stepFrom(version: number): MigrationStep {
  const step = MIGRATION_STEPS.find((candidate) => candidate.from === version);
  // Unreachable while the migrations test holds; kept so a gap fails loudly, not as a bogus parse error.
  if (step === undefined) throw new Error(`No journey migration from schema version ${version}`);
  return step;
}

/**
 * The one way to turn stored or imported JSON into a Journey: upgrades older documents step by
 * step, then parses. Throws JourneyDocumentError when the document cannot be migrated at all,
 * and zod's ZodError (see formatZodIssues) when the migrated document is not a valid journey.
 */
export function migrateJourneyDocument(raw: unknown): Journey {
  if (!isRecord(raw)) {
    throw new JourneyDocumentError(`A journey document must be a JSON object, not ${describeJsonValue(raw)}`, '');
  }
  let document = raw;
  let version = readSchemaVersion(raw);
  while (version < CURRENT_SCHEMA_VERSION) {
    const step = stepFrom(version);
    document = { ...step.migrate(document), schemaVersion: step.to };
    version = step.to;
  }
  return JourneySchema.parse(document);
}
