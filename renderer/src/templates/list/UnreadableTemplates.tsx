import type { UnreadableTemplate } from '../../../../shared/contract/index';

interface UnreadableTemplatesProps {
  templates: readonly UnreadableTemplate[];
  onDelete(template: UnreadableTemplate): void;
}

/** Damaged template rows, each with why it cannot be read; they cannot be opened, only deleted. */
export function UnreadableTemplates({ templates, onDelete }: UnreadableTemplatesProps) {
  return (
    <div role="alert" className="error-panel unreadable-templates">
      <p>
        {templates.length === 1
          ? '1 stored template cannot be read'
          : `${templates.length} stored templates cannot be read`}
        ; the others are listed below.
      </p>
      <ul>
        {templates.map((template) => (
          <li key={template.id}>
            <strong>{template.name}</strong> <span className="muted">({template.reason})</span>{' '}
            <button
              type="button"
              className="button small"
              aria-label={`Delete ${template.name}`}
              onClick={() => onDelete(template)}
            >
              Delete
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
