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

type RenderInput = Parameters<ReturnType<typeof useClient>['templates']['render']>[0];

/**
 * Renders on every change: at once when nothing is being rendered, otherwise the newest change
 * as soon as the current render returns (changes in between are skipped, not queued). Typing
 * therefore waits for at most one render in flight, never for a pause. The pipeline itself runs
 * off the UI thread on the Node side.
 */
export function useLiveRender({ channel, content, profileId, profilesVersion }: LiveRenderInput): LiveRender {
  const client = useClient();
  const [state, setState] = useState<LiveRender>(INITIAL);
  const sequencer = useRef(createRequestSequencer());
  const inFlight = useRef(false);
  const pending = useRef<RenderInput | null>(null);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    const send = (input: RenderInput) => {
      inFlight.current = true;
      const id = sequencer.current.issue();
      client.templates
        .render(input)
        .then(
          (result) => {
            // Only going backwards is refused: an older answer still shows progress while typing.
            if (!mounted.current || !sequencer.current.accept(id)) return;
            setState((previous) => ({
              result,
              email: input.channel === 'email' ? nextEmailPreview(previous.email, result) : NO_EMAIL_PREVIEW,
              error: null,
            }));
          },
          (failure: unknown) => {
            if (!mounted.current || !sequencer.current.accept(id)) return;
            setState((previous) => ({ ...previous, error: messageOf(failure) }));
          },
        )
        .finally(() => {
          inFlight.current = false;
          const next = pending.current;
          pending.current = null;
          if (next) send(next);
        });
    };
    const input: RenderInput = { channel, content, ...(profileId ? { profileId } : {}) };
    if (inFlight.current) pending.current = input;
    else send(input);
  }, [client, channel, content, profileId, profilesVersion]);

  return state;
}
