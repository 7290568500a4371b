import type { MigrationStep } from './migration-step';
import { v1ToV2 } from './v1-to-v2';

export type { MigrationStep } from './migration-step';

/** Oldest first; each step's `from` is the previous step's `to`, ending at CURRENT_SCHEMA_VERSION. */
export const MIGRATION_STEPS: readonly MigrationStep[] = [v1ToV2];
