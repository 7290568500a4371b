/**
 * The median time of several runs after one warm-up, for budgets that catch an accidental O(n²):
 * the median keeps one GC pause from failing the test.
 */
export function medianMs(run: () => unknown, times = 5): number {
  run();
  const durations = Array.from({ length: times }, () => {
    const start = performance.now();
    run();
    return performance.now() - start;
  }).sort((a, b) => a - b);
  return durations[Math.floor(times / 2)] ?? Infinity;
}
