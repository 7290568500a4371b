/**
 * Upgrades a raw document from one schema version to the next. Steps work on untyped JSON: they
 * must cope with anything an old file might hold, reshape what they recognise and leave the rest
 * for JourneySchema to report. The runner sets `schemaVersion`, so steps need not.
 */
export interface MigrationStep {
  readonly from: number;
  readonly to: number;
  migrate(document: Record<string, unknown>): Record<string, unknown>;
}
