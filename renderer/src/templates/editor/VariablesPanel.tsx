import type { RenderResult } from '../../../../shared/templates/index';

/**
 * Every variable the template reads. Flagged: those the sample profile and customer fields lack,
 * and customer keys only the sample profile has (no contact has them, though the preview shows them).
 */
export function VariablesPanel({
  variables,
  strict,
  onStrictChange,
}: {
  variables: RenderResult['variables'] | undefined;
  strict: boolean;
  onStrictChange(strict: boolean): void;
}) {
  const used = variables?.used ?? [];
  const missing = new Set(variables?.undefined ?? []);
  const sampleOnly = new Set(variables?.notCustomerFields ?? []);
  return (
    <section className="variables" aria-labelledby="variables-heading">
      <h2 id="variables-heading" className="panel-heading">
        Variables
      </h2>
      <label className="checkbox-line">
        <input type="checkbox" checked={strict} onChange={(event) => onStrictChange(event.target.checked)} />
        Treat undefined variables as errors
      </label>
      {used.length === 0 ? (
        <p className="muted">No variables: the message is the same for everyone.</p>
      ) : (
        <ul className="variable-list">
          {used.map((path) => (
            <li key={path} className={missing.has(path) || sampleOnly.has(path) ? 'variable undefined' : 'variable'}>
              <code>{path}</code>
              {missing.has(path) && (
                <span className="field-warning"> not in the sample profile or customer fields</span>
              )}
              {sampleOnly.has(path) && (
                <span className="field-warning"> not a customer field: only the sample profile has it</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
