import { useRef } from 'react';
import { DropdownMenu } from 'radix-ui';
import type { TemplateListItem } from '../../store/templates-slice';
import { useMenuFocusHandoff } from '../../ui/use-menu-focus-handoff';

export interface TemplateRowActions {
  /** `from` is the menu's trigger, so focus can go back to it when the dialog closes. */
  onRename(template: TemplateListItem, from: HTMLElement | null): void;
  onDuplicate(template: TemplateListItem): void;
  onDelete(template: TemplateListItem, from: HTMLElement | null): void;
}

/** The per-row "⋯" menu, as on the dashboard: everything but opening, which is the name link. */
export function TemplateRowMenu({ template, actions }: { template: TemplateListItem; actions: TemplateRowActions }) {
  const trigger = useRef<HTMLButtonElement>(null);
  const { handOff, onCloseAutoFocus } = useMenuFocusHandoff();
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger asChild>
        <button ref={trigger} type="button" className="button small icon-only" aria-label={`More actions for ${template.name}`}>
          <span aria-hidden="true">⋯</span>
        </button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu" align="end" sideOffset={4} onCloseAutoFocus={onCloseAutoFocus}>
          <DropdownMenu.Item
            className="menu-item"
            onSelect={() => {
              handOff();
              actions.onRename(template, trigger.current);
            }}
          >
            Rename
          </DropdownMenu.Item>
          <DropdownMenu.Item className="menu-item" onSelect={() => actions.onDuplicate(template)}>
            Duplicate
          </DropdownMenu.Item>
          <DropdownMenu.Separator className="menu-separator" />
          <DropdownMenu.Item
            className="menu-item danger"
            onSelect={() => {
              handOff();
              actions.onDelete(template, trigger.current);
            }}
          >
            Delete
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
