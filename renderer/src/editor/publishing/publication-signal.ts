/**
 * "Something changed on a backend" between the header's Publish to… and the bar that shows the
 * publications: they sit in different parts of the editor, so they meet here rather than in props.
 */
const listeners = new Set<(journeyId: string) => void>();

export function onPublicationsChanged(listener: (journeyId: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function publicationsChanged(journeyId: string): void {
  for (const listener of listeners) listener(journeyId);
}
