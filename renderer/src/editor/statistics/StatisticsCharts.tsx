import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { channelLabel, CHANNEL_IDS, type Channel } from '../../../../shared/model/channel';
import { useStatistics } from './statistics-store';

const FUNNEL_STAGES = [
  ['entered', 'Entered'],
  ['sent', 'Sent'],
  ['delivered', 'Delivered'],
  ['clicked', 'Clicked'],
  ['converted', 'Converted'],
] as const;

const VERSION_COLOURS = ['#3b5bdb', '#f08c00', '#2f9e44', '#c2255c', '#7048e8'];

const nameOf = (channel: string) =>
  (CHANNEL_IDS as readonly string[]).includes(channel) ? channelLabel(channel as Channel) : channel;

/** The journey's funnel by version, and each message step's outcomes by channel. */
export function StatisticsCharts() {
  const charts = useStatistics((s) => s.charts);
  const labels = useStatistics((s) => s.steps);
  if (charts === null) return <p className="muted">Loading charts…</p>;
  const funnel = FUNNEL_STAGES.map(([key, stage]) => ({
    stage,
    ...Object.fromEntries(charts.funnel.map((version) => [`v${version.version}`, version[key]])),
  }));
  const steps = [...new Set(charts.channels.map((row) => row.nodeId))];
  return (
    <div className="statistics-charts">
      <section aria-label="Funnel by version">
        <h3>From entry to goal</h3>
        {charts.funnel.length === 0 ? (
          <p className="muted">Nothing has run yet.</p>
        ) : (
          <BarChart width={290} height={200} data={funnel} layout="vertical" margin={{ left: 10, right: 10 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis type="number" allowDecimals={false} />
            <YAxis type="category" dataKey="stage" width={70} />
            <Tooltip />
            <Legend />
            {charts.funnel.map((version, index) => (
              <Bar
                key={version.version}
                dataKey={`v${version.version}`}
                fill={VERSION_COLOURS[index % VERSION_COLOURS.length]}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        )}
      </section>
      {steps.map((nodeId) => (
        <section key={nodeId} aria-label={`Channels of ${labels[nodeId]?.label ?? nodeId}`}>
          <h3>{labels[nodeId]?.label ?? nodeId} by channel</h3>
          <BarChart
            width={290}
            height={150}
            data={charts.channels
              .filter((row) => row.nodeId === nodeId)
              .map((row) => ({ ...row, channel: nameOf(row.channel) }))}
            margin={{ left: 0, right: 10 }}
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="channel" />
            <YAxis allowDecimals={false} width={40} />
            <Tooltip />
            <Legend />
            <Bar dataKey="delivered" name="Delivered" stackId="a" fill="#2f9e44" isAnimationActive={false} />
            <Bar dataKey="failed" name="Failed" stackId="a" fill="#e03131" isAnimationActive={false} />
            <Bar dataKey="fellBack" name="Fell back" stackId="a" fill="#f08c00" isAnimationActive={false} />
          </BarChart>
        </section>
      ))}
    </div>
  );
}
