import type { ActionContext } from '../actions/types';
import { ActionButton } from './ActionButton';
import { SaveIndicator } from './SaveIndicator';

export function Toolbar({ makeContext }: { makeContext: () => ActionContext }) {
  return (
    <div role="toolbar" aria-label="Canvas tools" className="editor-toolbar">
      <ActionButton actionId="undo" makeContext={makeContext}>
        ↶
      </ActionButton>
      <ActionButton actionId="redo" makeContext={makeContext}>
        ↷
      </ActionButton>
      <span className="toolbar-separator" />
      <ActionButton actionId="duplicate" makeContext={makeContext} />
      <ActionButton actionId="delete" makeContext={makeContext} />
      <span className="toolbar-separator" />
      <ActionButton actionId="tidyLeftToRight" makeContext={makeContext}>
        Tidy ⇢
      </ActionButton>
      <ActionButton actionId="tidyTopToBottom" makeContext={makeContext}>
        Tidy ⇣
      </ActionButton>
      <ActionButton actionId="addNote" makeContext={makeContext}>
        + Note
      </ActionButton>
      <ActionButton actionId="fitView" makeContext={makeContext}>
        Fit
      </ActionButton>
      <ActionButton actionId="showShortcuts" makeContext={makeContext}>
        ?
      </ActionButton>
      <span className="toolbar-spacer" />
      <SaveIndicator />
    </div>
  );
}
