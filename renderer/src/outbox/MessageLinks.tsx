/** The web links in a message, listed under it; a click is the caller's to record (or to explain). */
export function MessageLinks({
  links,
  onClick,
  title = 'Record a click',
}: {
  links: readonly string[];
  onClick(url: string): void;
  title?: string;
}) {
  if (links.length === 0) return null;
  return (
    <section aria-label="Links in this message">
      <h3>Links</h3>
      <ul className="outbox-links">
        {links.map((url) => (
          <li key={url}>
            <button type="button" className="link-button" onClick={() => onClick(url)} title={title}>
              {url}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
