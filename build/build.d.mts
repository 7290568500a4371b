// Types for what tests and benchmarks import from build.mjs.
export const IMPORT_WORKER_FILE: string;
export function buildImportWorker(outfile: string): Promise<unknown>;
export const MJML_WORKER_FILE: string;
export function buildMjmlWorker(outfile: string): Promise<unknown>;
export const ENGINE_WORKER_FILE: string;
export function buildEngineWorker(outfile: string): Promise<unknown>;
export function buildNode(): Promise<void>;
export function buildRenderer(): Promise<void>;
