import { Dialog } from 'radix-ui';
import { editorActions } from '../actions/editor-actions';
import { formatShortcut } from '../actions/shortcuts';
import type { ActionGroup } from '../../../../shared/editor/actions';
import { isMac } from './platform';
import { DialogCloseFooter } from '../../ui/DialogCloseFooter';

const GROUP_TITLES: Record<ActionGroup, string> = {
  edit: 'Edit',
  select: 'Select',
  arrange: 'Arrange',
  view: 'View',
  help: 'Help',
};

/** Lists every action that has a shortcut, straight from the action registry. */
export function ShortcutSheet({ open, onOpenChange }: { open: boolean; onOpenChange(open: boolean): void }) {
  const mac = isMac();
  const groups = Object.entries(GROUP_TITLES) as [ActionGroup, string][];
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog shortcut-sheet" aria-describedby={undefined}>
          <Dialog.Title className="dialog-title">Keyboard shortcuts</Dialog.Title>
          {groups.map(([group, title]) => {
            const actions = editorActions.filter((action) => action.group === group && action.shortcuts?.length);
            if (!actions.length) return null;
            return (
              <section key={group}>
                <h3>{title}</h3>
                <dl>
                  {actions.map((action) => (
                    <div key={action.id} className="shortcut-row">
                      <dt>{action.label}</dt>
                      <dd>
                        {action.shortcuts!.map((shortcut) => (
                          <kbd key={shortcut}>{formatShortcut(shortcut, mac)}</kbd>
                        ))}
                      </dd>
                    </div>
                  ))}
                </dl>
              </section>
            );
          })}
          <p className="muted">Shift+drag on the canvas selects an area; Shift+click adds to the selection.</p>
          <DialogCloseFooter primary />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
