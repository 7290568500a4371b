import { useId, type Ref } from 'react';
import { DropdownMenu } from 'radix-ui';
import { useMenuFocusHandoff } from '../ui/use-menu-focus-handoff';

/** One way to start a journey. Guided and Quick mode join the list as entries like this one. */
export interface NewJourneyOption {
  id: string;
  label: string;
  hint: string;
  /** True when choosing it opens a dialog, which then takes the focus. */
  opensDialog: boolean;
  onSelect(): void;
}

interface NewJourneyMenuProps {
  options: readonly NewJourneyOption[];
  /** Lets the page bring focus back here when the dialog an option opened is cancelled. */
  triggerRef?: Ref<HTMLButtonElement>;
}

export function NewJourneyMenu({ options, triggerRef }: NewJourneyMenuProps) {
  const { handOff, onCloseAutoFocus } = useMenuFocusHandoff();
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger asChild>
        <button ref={triggerRef} type="button" className="button primary">
          + New journey
        </button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          className="menu new-journey-menu"
          align="end"
          sideOffset={6}
          onCloseAutoFocus={onCloseAutoFocus}
        >
          {options.map((option) => (
            <NewJourneyItem key={option.id} option={option} onChosen={option.opensDialog ? handOff : undefined} />
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}

function NewJourneyItem({ option, onChosen }: { option: NewJourneyOption; onChosen: (() => void) | undefined }) {
  const labelId = useId();
  const hintId = useId();
  // Named by its label alone, described by its hint, so "Blank canvas" is what assistive tech announces.
  return (
    <DropdownMenu.Item
      className="menu-item with-hint"
      aria-labelledby={labelId}
      aria-describedby={hintId}
      onSelect={() => {
        onChosen?.();
        option.onSelect();
      }}
    >
      <span id={labelId} className="menu-item-label">
        {option.label}
      </span>
      <span id={hintId} className="menu-item-hint">
        {option.hint}
      </span>
    </DropdownMenu.Item>
  );
}
