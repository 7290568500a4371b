import type { GuidedWizardState } from '../../../shared/guided/wizard-state';

const STEPS: { step: GuidedWizardState['step']; label: string }[] = [
  { step: 'channel', label: 'Channel & parameters' },
  { step: 'events', label: 'Packages & events' },
  { step: 'configure', label: 'Configure journey' },
];

/** The wizard's steps; a step already reached can be gone back to (nothing chosen is lost). */
export function GuidedSteps({
  current,
  reached,
  onGo,
}: {
  current: GuidedWizardState['step'];
  reached: number;
  onGo(step: GuidedWizardState['step']): void;
}) {
  return (
    <ol className="guided-steps" aria-label="Steps">
      {STEPS.map(({ step, label }, index) => (
        <li key={step}>
          <button
            type="button"
            className={step === current ? 'guided-step-link current' : 'guided-step-link'}
            aria-current={step === current ? 'step' : undefined}
            disabled={index > reached}
            onClick={() => onGo(step)}
          >
            {index + 1}. {label}
          </button>
        </li>
      ))}
      <li>
        <span className="guided-step-link" title="“Create journey” is under the event cards of step 3.">
          4. Create journey
        </span>
      </li>
    </ol>
  );
}

export function stepIndex(step: GuidedWizardState['step']): number {
  return STEPS.findIndex((entry) => entry.step === step);
}
