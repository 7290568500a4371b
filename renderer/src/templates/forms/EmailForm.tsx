import { useId, useState } from 'react';
import { STARTER_LAYOUTS } from '../../../../shared/templates/index';
import { SelectField } from '../../editor/inspector/fields/SelectField';
import { TextField } from '../../editor/inspector/fields/TextField';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { LazyCodeEditor } from '../code/LazyCodeEditor';
import { problemAt } from '../diagnostics';
import type { ChannelFormProps } from './form-props';

const LAYOUT_OPTIONS = STARTER_LAYOUTS.map(({ id, name }) => ({ value: id, label: name }));

export function EmailForm({ content, onChange, diagnostics, codeRef }: ChannelFormProps<'email'>) {
  const [layoutId, setLayoutId] = useState(STARTER_LAYOUTS[0]?.id ?? '');
  const [confirming, setConfirming] = useState(false);
  const labelId = useId();
  const errorId = useId();
  const layout = STARTER_LAYOUTS.find((l) => l.id === layoutId);
  const mjmlProblem = problemAt(diagnostics, 'mjml');
  return (
    <>
      <TextField
        label="Subject"
        value={content.subject}
        error={problemAt(diagnostics, 'subject')}
        onChange={(subject) => onChange({ ...content, subject })}
      />
      <TextField
        label="Preheader"
        value={content.preheader}
        hint="The preview line inboxes show after the subject."
        error={problemAt(diagnostics, 'preheader')}
        onChange={(preheader) => onChange({ ...content, preheader })}
      />
      <TextField
        label="From name"
        value={content.fromName}
        error={problemAt(diagnostics, 'fromName')}
        onChange={(fromName) => onChange({ ...content, fromName })}
      />
      {LAYOUT_OPTIONS.length > 0 && (
        <div className="field-inline starter-layout">
          <SelectField label="Starter layout" value={layoutId} options={LAYOUT_OPTIONS} onChange={setLayoutId} />
          <button type="button" className="button small" disabled={!layout} onClick={() => setConfirming(true)}>
            Use layout
          </button>
        </div>
      )}
      <div className="field">
        <span id={labelId} className="field-label">
          MJML body
        </span>
        <LazyCodeEditor
          ref={codeRef}
          language="xml"
          label="MJML body"
          value={content.mjml}
          invalid={mjmlProblem !== undefined}
          describedBy={mjmlProblem ? errorId : undefined}
          onChange={(mjml) => onChange({ ...content, mjml })}
        />
        {mjmlProblem && (
          <p id={errorId} className="field-error">
            {mjmlProblem}
          </p>
        )}
      </div>
      {layout && (
        <ConfirmDialog
          open={confirming}
          onOpenChange={setConfirming}
          title={`Start from “${layout.name}”?`}
          description="The MJML body is replaced by the layout. Subject, preheader and from name stay."
          confirmLabel="Replace MJML"
          onConfirm={async () => onChange({ ...content, mjml: layout.mjml })}
        />
      )}
    </>
  );
}
