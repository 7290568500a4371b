import { useMemo } from 'react';
import { BUILT_IN_PACKAGES, findEvent } from '../../../../shared/guided/catalogue';
import type { QuickPreset } from '../../../../shared/guided/quick/preset';
import { presetJourney } from '../../../../shared/guided/quick/preset-journey';
import { thumbnailOf } from '../../../../shared/guided/quick/thumbnail';
import { createEmptyJourney } from '../../../../shared/model/index';

const labels = { eventLabel: (key: string) => findEvent(BUILT_IN_PACKAGES, key)?.label ?? key };

/** The preset's graph in miniature, drawn from the journey it makes. */
export function PresetThumbnail({ preset }: { preset: QuickPreset }) {
  const thumbnail = useMemo(() => {
    const base = createEmptyJourney({ id: 'thumbnail', name: preset.name, now: '2026-01-01T00:00:00Z' });
    const journey = presetJourney(preset, base, (key) => key, labels);
    return thumbnailOf(journey.nodes, journey.edges);
  }, [preset]);
  return (
    <svg className="quick-thumbnail" viewBox={thumbnail.viewBox} role="img" aria-label={`Graph of ${preset.name}`}>
      {thumbnail.lines.map((line) => (
        <line key={line.id} {...line} stroke="currentColor" strokeOpacity={0.4} strokeWidth={6} />
      ))}
      {thumbnail.boxes.map((box) => (
        <rect
          key={box.id}
          x={box.x}
          y={box.y}
          width={box.width}
          height={box.height}
          rx={14}
          className={`thumbnail-step thumbnail-${box.kind}`}
        />
      ))}
    </svg>
  );
}
