import { useId, type Ref } from 'react';
import { CHANNELS } from '../../../../shared/model/index';
import { ALL_LANGUAGES, isChannelFilter, languageLabel, type TemplateListView } from './template-list-view';

interface TemplateListToolbarProps {
  view: TemplateListView;
  languages: readonly string[];
  shown: number;
  total: number;
  onChange(change: Partial<TemplateListView>): void;
  searchRef?: Ref<HTMLInputElement>;
}

export function TemplateListToolbar({ view, languages, shown, total, onChange, searchRef }: TemplateListToolbarProps) {
  const searchId = useId();
  const channelId = useId();
  const languageId = useId();
  // The chosen language stays offered even after its last template went, so the select never lies.
  const offered =
    view.language !== ALL_LANGUAGES && !languages.includes(view.language) ? [...languages, view.language] : languages;
  return (
    <div className="journey-toolbar">
      <div role="search" className="journey-search">
        <label htmlFor={searchId} className="visually-hidden">
          Search templates
        </label>
        <input
          ref={searchRef}
          id={searchId}
          type="search"
          placeholder="Search by name"
          autoComplete="off"
          spellCheck={false}
          value={view.query}
          onChange={(event) => onChange({ query: event.target.value })}
        />
      </div>
      <div className="inline-field">
        <label htmlFor={channelId}>Channel</label>
        <select
          id={channelId}
          value={view.channel}
          onChange={(event) => isChannelFilter(event.target.value) && onChange({ channel: event.target.value })}
        >
          <option value="all">All channels</option>
          {CHANNELS.map((channel) => (
            <option key={channel.id} value={channel.id}>
              {channel.label}
            </option>
          ))}
        </select>
      </div>
      <div className="inline-field">
        <label htmlFor={languageId}>Language</label>
        <select id={languageId} value={view.language} onChange={(event) => onChange({ language: event.target.value })}>
          <option value={ALL_LANGUAGES}>All languages</option>
          {offered.map((language) => (
            <option key={language} value={language}>
              {languageLabel(language)}
            </option>
          ))}
        </select>
      </div>
      <p className="muted journey-count" role="status">
        {shown === total ? `${total} ${total === 1 ? 'template' : 'templates'}` : `${shown} of ${total} templates`}
      </p>
    </div>
  );
}
