import { useState } from 'react';
import type { Template } from '../../../../shared/contract/index';
import { ChannelPreview } from '../previews/ChannelPreview';
import { ProfileSwitcher } from '../profiles/ProfileSwitcher';
import { SampleProfilesDialog } from '../profiles/SampleProfilesDialog';
import type { LiveRender } from './use-live-render';

export function PreviewPanel({ template, live }: { template: Template; live: LiveRender }) {
  const [editingProfiles, setEditingProfiles] = useState(false);
  return (
    <aside className="template-preview-panel" aria-label="Preview">
      <div className="preview-header">
        <ProfileSwitcher />
        <button type="button" className="button small" onClick={() => setEditingProfiles(true)}>
          Edit sample profiles
        </button>
      </div>
      {live.error && (
        <p role="alert" className="error-panel">
          The preview could not be rendered: {live.error}
        </p>
      )}
      <ChannelPreview template={template} live={live} />
      {live.result && (
        <p className="muted render-timing">
          Rendered in {Math.round(live.result.renderMs)} ms{live.result.cached ? ' (cached)' : ''}
        </p>
      )}
      <SampleProfilesDialog open={editingProfiles} onOpenChange={setEditingProfiles} />
    </aside>
  );
}
