import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store/app-store';
import { lifecycleBanner } from './lifecycle-view';
import { PublishHistory } from './PublishHistory';

/** Over the canvas: why it cannot be edited, or that an open draft is a new version of a live journey. */
export function LifecycleBanner() {
  const state = useAppStore(
    useShallow((s) => ({
      status: s.journey?.status,
      liveVersion: s.liveVersion,
      draftOpen: s.draftOpen,
      publishedHistory: s.publishedHistory,
    })),
  );
  if (!state.status) return null;
  const publishedFromElsewhere = state.publishedHistory.length > 0;
  const banner = lifecycleBanner({
    status: state.status,
    liveVersion: state.liveVersion,
    draftOpen: state.draftOpen,
    publishedFromElsewhere,
  });
  if (!banner) return null;
  return (
    <div role="status" className={`lifecycle-banner ${banner.tone}`}>
      {banner.text}
      {publishedFromElsewhere && <PublishHistory records={state.publishedHistory} />}
    </div>
  );
}
