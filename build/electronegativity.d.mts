// Types for what tests import from electronegativity.mjs.
export interface Finding {
  id: string;
  file: string;
  location: { line: number; column: number };
  description: string;
  severity: { value: number; name: string };
  confidence: { value: number; name: string };
}
export const EXCLUDED_CHECKS: Record<string, string>;
export const APP_SOURCES: string[];
export function runElectronegativity(input?: string): Promise<{ issues: Finding[]; errors: unknown[] }>;
export function findingsAboveLow(issues: Finding[]): Finding[];
export function describeFinding(issue: Finding): string;
