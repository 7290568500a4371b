import { useEffect, useId, useRef, useState } from 'react';
import { Tabs } from 'radix-ui';
import type { EmailPreviewState } from '../editor/email-preview-state';
import { withPreviewCsp } from './email-document';
import { outputText } from './output-fields';
import type { PreviewProps } from './preview-props';

type Width = 'desktop' | 'mobile';
const WIDTHS: Record<Width, { label: string; px: number }> = {
  desktop: { label: 'Desktop', px: 640 },
  mobile: { label: 'Mobile', px: 375 },
};

/**
 * Lets the page see a click on a link in the frame's document and cancel it. The frame stays without
 * scripts (no allow-scripts, and its CSP forbids them); allow-same-origin is what lets the page reach in.
 */
function catchLinkClicks(frame: HTMLIFrameElement, onLinkClick: (url: string) => void): void {
  frame.contentDocument?.addEventListener('click', (event) => {
    // The target belongs to the frame's realm, where `instanceof Element` of this window is false.
    const target = event.target as {
      closest?: (selector: string) => { getAttribute(name: string): string | null } | null;
    };
    const link = target?.closest?.('a[href]');
    if (!link) return;
    event.preventDefault();
    onLinkClick(link.getAttribute('href') ?? '');
  });
}

export function EmailPreview({
  content,
  result,
  email,
  onLinkClick,
}: PreviewProps<'email'> & {
  email: EmailPreviewState;
  /** Links are caught instead of followed (the outbox records them as clicks). */
  onLinkClick?: (url: string) => void;
}) {
  const [width, setWidth] = useState<Width>('desktop');
  const [remoteImages, setRemoteImages] = useState(false);
  const [tab, setTab] = useState('html');
  // Chromium can leave the old document on screen when srcdoc changes while that document is still
  // loading; only then is the frame replaced, since a new frame per keystroke costs a repaint.
  const [frameKey, setFrameKey] = useState(0);
  const loadedVersion = useRef(-1);
  const shownVersion = useRef(email.version);
  useEffect(() => {
    if (email.version === shownVersion.current) return;
    if (loadedVersion.current !== shownVersion.current) setFrameKey((key) => key + 1);
    shownVersion.current = email.version;
  }, [email.version]);
  const remoteId = useId();
  const subject = outputText(result, 'subject', content.subject);
  const preheader = outputText(result, 'preheader', content.preheader);
  const fromName = outputText(result, 'fromName', content.fromName);
  return (
    <div className="email-preview">
      <div className="inbox-line" aria-label="Inbox view">
        <div className="inbox-from">{fromName || <span className="muted">No from name</span>}</div>
        <div className="inbox-subject">{subject || <span className="muted">No subject</span>}</div>
        <div className="inbox-preheader muted">{preheader}</div>
      </div>
      <Tabs.Root value={tab} onValueChange={setTab}>
        <div className="preview-toolbar">
          <Tabs.List className="tab-list" aria-label="Email parts">
            <Tabs.Trigger className="tab" value="html">
              HTML
            </Tabs.Trigger>
            <Tabs.Trigger className="tab" value="text">
              Plain text
            </Tabs.Trigger>
          </Tabs.List>
          {tab === 'html' && (
            <>
              <div role="group" aria-label="Preview width" className="segmented">
                {(Object.keys(WIDTHS) as Width[]).map((w) => (
                  <button
                    key={w}
                    type="button"
                    className="button small"
                    aria-pressed={width === w}
                    onClick={() => setWidth(w)}
                  >
                    {WIDTHS[w].label}
                  </button>
                ))}
              </div>
              <span className="checkbox-line">
                <input
                  id={remoteId}
                  type="checkbox"
                  checked={remoteImages}
                  onChange={(event) => setRemoteImages(event.target.checked)}
                />
                <label htmlFor={remoteId}>Load remote images</label>
              </span>
            </>
          )}
        </div>
        <Tabs.Content value="html" className="email-frame-holder">
          {email.stale && (
            <p className="preview-stale" role="status">
              Showing the last good preview: fix the problems in the MJML to update it.
            </p>
          )}
          {email.html === null ? (
            <p className="placeholder">{result ? 'Nothing to show yet: the MJML has problems.' : 'Rendering…'}</p>
          ) : (
            <iframe
              key={frameKey}
              onLoad={(event) => {
                loadedVersion.current = email.version;
                if (onLinkClick) catchLinkClicks(event.currentTarget, onLinkClick);
              }}
              title="Email preview"
              className="email-frame"
              // No scripts, no forms or popups: the email is looked at, never run. Same origin only when
              // the page must catch link clicks, which it does from outside the frame.
              sandbox={onLinkClick ? 'allow-same-origin' : ''}
              referrerPolicy="no-referrer"
              style={{ width: WIDTHS[width].px }}
              srcDoc={withPreviewCsp(email.html, remoteImages)}
            />
          )}
        </Tabs.Content>
        <Tabs.Content value="text">
          <pre className="email-text" aria-label="Plain text part">
            {outputText(result, 'text') || 'The plain-text part is derived from the HTML once it renders.'}
          </pre>
        </Tabs.Content>
      </Tabs.Root>
    </div>
  );
}
