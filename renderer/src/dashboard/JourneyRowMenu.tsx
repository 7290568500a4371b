import { useRef } from 'react';
import { DropdownMenu } from 'radix-ui';
import type { JourneySummary } from '../../../shared/contract/index';
import { useMenuFocusHandoff } from '../ui/use-menu-focus-handoff';

export interface RowActions {
  /** `from` is the menu's trigger, so focus can go back to it when the dialog closes. */
  onRename(journey: JourneySummary, from: HTMLElement | null): void;
  onDuplicate(journey: JourneySummary): void;
  onDelete(journey: JourneySummary, from: HTMLElement | null): void;
}

/** The per-row "⋯" menu: everything but opening, which is the name link. */
export function JourneyRowMenu({ journey, actions }: { journey: JourneySummary; actions: RowActions }) {
  const trigger = useRef<HTMLButtonElement>(null);
  const { handOff, onCloseAutoFocus } = useMenuFocusHandoff();
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger asChild>
        <button ref={trigger} type="button" className="button small icon-only" aria-label={`More actions for ${journey.name}`}>
          <span aria-hidden="true">⋯</span>
        </button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu" align="end" sideOffset={4} onCloseAutoFocus={onCloseAutoFocus}>
          <DropdownMenu.Item
            className="menu-item"
            onSelect={() => {
              handOff();
              actions.onRename(journey, trigger.current);
            }}
          >
            Rename
          </DropdownMenu.Item>
          <DropdownMenu.Item className="menu-item" onSelect={() => actions.onDuplicate(journey)}>
            Duplicate
          </DropdownMenu.Item>
          <DropdownMenu.Separator className="menu-separator" />
          <DropdownMenu.Item
            className="menu-item danger"
            onSelect={() => {
              handOff();
              actions.onDelete(journey, trigger.current);
            }}
          >
            Delete
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
