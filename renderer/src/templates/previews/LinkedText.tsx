const WEB_LINK = /(https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]])/;

/**
 * Text whose web links can be clicked without being followed: each link is a button handing its URL
 * to the caller. Without a handler the text is shown as it is.
 */
export function LinkedText({ text, onLinkClick }: { text: string; onLinkClick?: (url: string) => void }) {
  if (!onLinkClick) return <>{text}</>;
  // split with one capturing group: odd indexes are the links.
  const parts = text.split(WEB_LINK);
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <button key={index} type="button" className="link-button" onClick={() => onLinkClick(part)}>
            {part}
          </button>
        ) : (
          part
        ),
      )}
    </>
  );
}
