import type { TemplateListItem } from '../../store/templates-slice';
import type { NewTemplate } from '../../store/templates-slice';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { NameDialog } from '../../ui/NameDialog';
import { NewTemplateDialog } from './NewTemplateDialog';

export type PendingTemplateDialog =
  | { kind: 'create' }
  | { kind: 'rename'; template: TemplateListItem }
  | { kind: 'delete'; template: TemplateListItem }
  | null;

interface TemplateDialogsProps {
  pending: PendingTemplateDialog;
  onClose(): void;
  onCloseAutoFocus(event: Event): void;
  onCreate(input: NewTemplate): Promise<void>;
  onRename(template: TemplateListItem, name: string): Promise<void>;
  onDelete(template: TemplateListItem): Promise<void>;
}

function deleteDescription(template: TemplateListItem): string {
  if (template.usedBy.length === 0) return 'No journey uses it. This cannot be undone.';
  const names = template.usedBy.map((use) => `“${use.journeyName}”`).join(', ');
  return `Used by ${names}: those steps will have no template. This cannot be undone.`;
}

/** The library's dialogs; each shows its own failure (a refused delete lists the journeys). */
export function TemplateDialogs({
  pending,
  onClose,
  onCloseAutoFocus,
  onCreate,
  onRename,
  onDelete,
}: TemplateDialogsProps) {
  const onOpenChange = (open: boolean) => {
    if (!open) onClose();
  };
  const common = { open: true, onOpenChange, onCloseAutoFocus };
  switch (pending?.kind) {
    case 'create':
      return <NewTemplateDialog {...common} onCreate={onCreate} />;
    case 'rename':
      return (
        <NameDialog
          key={pending.template.id}
          {...common}
          title="Rename template"
          label="Template name"
          submitLabel="Rename"
          initialValue={pending.template.name}
          onSubmit={(name) => onRename(pending.template, name)}
        />
      );
    case 'delete':
      return (
        <ConfirmDialog
          {...common}
          title={`Delete “${pending.template.name}”?`}
          description={deleteDescription(pending.template)}
          confirmLabel="Delete"
          onConfirm={() => onDelete(pending.template)}
        />
      );
    default:
      return null;
  }
}
