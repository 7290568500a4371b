import { describe, expect, it } from 'vitest';
import { createNode, type JourneyNode } from '../../../../shared/model/index';
import { explainDecision } from '../../../../electron/services/stats/branch-reasons';

const AT = Date.UTC(2026, 2, 2, 21, 10);

describe('branch reasons', () => {
  it('names a random path by its label and the point drawn', () => {
    const node = createNode('randomSplit', { id: 'ab', position: { x: 0, y: 0 }, label: 'A/B' }) as JourneyNode;
    expect(explainDecision({ at: AT, decision: 'path', detail: { branch: 'b', point: 71.234 } }, node)).toBe(
      "random paths 'A/B': Path B (drew 71.2 of 100)",
    );
  });

  it("gives quiet hours' deferral in the zone it used, with the day when it is not the next hours", () => {
    const until = new Date(Date.UTC(2026, 2, 3, 7, 0)).toISOString();
    expect(
      explainDecision(
        { at: AT, decision: 'deferred: quiet hours', detail: { zone: 'Europe/Madrid', until } },
        undefined,
      ),
    ).toBe('quiet hours: deferred from 22:10 to 08:00 (Europe/Madrid)');
    const later = new Date(Date.UTC(2026, 2, 5, 7, 0)).toISOString();
    expect(
      explainDecision({ at: AT, decision: 'deferred: quiet hours', detail: { zone: 'UTC', until: later } }, undefined),
    ).toBe('quiet hours: deferred from 21:10 to 07:00 on 2026-03-05 (UTC)');
  });

  it('names both versions and steps of a move to a new version, by the labels they had then', () => {
    const detail = {
      fromVersion: 1,
      fromNodeId: 'wait',
      fromLabel: 'Wait 2 days',
      toVersion: 2,
      toNodeId: 'r',
      toLabel: 'Reminder',
    };
    // The step as it is now (renamed since) does not rewrite what was recorded.
    const renamed = createNode('message', { id: 'r', position: { x: 0, y: 0 }, label: 'Nudge' }) as JourneyNode;
    expect(explainDecision({ at: AT, decision: 'moved to a new version', detail }, renamed)).toBe(
      "moved from version 1 step 'Wait 2 days' to version 2 step 'Reminder'",
    );
  });

  it('says what a condition read, values quoted, empty ones as empty, and which source it read', () => {
    const node = createNode('condition', { id: 'c', position: { x: 0, y: 0 }, label: 'Big order?' }) as JourneyNode;
    expect(
      explainDecision(
        { at: AT, decision: 'yes', detail: { source: 'event', read: { total: 150, coupon: null, tags: ['a', 'b'] } } },
        node,
      ),
    ).toBe("condition 'Big order?' true: total is 150, coupon is empty, tags is ['a', 'b'] (event)");
  });

  it('explains fallbacks, the frequency cap and webhook failures from their recorded details', () => {
    expect(
      explainDecision(
        { at: AT, decision: 'fallback', detail: { from: 'whatsapp', to: 'sms', reason: 'no whatsapp address' } },
        undefined,
      ),
    ).toBe('fallback to SMS: no whatsapp address (from WhatsApp)');
    expect(
      explainDecision(
        {
          at: AT,
          decision: 'deferred: frequency cap',
          detail: { sent: 3, maxMessages: 3, periodHours: 24, until: new Date(AT + 3600_000).toISOString() },
        },
        undefined,
      ),
    ).toBe('frequency cap: 3 of 3 messages in 24 h; deferred from 21:10 to 22:10 (UTC)');
    expect(
      explainDecision({ at: AT, decision: 'webhook failed', detail: { status: 404, response: 'nope' } }, undefined),
    ).toBe('webhook failed (HTTP 404)');
    expect(explainDecision({ at: AT, decision: 'something new', detail: {} }, undefined)).toBe('something new');
  });
});
