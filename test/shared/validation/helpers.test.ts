import { describe, expect, it } from 'vitest';
import {
  delayDateInstant,
  handleOfOutputPath,
  isLocalHost,
  normalisePercentages,
  outputPath,
  webhookUrlProblem,
} from '../../../shared/validation/index';

describe('normalisePercentages', () => {
  it.each([
    [[], []],
    [[100], [100]],
    [
      [50, 50],
      [50, 50],
    ],
    [
      [2, 1],
      [67, 33],
    ],
    [
      [1, 1, 1],
      [34, 33, 33],
    ],
    [
      [0, 0],
      [50, 50],
    ],
    [
      [-5, Number.NaN, 10],
      [0, 0, 100],
    ],
    [
      [1, 1, 1, 1, 1, 1, 1],
      [15, 15, 14, 14, 14, 14, 14],
    ],
  ])('%j → %j', (percents, expected) => {
    const result = normalisePercentages(percents);
    expect(result).toEqual(expected);
    if (result.length > 0) expect(result.reduce((sum, percent) => sum + percent, 0)).toBe(100);
  });
});

describe('delayDateInstant', () => {
  it('reads minute-precision dates, with or without Z, as UTC', () => {
    expect(delayDateInstant('2025-03-01T09:30')).toBe(Date.UTC(2025, 2, 1, 9, 30));
    expect(delayDateInstant('2025-03-01T09:30Z')).toBe(Date.UTC(2025, 2, 1, 9, 30));
    expect(delayDateInstant('2024-02-29T00:00')).toBe(Date.UTC(2024, 1, 29));
  });

  it.each([
    '',
    '2025-03-01',
    '2025-03-01 09:30',
    '2025-03-01T09:30:00',
    '2025-02-29T10:00',
    '2025-04-31T10:00',
    '2025-13-01T10:00',
    '2025-03-01T24:00',
    '2025-03-01T09:30+01:00',
  ])('refuses %j', (date) => {
    expect(delayDateInstant(date)).toBeNull();
  });
});

describe('webhookUrlProblem', () => {
  it('treats only this machine as local', () => {
    expect(['localhost', 'LOCALHOST', 'app.localhost', '127.0.0.1', '127.8.9.10', '[::1]'].every(isLocalHost)).toBe(
      true,
    );
    expect(['example.com', '10.0.0.1', '128.0.0.1', 'localhost.example.com', '[::2]'].some(isLocalHost)).toBe(false);
  });

  it('checks the fixed part of a URL with Liquid in it', () => {
    expect(
      webhookUrlProblem(
        'https://api.example.com/{% if event.test %}test/{% endif %}orders/{{ event.orderId | url_encode }}',
      ),
    ).toBeNull();
    expect(webhookUrlProblem('ftp://{{ host }}/x')).toBe('scheme');
    expect(webhookUrlProblem('http://{{ host }}/x')).toBe('insecure');
  });
});

describe('output paths', () => {
  it.each(['next', 'timeout', 'path-b', 'path "b"', 'a.b', '0'])('round-trips %j', (handle) => {
    expect(handleOfOutputPath(outputPath(3, handle))).toBe(handle);
  });

  it('reads nothing from paths that do not name an output', () => {
    expect(handleOfOutputPath(undefined)).toBeNull();
    expect(handleOfOutputPath('nodes[3]')).toBeNull();
    expect(handleOfOutputPath('nodes[3].config.templateId')).toBeNull();
  });
});
