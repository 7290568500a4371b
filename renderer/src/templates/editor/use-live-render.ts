import { useEffect, useRef, useState } from 'react';
import type { Channel } from '../../../../shared/model/index';
import type { RenderResult } from '../../../../shared/templates/index';
import { useClient } from '../../api/client-context';
import { messageOf } from '../../store/message-of';
import { NO_EMAIL_PREVIEW, nextEmailPreview, type EmailPreviewState } from './email-preview-state';
import { createRequestSequencer } from './request-sequencer';

export interface LiveRender {
  /** The newest result shown; null until the first one arrives. */
  result: RenderResult | null;
  /** For email: the HTML to show, kept from the last good result while the newest has MJML errors. */
  email: EmailPreviewState;
  /** The render call itself failed (not a template problem: those are diagnostics). */
  error: string | null;
}

export interface LiveRenderInput {
  channel: Channel;
  content: unknown;
  /** null renders as the default sample profile. */
  profileId: string | null;
  /** Changes when sample profile data changes, so the preview follows edits to the profile. */
  profilesVersion: string;
}

const INITIAL: LiveRender = { result: null, email: NO_EMAIL_PREVIEW, error: null };

/** Renders on every change after a short pause; the pipeline runs off the UI thread on the Node side. */
export function useLiveRender({ channel, content, profileId, profilesVersion }: LiveRenderInput, delayMs = 80): LiveRender {
  const client = useClient();
  const [state, setState] = useState<LiveRender>(INITIAL);
  const sequencer = useRef(createRequestSequencer());

  useEffect(() => {
    const timer = setTimeout(() => {
      const id = sequencer.current.issue();
      client.templates.render({ channel, content, ...(profileId ? { profileId } : {}) }).then(
        (result) => {
          // An answer to an older request may still be shown if nothing newer has been: typing
          // then shows progress rather than waiting for a pause. Only going backwards is refused.
          if (!sequencer.current.accept(id)) return;
          setState((previous) => ({
            result,
            email: channel === 'email' ? nextEmailPreview(previous.email, result) : NO_EMAIL_PREVIEW,
            error: null,
          }));
        },
        (failure: unknown) => {
          if (!sequencer.current.accept(id)) return;
          setState((previous) => ({ ...previous, error: messageOf(failure) }));
        },
      );
    }, delayMs);
    return () => clearTimeout(timer);
  }, [client, channel, content, profileId, profilesVersion, delayMs]);

  return state;
}
