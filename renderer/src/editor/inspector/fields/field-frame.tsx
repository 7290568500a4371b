import { useId, type ReactNode } from 'react';

export interface FieldChrome {
  /** The visible label; tests and screen readers find the control by it. */
  label: ReactNode;
  error?: string | undefined;
  /** A short explanation under the control, linked to it as its description. */
  hint?: ReactNode;
  disabled?: boolean | undefined;
  /**
   * Where the value sits, relative to the nearest marked container ("templateId", "[1]"): lets
   * a problem found in the journey focus this control. See editor/problems/field-paths.ts.
   */
  path?: string | undefined;
}

export interface FieldIds {
  id: string;
  hintId: string;
  errorId: string;
  /** aria-describedby for the control: its hint and its error, when present. */
  describedBy: string | undefined;
  invalid: true | undefined;
}

export function useFieldIds({ error, hint }: Pick<FieldChrome, 'error' | 'hint'>): FieldIds {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return { id, hintId, errorId, describedBy, invalid: error ? true : undefined };
}

export function FieldHint({ ids, hint }: { ids: FieldIds; hint: ReactNode }) {
  return hint ? (
    <p id={ids.hintId} className="field-hint">
      {hint}
    </p>
  ) : null;
}

export function FieldError({ ids, error }: { ids: FieldIds; error: string | undefined }) {
  return error ? (
    <p id={ids.errorId} className="field-error">
      {error}
    </p>
  ) : null;
}

/** Label above, control, then hint and error: the layout every single-control field shares. */
export function FieldFrame({
  ids,
  label,
  error,
  hint,
  path,
  children,
}: Pick<FieldChrome, 'label' | 'error' | 'hint' | 'path'> & { ids: FieldIds; children: ReactNode }) {
  return (
    <div className="field" data-path={path}>
      <label htmlFor={ids.id} className="field-label">
        {label}
      </label>
      {children}
      <FieldHint ids={ids} hint={hint} />
      <FieldError ids={ids} error={error} />
    </div>
  );
}
