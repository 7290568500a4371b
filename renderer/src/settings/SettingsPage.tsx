import type { Channel } from '../../../shared/model/channel';
import { hrefFor } from '../app/route';
import { ApiSection } from './ApiSection';
import { AppearanceSection } from './AppearanceSection';
import { BackendsSection } from './BackendsSection';
import { ChannelsSection } from './ChannelsSection';
import { SecretsSection } from './SecretsSection';
import { PackagesSection } from './PackagesSection';
import { ParametersSection } from './ParametersSection';
import { useGuidedSettings } from '../guided/use-guided-settings';
import './settings.css';

/** Settings, one section per concern; more sections come with the features they configure. */
export function SettingsPage({ channel }: { channel?: Channel }) {
  const guided = useGuidedSettings();
  return (
    <main className="page settings-page">
      <header className="page-header">
        <h1>Settings</h1>
        <a className="button" href={hrefFor({ page: 'fields' })}>
          Customer fields
        </a>
      </header>
      <ChannelsSection focusChannel={channel} />
      <BackendsSection />
      <SecretsSection />
      <ApiSection />
      {guided.state === 'error' && (
        <p role="alert" className="field-error">
          The package and parameter settings could not be loaded: {guided.error}
        </p>
      )}
      {guided.state === 'ready' && (
        <>
          <PackagesSection settings={guided} />
          <ParametersSection settings={guided} />
        </>
      )}
      <AppearanceSection />
    </main>
  );
}
