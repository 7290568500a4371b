// The one way benchmarks print results. A result held to a target prints PASS or MISS, and a MISS
// makes the benchmark's process exit non-zero, so `npm run bench` fails; a number shown for scale or
// context prints neither. Kept free of imports so a plain `node` can load it in its own test.

/** What a result is held to; every bound given must hold. Ratio bounds compare ours to the baseline. */
export interface Target {
  atMost?: number;
  atLeast?: number;
  ratioAtMost?: number;
  ratioAtLeast?: number;
}

export interface Measurement {
  ours: number;
  unit: string;
  /** The same-run baseline in the same unit, when the line compares against one. */
  baseline?: number;
  /** What the baseline is, when the line's name does not say it. */
  baselineName?: string;
}

export interface Reporter {
  /** Prints PASS when every bound of the target holds, otherwise MISS (and reports the miss). */
  check(name: string, measurement: Measurement, target: Target): boolean;
  /** A result held to no target: printed with its numbers, neither PASS nor MISS. */
  forScale(name: string, measurement: Measurement): void;
  /** Context for the lines that follow (what was measured, counts, settings). */
  note(text: string): void;
  misses(): number;
}

const INDENT = '      ';

function formatNumber(value: number): string {
  const digits = Number.isInteger(value) || Math.abs(value) >= 1000 ? 0 : Math.abs(value) < 10 ? 2 : 1;
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function describeMeasurement({ ours, unit, baseline, baselineName }: Measurement): string {
  const oursText = `ours ${formatNumber(ours)} ${unit}`;
  if (baseline === undefined) return oursText;
  const baselineText = `baseline${baselineName ? ` (${baselineName})` : ''} ${formatNumber(baseline)} ${unit}`;
  return `${oursText}, ${baselineText}, ratio ${(ours / baseline).toFixed(2)}×`;
}

function describeTarget(target: Target, unit: string): string {
  const parts: string[] = [];
  if (target.atMost !== undefined) parts.push(`≤ ${formatNumber(target.atMost)} ${unit}`);
  if (target.atLeast !== undefined) parts.push(`≥ ${formatNumber(target.atLeast)} ${unit}`);
  if (target.ratioAtMost !== undefined) parts.push(`ratio ≤ ${target.ratioAtMost.toFixed(2)}×`);
  if (target.ratioAtLeast !== undefined) parts.push(`ratio ≥ ${target.ratioAtLeast.toFixed(2)}×`);
  return parts.join(' and ');
}

function meets(target: Target, { ours, baseline }: Measurement): boolean {
  const ratio = baseline === undefined ? NaN : ours / baseline;
  return (
    (target.atMost === undefined || ours <= target.atMost) &&
    (target.atLeast === undefined || ours >= target.atLeast) &&
    (target.ratioAtMost === undefined || ratio <= target.ratioAtMost) &&
    (target.ratioAtLeast === undefined || ratio >= target.ratioAtLeast)
  );
}

export function createReporter(print: (line: string) => void, onMiss: () => void): Reporter {
  let misses = 0;
  return {
    check(name, measurement, target) {
      const bounds = Object.values(target).filter((bound) => bound !== undefined);
      if (bounds.length === 0) throw new Error(`"${name}" has no target: report it with forScale`);
      const ratioBound = target.ratioAtMost !== undefined || target.ratioAtLeast !== undefined;
      if (ratioBound && measurement.baseline === undefined)
        throw new Error(`"${name}" is held to a ratio but has no baseline`);
      const pass = meets(target, measurement);
      print(
        `${pass ? 'PASS' : 'MISS'}  ${name}: ${describeMeasurement(measurement)}; target ${describeTarget(target, measurement.unit)}`,
      );
      if (!pass) {
        misses += 1;
        onMiss();
      }
      return pass;
    },
    forScale(name, measurement) {
      print(`${INDENT}${name}: ${describeMeasurement(measurement)}; for scale, no target`);
    },
    note(text) {
      print(`${INDENT}${text}`);
    },
    misses: () => misses,
  };
}

const reporter = createReporter(
  (line) => console.log(line),
  () => {
    process.exitCode = 1;
  },
);

export const check = reporter.check;
export const forScale = reporter.forScale;
export const note = reporter.note;
