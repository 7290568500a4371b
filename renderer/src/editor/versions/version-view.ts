import type { Journey } from '../../../../shared/model/index';

/** One side of a comparison: a frozen version, or the document being edited. */
export interface ComparedDocument {
  /** "Version 2", "Current draft". */
  label: string;
  version: number | null;
  journey: Journey;
}

/**
 * What the canvas shows instead of the editable document: one frozen version, or two documents
 * compared (the older one is `before`). Either way nothing on it can be edited.
 */
export type VersionView =
  | { kind: 'version'; version: number; journey: Journey; createdAt: string }
  | { kind: 'compare'; before: ComparedDocument; after: ComparedDocument };

export function versionViewTitle(view: VersionView): string {
  return view.kind === 'version'
    ? `Viewing version ${view.version} (read-only)`
    : `Comparing ${view.before.label} with ${view.after.label}`;
}
