import { useCallback, useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import { frameUpdate, type FrameState } from './frame-update';
import { morphDocument } from './morph-document';

interface EmailFrameProps {
  /** The whole document, its content security policy included (withPreviewCsp). */
  document: string;
  /**
   * Names the policy the document carries: a frame keeps the policy it was loaded with (a written
   * document can only add to it), so another policy gets a new frame.
   */
  policy: string;
  style: CSSProperties;
  /** Links are caught instead of followed (the outbox records them as clicks). */
  onLinkClick?: (url: string) => void;
}

/**
 * The sandboxed frame an email is shown in. The first document is loaded as srcdoc; later ones are
 * carried into the loaded document (morphDocument), which keeps the frame (no navigation, no new
 * frame, no whole new layout per keystroke) and the scroll position.
 */
export function EmailFrame({ document: html, policy, style, onLinkClick }: EmailFrameProps) {
  const [generation, setGeneration] = useState(0);
  const frame = useRef<HTMLIFrameElement | null>(null);
  const state = useRef<FrameState & { frame: HTMLIFrameElement | null }>({ frame: null, shown: null, loaded: false });
  const linkClick = useRef(onLinkClick);
  useLayoutEffect(() => {
    linkClick.current = onLinkClick;
  }, [onLinkClick]);

  // One listener per document: adding the same function again is a no-op, and document.open
  // removes the listeners of the one before, so it is added after every load and whole write.
  const catchLinkClick = useCallback((event: MouseEvent) => {
    // The target belongs to the frame's realm, where `instanceof Element` of this window is false.
    const target = event.target as {
      closest?: (selector: string) => { getAttribute(name: string): string | null } | null;
    };
    const link = target?.closest?.('a[href]');
    if (!link || !linkClick.current) return;
    event.preventDefault();
    linkClick.current(link.getAttribute('href') ?? '');
  }, []);
  const watchLinks = useCallback(
    (document: Document | null | undefined) => {
      if (document && linkClick.current) document.addEventListener('click', catchLinkClick);
    },
    [catchLinkClick],
  );

  useLayoutEffect(() => {
    const element = frame.current;
    if (!element) return;
    if (state.current.frame !== element) state.current = { frame: element, shown: null, loaded: false };
    const current = state.current;
    switch (frameUpdate(current, html)) {
      case 'none':
        return;
      case 'load':
        current.shown = html;
        current.loaded = false;
        element.srcdoc = html;
        return;
      case 'write': {
        const view = element.contentWindow;
        const document = element.contentDocument;
        if (!view || !document) {
          setGeneration((value) => value + 1);
          return;
        }
        if (!morphDocument(document, new DOMParser().parseFromString(html, 'text/html'))) {
          const { scrollX, scrollY } = view;
          document.open();
          document.write(html);
          document.close();
          view.scrollTo(scrollX, scrollY);
          watchLinks(document);
        }
        current.shown = html;
        return;
      }
      case 'replace':
        setGeneration((value) => value + 1);
    }
  }, [html, policy, generation, watchLinks]);

  return (
    <iframe
      key={`${policy}/${generation}`}
      ref={frame}
      onLoad={(event) => {
        // The initial about:blank loads too, before any srcdoc: only a document given counts.
        if (state.current.frame !== event.currentTarget || state.current.shown === null) return;
        state.current.loaded = true;
        watchLinks(event.currentTarget.contentDocument);
      }}
      title="Email preview"
      className="email-frame"
      // No scripts, forms or popups: the email is looked at, never run (its CSP forbids scripts too).
      // Same origin is what lets the page write the next document into this one and catch link
      // clicks from outside; without allow-scripts nothing in the frame can use it.
      sandbox="allow-same-origin"
      referrerPolicy="no-referrer"
      style={style}
    />
  );
}
