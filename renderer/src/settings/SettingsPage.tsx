import type { Channel } from '../../../shared/model/channel';
import { hrefFor } from '../app/route';
import { ApiSection } from './ApiSection';
import { AppearanceSection } from './AppearanceSection';
import { ChannelsSection } from './ChannelsSection';
import { SecretsSection } from './SecretsSection';
import './settings.css';

/** Settings, one section per concern; more sections come with the features they configure. */
export function SettingsPage({ channel }: { channel?: Channel }) {
  return (
    <main className="page settings-page">
      <header className="page-header">
        <h1>Settings</h1>
        <a className="button" href={hrefFor({ page: 'fields' })}>
          Customer fields
        </a>
      </header>
      <ChannelsSection focusChannel={channel} />
      <SecretsSection />
      <ApiSection />
      <AppearanceSection />
    </main>
  );
}
