import type { JourneySummary } from '../../../shared/contract/index';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { NameDialog } from '../ui/NameDialog';

export type PendingDialog =
  | { kind: 'create' }
  | { kind: 'rename'; journey: JourneySummary }
  | { kind: 'delete'; journey: JourneySummary }
  | { kind: 'purge'; journey: JourneySummary }
  | null;

interface JourneyDialogsProps {
  pending: PendingDialog;
  onClose(): void;
  onCloseAutoFocus(event: Event): void;
  onCreate(name: string): Promise<void>;
  onRename(journey: JourneySummary, name: string): Promise<void>;
  onDelete(journey: JourneySummary): Promise<void>;
  onPurge(journey: JourneySummary): Promise<void>;
}

/** The dashboard's dialogs; each reports its own failure under its field or buttons. */
export function JourneyDialogs({
  pending,
  onClose,
  onCloseAutoFocus,
  onCreate,
  onRename,
  onDelete,
  onPurge,
}: JourneyDialogsProps) {
  const onOpenChange = (open: boolean) => {
    if (!open) onClose();
  };
  const common = { open: true, onOpenChange, onCloseAutoFocus };
  switch (pending?.kind) {
    case 'create':
      return (
        <NameDialog {...common} title="New journey" label="Journey name" submitLabel="Create" onSubmit={onCreate} />
      );
    case 'rename':
      return (
        <NameDialog
          key={pending.journey.id}
          {...common}
          title="Rename journey"
          label="Journey name"
          submitLabel="Rename"
          initialValue={pending.journey.name}
          onSubmit={(name) => onRename(pending.journey, name)}
        />
      );
    case 'delete':
      return (
        <ConfirmDialog
          {...common}
          title={`Delete “${pending.journey.name}”?`}
          description="The journey moves to the trash, from where it can be restored."
          confirmLabel="Delete"
          onConfirm={() => onDelete(pending.journey)}
        />
      );
    case 'purge':
      return (
        <ConfirmDialog
          {...common}
          title={`Delete “${pending.journey.name}” forever?`}
          description="This cannot be undone: the journey and its version history are removed for good."
          confirmLabel="Delete forever"
          onConfirm={() => onPurge(pending.journey)}
        />
      );
    default:
      return null;
  }
}
