import { useEffect, useRef, useState } from 'react';
import type { Channel } from '../../../../shared/model/index';
import type { RenderResult, SampleProfileData } from '../../../../shared/templates/index';
import { useClient } from '../../api/client-context';
import { messageOf } from '../../store/message-of';
import { NO_EMAIL_PREVIEW, nextEmailPreview, type EmailPreviewState } from './email-preview-state';
import { createCoalescingRunner } from './coalescing-runner';
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
  /** A real contact's data to render with instead of a sample profile. */
  data?: SampleProfileData | null;
  /** Undefined variables are errors rather than empty text (off unless the user asks). */
  strictVariables?: boolean;
}

const INITIAL: LiveRender = { result: null, email: NO_EMAIL_PREVIEW, error: null };

type RenderInput = Parameters<ReturnType<typeof useClient>['templates']['render']>[0];

/**
 * Renders on every change: at once when nothing is being rendered, otherwise the newest change
 * as soon as the current render returns (changes in between are skipped, not queued). Typing
 * therefore waits for at most one render in flight, never for a pause. The pipeline itself runs
 * off the UI thread on the Node side.
 */
export function useLiveRender({
  channel,
  content,
  profileId,
  profilesVersion,
  data = null,
  strictVariables = false,
}: LiveRenderInput): LiveRender {
  const client = useClient();
  const [state, setState] = useState<LiveRender>(INITIAL);
  const runner = useRef<ReturnType<typeof createCoalescingRunner<RenderInput>> | null>(null);
  // The newest input, so the preview always ends on it: a runner made later starts from it, and a
  // render that finishes for an older input asks for the newest one if nothing else has.
  const latest = useRef<RenderInput | null>(null);

  useEffect(() => {
    let mounted = true;
    const sequencer = createRequestSequencer();
    const current = createCoalescingRunner((input: RenderInput) => {
      const id = sequencer.issue();
      // Still busy here, so this only queues the newest input behind the render that just ended.
      const followLatest = () => {
        if (mounted && latest.current && latest.current !== input) current.submit(latest.current);
      };
      return client.templates
        .render(input)
        .finally(followLatest)
        .then(
          (result) => {
            // Only going backwards is refused: an older answer still shows progress while typing.
            if (!mounted || !sequencer.accept(id)) return;
            setState((previous) => ({
              result,
              email: input.channel === 'email' ? nextEmailPreview(previous.email, result) : NO_EMAIL_PREVIEW,
              error: null,
            }));
          },
          (failure: unknown) => {
            if (!mounted || !sequencer.accept(id)) return;
            setState((previous) => ({ ...previous, error: messageOf(failure) }));
          },
        );
    });
    runner.current = current;
    if (latest.current) current.submit(latest.current);
    return () => {
      mounted = false;
      runner.current = null;
    };
  }, [client]);

  useEffect(() => {
    const source = data ? { data } : profileId ? { profileId } : {};
    const input: RenderInput = { channel, content, strictVariables, ...source };
    latest.current = input;
    runner.current?.submit(input);
  }, [channel, content, profileId, profilesVersion, data, strictVariables]);

  return state;
}
