import { useState } from 'react';
import type { Contact } from '../../../../shared/audience/index';
import type { Template } from '../../../../shared/contract/index';
import { ChannelPreview } from '../previews/ChannelPreview';
import { ContactPicker } from '../profiles/ContactPicker';
import { ProfileSwitcher } from '../profiles/ProfileSwitcher';
import { SampleProfilesDialog } from '../profiles/SampleProfilesDialog';
import type { LiveRender } from './use-live-render';

interface PreviewPanelProps {
  template: Template;
  live: LiveRender;
  /** The real contact the preview renders with instead of a sample profile, if one is chosen. */
  contact: Contact | null;
  onContactChange(contact: Contact | null): void;
}

export function PreviewPanel({ template, live, contact, onContactChange }: PreviewPanelProps) {
  const [editingProfiles, setEditingProfiles] = useState(false);
  return (
    <aside className="template-preview-panel" aria-label="Preview">
      <div className="preview-header">
        {contact ? (
          <p className="preview-contact" role="status">
            Preview as contact <strong>{contact.customerId}</strong>
            <button type="button" className="button small" onClick={() => onContactChange(null)}>
              Back to sample profiles
            </button>
          </p>
        ) : (
          <>
            <ProfileSwitcher />
            <button type="button" className="button small" onClick={() => setEditingProfiles(true)}>
              Edit sample profiles
            </button>
          </>
        )}
      </div>
      {!contact && <ContactPicker onChoose={onContactChange} />}
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
