import { useId, useMemo, useState } from 'react';
import { Tabs } from 'radix-ui';
import type { EmailPreviewState } from '../editor/email-preview-state';
import { withPreviewCsp } from './email-document';
import { EmailFrame } from './EmailFrame';
import { outputText } from './output-fields';
import type { PreviewProps } from './preview-props';

type Width = 'desktop' | 'mobile';
const WIDTHS: Record<Width, { label: string; px: number }> = {
  desktop: { label: 'Desktop', px: 640 },
  mobile: { label: 'Mobile', px: 375 },
};

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
  const document = useMemo(
    () => (email.html === null ? null : withPreviewCsp(email.html, remoteImages)),
    [email.html, remoteImages],
  );
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
          {document === null ? (
            <p className="placeholder">{result ? 'Nothing to show yet: the MJML has problems.' : 'Rendering…'}</p>
          ) : (
            <EmailFrame
              document={document}
              policy={remoteImages ? 'remote-images' : 'no-remote-images'}
              style={{ width: WIDTHS[width].px }}
              onLinkClick={onLinkClick}
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
