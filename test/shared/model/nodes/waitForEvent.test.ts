import { describe, it, expect } from 'vitest';
import { waitForEventNodeKind } from '../../../../shared/model/nodes/waitForEvent';
import type { WaitForEventConfig } from '../../../../shared/model/nodes/waitForEvent';
import { issuesOf } from '../issues-of';

const { config: schema } = waitForEventNodeKind;

function wait(overrides: Partial<WaitForEventConfig>): WaitForEventConfig {
  return { ...waitForEventNodeKind.defaults(), ...overrides };
}

describe('waitForEvent node kind', () => {
  it('defaults to waiting a day for a click', () => {
    expect(schema.parse(waitForEventNodeKind.defaults())).toEqual({
      event: 'clicked',
      customEventName: '',
      timeout: { amount: 1, unit: 'days' },
    });
  });

  it('has an event branch named after the event and a timeout branch', () => {
    expect(waitForEventNodeKind.outputs(wait({ event: 'opened' }))).toEqual([
      { id: 'event', label: 'Opened' },
      { id: 'timeout', label: 'Timed out' },
    ]);
    expect(waitForEventNodeKind.outputs(wait({ event: 'custom', customEventName: 'quiz_done' }))[0]).toEqual({
      id: 'event',
      label: 'quiz_done',
    });
    expect(waitForEventNodeKind.outputs(wait({ event: 'custom' }))[0]?.label).toBe('Custom event');
  });

  it('summarises the awaited event and the timeout', () => {
    expect(waitForEventNodeKind.summary(wait({ timeout: { amount: 2, unit: 'days' } }))).toBe(
      'Wait for clicked · timeout 2 days',
    );
    expect(
      waitForEventNodeKind.summary(
        wait({ event: 'custom', customEventName: 'cart_viewed', timeout: { amount: 1, unit: 'hours' } }),
      ),
    ).toBe('Wait for cart_viewed · timeout 1 hour');
    expect(waitForEventNodeKind.summary(wait({ event: 'custom' }))).toBe('Wait for custom event · timeout 1 day');
  });

  it('rejects a fractional or negative timeout', () => {
    expect(issuesOf(schema, wait({ timeout: { amount: 1.5, unit: 'days' } }))).toEqual([
      { path: 'timeout.amount', message: 'Invalid input: expected int, received number' },
    ]);
    expect(issuesOf(schema, wait({ timeout: { amount: -1, unit: 'days' } })).map((issue) => issue.path)).toEqual([
      'timeout.amount',
    ]);
  });

  it('rejects an unknown unit, listing the units', () => {
    expect(issuesOf(schema, { ...wait({}), timeout: { amount: 1, unit: 'months' } })).toEqual([
      { path: 'timeout.unit', message: 'Invalid option: expected one of "minutes"|"hours"|"days"|"weeks"' },
    ]);
  });
});
