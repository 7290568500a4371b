export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** One result line: the ratio against the same-run baseline, the absolute numbers, and the target. */
export function report(
  name: string,
  ours: number,
  baseline: number,
  unit: string,
  target: string,
  pass: boolean,
): void {
  const ratio = ours / baseline;
  console.log(
    `${pass ? 'PASS' : 'MISS'}  ${name}: ratio ${ratio.toFixed(2)}× (ours ${ours.toFixed(1)} ${unit}, baseline ${baseline.toFixed(1)} ${unit}; target ${target})`,
  );
}
