import { useClient } from '../../api/client-context';
import { downloadText } from '../../api/download';
import { count } from './format';
import { chooseVersion, setStatisticsEnabled, statisticsStore, useStatistics } from './statistics-store';
import { useStatisticsPolling } from './use-statistics-polling';

/** The Statistics toggle above the canvas; while on, the version shown and its totals. */
export function StatisticsBar({ journeyId }: { journeyId: string }) {
  const client = useClient();
  useStatisticsPolling(journeyId);
  const enabled = useStatistics((s) => s.enabled && s.journeyId === journeyId);
  const loaded = useStatistics((s) => s.loaded);
  const error = useStatistics((s) => s.error);

  async function exportCsv() {
    const version = loaded?.version;
    if (version === null || version === undefined) return;
    try {
      const file = await client.stats.exportCsv({ journeyId, version });
      downloadText(file.fileName, file.content, `${file.mediaType};charset=utf-8`);
    } catch (failure) {
      statisticsStore.setState({ error: (failure as Error).message });
    }
  }

  return (
    <div className="statistics-bar" role="region" aria-label="Statistics controls">
      <button
        type="button"
        className={`button${enabled ? ' primary' : ''}`}
        aria-pressed={enabled}
        onClick={() => setStatisticsEnabled(journeyId, !enabled)}
      >
        Statistics
      </button>
      {enabled && loaded && (
        <>
          {loaded.versions.length > 0 ? (
            <label className="statistics-version">
              Version
              <select
                value={loaded.version ?? ''}
                onChange={(event) => chooseVersion(Number(event.target.value))}
                aria-label="Statistics version"
              >
                {loaded.versions.map((version) => (
                  <option key={version} value={version}>
                    v{version}
                  </option>
                ))}
              </select>
            </label>
          ) : (
            <span className="muted">Not activated yet: nothing has run.</span>
          )}
          <span className="statistics-totals" aria-label="Totals">
            Entered <b>{count(loaded.totals.entered)}</b> · In flight <b>{count(loaded.totals.inFlight)}</b> · Converted{' '}
            <b>{count(loaded.totals.converted)}</b>
          </span>
          <button type="button" className="button" onClick={() => void exportCsv()} disabled={loaded.version === null}>
            Export CSV
          </button>
        </>
      )}
      {enabled && error && (
        <span role="alert" className="error-text">
          {error}
        </span>
      )}
    </div>
  );
}
