import { useMemo } from 'react';
import { checkJson } from '../json-check';
import { outputText } from './output-fields';
import type { PreviewProps } from './preview-props';

export function MarketingPreview({ result }: PreviewProps<'marketing'>) {
  const payload = outputText(result, 'payload');
  const checked = useMemo(() => checkJson(payload), [payload]);
  if (!result) return <p className="placeholder">Rendering…</p>;
  if (!checked.ok) {
    return (
      <div className="json-preview invalid">
        <p className="field-error">
          Not valid JSON at line {checked.line}, column {checked.column}: {checked.message}.
        </p>
        <pre>{payload}</pre>
      </div>
    );
  }
  return (
    <div className="json-preview">
      <p className="muted">Valid JSON</p>
      <pre>{JSON.stringify(checked.value, null, 2)}</pre>
    </div>
  );
}
