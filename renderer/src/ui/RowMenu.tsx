import { useRef } from 'react';
import { DropdownMenu } from 'radix-ui';
import { useMenuFocusHandoff } from './use-menu-focus-handoff';

export interface RowActions<T> {
  /** `from` is the menu's trigger, so focus can go back to it when the dialog closes. */
  onRename(item: T, from: HTMLElement | null): void;
  onDuplicate(item: T): void;
  onDelete(item: T, from: HTMLElement | null): void;
  /** Why Delete cannot be done for this item (shown under it, disabled), or null when it can. */
  deleteBlockedReason?(item: T): string | null;
  /** Further items that act at once (no dialog), listed after Duplicate, e.g. "Export". */
  extraItems?: readonly { label: string; onSelect(item: T): void }[];
}

/** The per-row "⋯" menu of a library list (journeys, templates): everything but opening, which is the name link. */
export function RowMenu<T extends { name: string }>({ item, actions }: { item: T; actions: RowActions<T> }) {
  const trigger = useRef<HTMLButtonElement>(null);
  const { handOff, onCloseAutoFocus } = useMenuFocusHandoff();
  const blocked = actions.deleteBlockedReason?.(item) ?? null;
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger asChild>
        <button
          ref={trigger}
          type="button"
          className="button small icon-only"
          aria-label={`More actions for ${item.name}`}
        >
          <span aria-hidden="true">⋯</span>
        </button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu" align="end" sideOffset={4} onCloseAutoFocus={onCloseAutoFocus}>
          <DropdownMenu.Item
            className="menu-item"
            onSelect={() => {
              handOff();
              actions.onRename(item, trigger.current);
            }}
          >
            Rename
          </DropdownMenu.Item>
          <DropdownMenu.Item className="menu-item" onSelect={() => actions.onDuplicate(item)}>
            Duplicate
          </DropdownMenu.Item>
          {actions.extraItems?.map((extra) => (
            <DropdownMenu.Item key={extra.label} className="menu-item" onSelect={() => extra.onSelect(item)}>
              {extra.label}
            </DropdownMenu.Item>
          ))}
          <DropdownMenu.Separator className="menu-separator" />
          <DropdownMenu.Item
            className={`menu-item danger${blocked ? ' with-hint' : ''}`}
            disabled={blocked !== null}
            onSelect={() => {
              handOff();
              actions.onDelete(item, trigger.current);
            }}
          >
            {blocked ? (
              <>
                <span className="menu-item-label">Delete</span>
                <span className="menu-item-hint">{blocked}</span>
              </>
            ) : (
              'Delete'
            )}
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
