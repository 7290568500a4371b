import { useId } from 'react';
import { LazyCodeEditor } from '../code/LazyCodeEditor';
import { problemAt } from '../diagnostics';
import type { ChannelFormProps } from './form-props';

export function MarketingForm({ content, onChange, diagnostics, codeRef }: ChannelFormProps<'marketing'>) {
  const hintId = useId();
  const errorId = useId();
  const problem = problemAt(diagnostics, 'payload');
  return (
    <div className="field">
      <span className="field-label">JSON payload</span>
      <LazyCodeEditor
        ref={codeRef}
        language="json"
        label="JSON payload"
        value={content.payload}
        invalid={problem !== undefined}
        describedBy={[hintId, problem ? errorId : ''].filter(Boolean).join(' ')}
        onChange={(payload) => onChange({ ...content, payload })}
      />
      <p id={hintId} className="field-hint">
        Sent as it is to the marketing tool after Liquid fills in the values; it must be valid JSON once rendered.
      </p>
      {problem && (
        <p id={errorId} className="field-error">
          {problem}
        </p>
      )}
    </div>
  );
}
