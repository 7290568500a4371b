import type { StepExecutor } from './executor';

/** Enrolment itself (at activation, on events) is the engine's; the entry step only passes the contact on. */
export const entryExecutor: StepExecutor<'entry'> = {
  step: ({ node, run }) => ({
    type: 'go',
    output: 'next',
    decision: 'entered',
    detail: { audience: node.config.audience.type, ...(run.trigger ? { event: run.trigger.name } : {}) },
  }),
};
