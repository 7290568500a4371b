import type { DelayConfig } from '../../../../shared/model/index';
import { dateInZone, durationMs, nextTimeOfDay, parseTimeOfDay, usableZone } from '../zoned-time';
import type { StepExecutor } from './executor';

function dueAt(config: DelayConfig, now: number, zone: string): number | null {
  switch (config.mode) {
    case 'duration':
      return now + durationMs(config.duration);
    case 'timeOfDay':
      return config.time === '' ? null : nextTimeOfDay(now, parseTimeOfDay(config.time), zone);
    case 'date':
      return config.date === '' ? null : dateInZone(config.date, zone);
  }
}

/** Duration from entering the step; time of day and date in the contact's zone, else the journey's. */
export const delayExecutor: StepExecutor<'delay'> = {
  step: ({ node, visit, now, contact, version }) => {
    if (visit.type === 'wake') return { type: 'go', output: 'next', decision: 'delay over' };
    const zone = usableZone(contact.timeZone ?? version.journey.settings.timeZone);
    const until = dueAt(node.config, now, zone);
    if (until === null || until <= now) {
      return { type: 'go', output: 'next', decision: 'no wait', detail: { mode: node.config.mode } };
    }
    return {
      type: 'wait',
      until,
      purpose: 'delay',
      decision: 'waiting',
      detail: { mode: node.config.mode, until: new Date(until).toISOString(), zone },
    };
  },
  // A changed duration counts from when the contact entered the step; another kind of wait starts again now.
  moveWait: ({ before, after, wakeup, now }) => {
    if (before.config.mode !== 'duration' || after.config.mode !== 'duration') return { keep: false };
    if (wakeup === undefined || wakeup.purpose !== 'delay') return { keep: true };
    const dueAt = wakeup.dueAt - durationMs(before.config.duration) + durationMs(after.config.duration);
    return { keep: true, dueAt: Math.max(now, dueAt) };
  },
};
