import type { StepExecutor } from './executor';

export const exitExecutor: StepExecutor<'exit'> = {
  step: ({ count }) => {
    count('exited');
    return { type: 'end', outcome: 'exited', decision: 'exited' };
  },
};
