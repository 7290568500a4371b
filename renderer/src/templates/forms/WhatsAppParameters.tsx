import type { RenderDiagnostic } from '../../../../shared/templates/index';
import { TextField } from '../../editor/inspector/fields/TextField';
import { problemAt } from '../diagnostics';
import { parameterNumbers } from './whatsapp-parameters';

interface WhatsAppParametersProps {
  body: string;
  parameters: Readonly<Record<string, string>>;
  diagnostics: readonly RenderDiagnostic[];
  onChange(parameters: Record<string, string>): void;
}

/** One row per {{n}} the body uses, each filled by Liquid over the profile; gaps are flagged by the render. */
export function WhatsAppParameters({ body, parameters, diagnostics, onChange }: WhatsAppParametersProps) {
  const numbers = parameterNumbers(body);
  return (
    <fieldset className="list-editor whatsapp-parameters">
      <legend className="field-label">Parameters</legend>
      {numbers.length === 0 ? (
        <p className="muted list-empty">Type {'{{1}}'} in the body to add a parameter.</p>
      ) : (
        <div className="parameter-rows">
          {numbers.map((n) => (
            <TextField
              key={n}
              label={`Parameter {{${n}}}`}
              value={parameters[n] ?? ''}
              placeholder="{{ customer.first_name }}"
              spellCheck={false}
              error={problemAt(diagnostics, `parameters.${n}`)}
              onChange={(expression) => onChange({ ...parameters, [n]: expression })}
            />
          ))}
        </div>
      )}
    </fieldset>
  );
}
