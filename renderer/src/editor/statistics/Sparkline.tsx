import { Area, AreaChart, YAxis } from 'recharts';

/** Entries per bucket as a small area chart; nothing at all while there were none. */
export function Sparkline({ counts, label }: { counts: readonly number[]; label: string }) {
  if (!counts.some((value) => value > 0)) return null;
  const data = counts.map((value, index) => ({ index, value }));
  return (
    <div className="step-sparkline" role="img" aria-label={label}>
      <AreaChart width={200} height={28} data={data} margin={{ top: 2, right: 0, bottom: 0, left: 0 }}>
        <YAxis hide domain={[0, 'dataMax']} />
        <Area
          type="monotone"
          dataKey="value"
          stroke="var(--accent, #3b5bdb)"
          fill="var(--accent, #3b5bdb)"
          fillOpacity={0.2}
          isAnimationActive={false}
          dot={false}
        />
      </AreaChart>
    </div>
  );
}
