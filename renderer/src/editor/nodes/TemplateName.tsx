import { useAppStore } from '../../store/app-store';

/** Subscribes to one template's name only, so renaming a template re-renders just the nodes using it. */
export function TemplateName({ templateId }: { templateId: string | null }) {
  const name = useAppStore((s) => (templateId ? s.templateNames[templateId] : undefined));
  if (templateId === null) return <span className="journey-node-missing">No template</span>;
  return <span>{name ?? 'Unknown template'}</span>;
}
