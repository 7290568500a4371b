import type { ActivationImpact, RunMove, StepImpact } from '../../../../shared/contract/index';
import { plural } from '../../ui/plural';

/** What happens to the contacts at one step: they stay on their version, or move to the step `to` of the new one. */
export interface StepChoice {
  move: boolean;
  to: string;
}

export const stepKey = (step: Pick<StepImpact, 'version' | 'nodeId'>) => `${step.version}:${step.nodeId}`;

/** Only contacts at a step the new version changed or removed are offered a move. */
export const offersMove = (step: StepImpact) => step.change !== 'unchanged';

/** Everyone stays on their version unless told otherwise; a move would go to the step the server suggests. */
export function initialChoices(impact: ActivationImpact): Map<string, StepChoice> {
  const first = impact.targets[0]?.nodeId ?? '';
  return new Map(
    impact.steps.filter(offersMove).map((step) => [stepKey(step), { move: false, to: step.defaultTarget ?? first }]),
  );
}

/** The moves the activation asks for. */
export function movesOf(impact: ActivationImpact, choices: ReadonlyMap<string, StepChoice>): RunMove[] {
  return impact.steps.flatMap((step) => {
    const choice = choices.get(stepKey(step));
    return choice?.move && choice.to !== '' ? [{ version: step.version, nodeId: step.nodeId, to: choice.to }] : [];
  });
}

/** "3 contacts in flight: 2 at steps version 4 changes or removes." */
export function impactSummary(impact: ActivationImpact): string {
  const total = impact.steps.reduce((sum, step) => sum + step.inFlight, 0);
  if (total === 0)
    return `Nobody is in flight: version ${impact.newVersion} changes the way only for those who enter from now on.`;
  const affected = impact.steps.filter(offersMove).reduce((sum, step) => sum + step.inFlight, 0);
  const head = `${plural(total, 'contact')} in flight`;
  return affected === 0
    ? `${head}, none of them at a step version ${impact.newVersion} changes.`
    : `${head}: ${affected} at steps version ${impact.newVersion} changes or removes.`;
}

/** "changed in version 2" / "removed in version 2" / "unchanged". */
export function changeText(step: StepImpact, newVersion: number): string {
  return step.change === 'unchanged' ? 'unchanged' : `${step.change} in version ${newVersion}`;
}

/** The notice once the changes are live. */
export function activatedChangesMessage(result: { version: number; moved: number; stayedMidStep: number }): string {
  const moved = result.moved > 0 ? `; ${plural(result.moved, 'contact')} moved to it` : '';
  const stayed =
    result.stayedMidStep > 0
      ? ` (${plural(result.stayedMidStep, 'contact')} in the middle of a step stayed on ${result.stayedMidStep === 1 ? 'its' : 'their'} version)`
      : '';
  return `Changes activated: version ${result.version} is live${moved}${stayed}.`;
}
