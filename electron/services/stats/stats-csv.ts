import { STEP_COUNTERS, type JourneyStatistics } from '../../../shared/contract/index';

/** RFC 4180 quoting; a leading =, +, - or @ is prefixed so a spreadsheet does not run it as a formula. */
function cell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const HEADER = ['version', 'step_id', 'step', 'kind', ...STEP_COUNTERS, 'in_flight', 'conversion', 'lowest_conversion'];

/** One row per step of the version, in the version's order; conversion as a fraction to four places. */
export function statisticsCsv(stats: JourneyStatistics): string {
  const rows = stats.steps.map((step) => [
    stats.version,
    step.nodeId,
    step.label,
    step.kind,
    ...STEP_COUNTERS.map((counter) => step[counter]),
    step.inFlight,
    step.conversion === null ? null : step.conversion.toFixed(4),
    step.nodeId === stats.lowestConversion ? 'yes' : '',
  ]);
  return [HEADER, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
