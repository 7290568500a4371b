import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createReporter } from '../bench/support/report';

const reportModule = pathToFileURL(path.resolve(__dirname, '..', 'bench', 'support', 'report.ts')).href;

function recording() {
  const lines: string[] = [];
  let misses = 0;
  const reporter = createReporter(
    (line) => lines.push(line),
    () => (misses += 1),
  );
  return { reporter, lines, misses: () => misses };
}

describe('benchmark reporting', () => {
  it('prints PASS when every bound holds and MISS when one does not', () => {
    const { reporter, lines, misses } = recording();
    expect(reporter.check('fast', { ours: 12.04, baseline: 10, unit: 'ms' }, { ratioAtMost: 1.3, atMost: 20 })).toBe(
      true,
    );
    expect(reporter.check('slow', { ours: 12, baseline: 10, unit: 'ms' }, { ratioAtMost: 1.3, atMost: 11 })).toBe(
      false,
    );
    expect(reporter.check('smooth', { ours: 50.3, baseline: 60, unit: 'fps' }, { ratioAtLeast: 0.9 })).toBe(false);
    expect(lines).toEqual([
      'PASS  fast: ours 12.0 ms, baseline 10 ms, ratio 1.20×; target ≤ 20 ms and ratio ≤ 1.30×',
      'MISS  slow: ours 12 ms, baseline 10 ms, ratio 1.20×; target ≤ 11 ms and ratio ≤ 1.30×',
      'MISS  smooth: ours 50.3 fps, baseline 60 fps, ratio 0.84×; target ratio ≥ 0.90×',
    ]);
    expect(misses()).toBe(2);
    expect(reporter.misses()).toBe(2);
  });

  it('prints neither PASS nor MISS for a number shown for scale, and counts no miss', () => {
    const { reporter, lines, misses } = recording();
    reporter.forScale('newsletter p95', { ours: 1234.5, baseline: 2.345, baselineName: 'bare mjml2html', unit: 'ms' });
    reporter.note('20 sections');
    expect(lines).toEqual([
      '      newsletter p95: ours 1,235 ms, baseline (bare mjml2html) 2.35 ms, ratio 526.44×; for scale, no target',
      '      20 sections',
    ]);
    expect(lines.join('\n')).not.toMatch(/PASS|MISS/);
    expect(misses()).toBe(0);
  });

  it('refuses a check without a target, or a ratio without a baseline', () => {
    const { reporter } = recording();
    expect(() => reporter.check('nothing', { ours: 1, unit: 'ms' }, {})).toThrow(/forScale/);
    expect(() => reporter.check('ratio', { ours: 1, unit: 'ms' }, { ratioAtMost: 2 })).toThrow(/no baseline/);
  });

  // What `npm run bench` relies on: a benchmark process that printed a MISS exits non-zero.
  const runChecks = (checks: string) =>
    spawnSync(
      process.execPath,
      [
        '--experimental-strip-types',
        '--no-warnings',
        '--input-type=module',
        '-e',
        `import { check, forScale } from ${JSON.stringify(reportModule)};\n${checks}`,
      ],
      { encoding: 'utf8' },
    );

  it('makes the benchmark process exit non-zero after a MISS', () => {
    const result = runChecks(
      "check('a', { ours: 5, unit: 'ms' }, { atMost: 1 }); check('b', { ours: 1, unit: 'ms' }, { atMost: 5 });",
    );
    expect(result.stdout).toContain('MISS  a');
    expect(result.stdout).toContain('PASS  b');
    expect(result.status).toBe(1);
  });

  it('leaves the exit code alone when every target is met and scale lines are shown', () => {
    const result = runChecks(
      "check('a', { ours: 1, unit: 'ms' }, { atMost: 5 }); forScale('b', { ours: 999, baseline: 1, unit: 'ms' });",
    );
    expect(result.stdout).toContain('PASS  a');
    expect(result.status).toBe(0);
  });
});
