import type { ActivationImpact, StepImpact } from '../../../../shared/contract/index';
import { getNodeKind } from '../../../../shared/model/index';
import { changeText, impactSummary, offersMove, stepKey, type StepChoice } from './activation-impact-view';

interface InFlightImpactProps {
  impact: ActivationImpact;
  choices: ReadonlyMap<string, StepChoice>;
  onChoose(key: string, choice: StepChoice): void;
}

const nameOf = (step: { label: string; kind: string }) => {
  const kind = getNodeKind(step.kind)?.label ?? step.kind;
  return step.label && step.label !== kind ? `${step.label} (${kind})` : kind;
};

function Fate({
  step,
  impact,
  choice,
  onChoose,
}: {
  step: StepImpact;
  impact: ActivationImpact;
  choice: StepChoice | undefined;
  onChoose: InFlightImpactProps['onChoose'];
}) {
  const stay = `Stay on version ${step.version}`;
  if (!offersMove(step) || choice === undefined) return <>{stay}</>;
  const key = stepKey(step);
  return (
    <div className="impact-fate">
      <select
        aria-label={`What happens to the contacts at “${step.label}” (version ${step.version})`}
        value={choice.move ? 'move' : 'stay'}
        onChange={(event) => onChoose(key, { ...choice, move: event.target.value === 'move' })}
      >
        <option value="stay">{stay}</option>
        <option value="move" disabled={impact.targets.length === 0}>
          Move to version {impact.newVersion}
        </option>
      </select>
      {choice.move && (
        <select
          aria-label={`Step of version ${impact.newVersion} for the contacts at “${step.label}”`}
          value={choice.to}
          onChange={(event) => onChoose(key, { ...choice, to: event.target.value })}
        >
          {impact.targets.map((target) => (
            <option key={target.nodeId} value={target.nodeId}>
              at {nameOf(target)}
              {target.nodeId === step.nodeId ? ' (same step)' : ''}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}

/** Who is waiting where before the changes go live, and what happens to them, chosen per changed or removed step. */
export function InFlightImpact({ impact, choices, onChoose }: InFlightImpactProps) {
  const versions = [...new Set(impact.steps.map((step) => step.version))];
  return (
    <section className="in-flight-impact" aria-label="Contacts in flight">
      <h3 className="impact-heading">Who is waiting where</h3>
      <p>{impactSummary(impact)}</p>
      {versions.map((version) => (
        <table key={version} className="impact-table">
          <caption>
            Version {version}
            {version === impact.liveVersion ? ' (live now)' : ' (still running)'}
          </caption>
          <thead>
            <tr>
              <th scope="col">Step</th>
              <th scope="col">In flight</th>
              <th scope="col">Version {impact.newVersion}</th>
              <th scope="col">What happens</th>
            </tr>
          </thead>
          <tbody>
            {impact.steps
              .filter((step) => step.version === version)
              .map((step) => (
                <tr key={stepKey(step)} className={`impact-${step.change}`}>
                  <th scope="row">{nameOf(step)}</th>
                  <td>{step.inFlight}</td>
                  <td>{changeText(step, impact.newVersion)}</td>
                  <td>
                    <Fate step={step} impact={impact} choice={choices.get(stepKey(step))} onChoose={onChoose} />
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      ))}
    </section>
  );
}
