import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store/app-store';

export function Notices() {
  const { notices, dismissNotice } = useAppStore(
    useShallow((s) => ({ notices: s.notices, dismissNotice: s.dismissNotice })),
  );
  if (!notices.length) return null;
  return (
    <div className="notices" aria-live="polite">
      {notices.map((notice) => (
        <div key={notice.id} role={notice.tone === 'error' ? 'alert' : 'status'} className={`notice ${notice.tone}`}>
          <span>{notice.message}</span>
          <button type="button" className="icon-button" aria-label="Dismiss" onClick={() => dismissNotice(notice.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
