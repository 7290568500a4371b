import type { RenderResult } from '../../../../shared/templates/index';

/** Every variable the template reads; those the sample profile and customer fields lack are flagged. */
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
            <li key={path} className={missing.has(path) ? 'variable undefined' : 'variable'}>
              <code>{path}</code>
              {missing.has(path) && (
                <span className="field-warning"> not in the sample profile or customer fields</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
