import { durationMs } from '../zoned-time';
import type { StepExecutor } from './executor';

export const retargetExecutor: StepExecutor<'retarget'> = {
  step: ({ node, visit, now, count }) => {
    if (visit.type === 'event') {
      count('converted');
      return { type: 'go', output: 'converted', decision: 'converted', detail: { eventId: visit.event.id } };
    }
    if (visit.type === 'wake') return { type: 'go', output: 'notConverted', decision: 'not converted in window' };
    const until = now + durationMs(node.config.window);
    return {
      type: 'wait',
      until,
      purpose: 'window',
      event: { name: node.config.conversionEvent, messageKey: null },
      decision: 'waiting for conversion',
      detail: { event: node.config.conversionEvent, until: new Date(until).toISOString() },
    };
  },
};
