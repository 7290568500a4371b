import { useAppStoreApi } from '../../store/app-store';
import { backToCurrent } from './leave-version-view';
import { versionViewTitle, type VersionView } from './version-view';

/** Over a version or a comparison: what is shown, and the way back to the document being edited. */
export function VersionBanner({ view }: { view: VersionView }) {
  const store = useAppStoreApi();
  return (
    <div role="status" className="lifecycle-banner version">
      <span>{versionViewTitle(view)}</span>
      <button type="button" className="button small" onClick={() => backToCurrent(store)}>
        Back to current
      </button>
    </div>
  );
}
