import { RE_ENTRY_MODES, type JourneySettings } from '../../../../../shared/model/index';
import { errorAt } from '../field-errors';
import { NumberField } from '../fields/NumberField';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import type { SettingsSectionProps } from './settings-props';

type ReEntry = JourneySettings['reEntry'];
type ReEntryMode = ReEntry['mode'];
type GoalChoice = 'none' | 'event';

const RE_ENTRY_LABELS: Readonly<Record<ReEntryMode, string>> = {
  never: 'Never: once per contact',
  always: 'Every time they qualify',
  'after-period': 'Again after some hours',
};
const RE_ENTRY_OPTIONS = RE_ENTRY_MODES.map((mode) => ({ value: mode, label: RE_ENTRY_LABELS[mode] }));
const GOAL_OPTIONS = [
  { value: 'none', label: 'No goal' },
  { value: 'event', label: 'An event' },
] as const;

const DEFAULT_RE_ENTRY_HOURS = 24;
const DEFAULT_GOAL_WINDOW_HOURS = 72;

function reEntryFor(mode: ReEntryMode, current: ReEntry): ReEntry {
  if (mode !== 'after-period') return { mode };
  return current.mode === 'after-period' ? current : { mode, periodHours: DEFAULT_RE_ENTRY_HOURS };
}

/** Who may come back in, and the conversion the journey is judged by. */
export function EntryRulesSection({ draft }: SettingsSectionProps) {
  const settings = draft.value;
  const { errors } = draft;
  const { reEntry, goal } = settings;
  return (
    <fieldset className="inspector-section">
      <legend>Re-entry and goal</legend>
      <SelectField<ReEntryMode>
        label="Re-entry"
        value={reEntry.mode}
        options={RE_ENTRY_OPTIONS}
        path="reEntry.mode"
        error={errorAt(errors, 'reEntry.mode')}
        onChange={(mode) => draft.set({ ...settings, reEntry: reEntryFor(mode, reEntry) })}
      />
      {reEntry.mode === 'after-period' && (
        <NumberField
          label="Re-enter after (hours)"
          value={reEntry.periodHours}
          min={1}
          step={1}
          path="reEntry.periodHours"
          error={errorAt(errors, 'reEntry.periodHours')}
          onChange={(periodHours) => draft.type({ ...settings, reEntry: { ...reEntry, periodHours } })}
        />
      )}
      <SelectField<GoalChoice>
        label="Goal"
        value={goal === null ? 'none' : 'event'}
        options={GOAL_OPTIONS}
        onChange={(choice) =>
          draft.set({
            ...settings,
            goal: choice === 'none' ? null : { eventName: '', windowHours: DEFAULT_GOAL_WINDOW_HOURS },
          })
        }
      />
      {goal !== null && (
        <div className="field-pair">
          <TextField
            label="Goal event"
            value={goal.eventName}
            placeholder="purchase"
            spellCheck={false}
            path="goal.eventName"
            error={errorAt(errors, 'goal.eventName')}
            onChange={(eventName) => draft.type({ ...settings, goal: { ...goal, eventName } })}
          />
          <NumberField
            label="Within (hours)"
            value={goal.windowHours}
            min={1}
            step={1}
            path="goal.windowHours"
            error={errorAt(errors, 'goal.windowHours')}
            onChange={(windowHours) => draft.type({ ...settings, goal: { ...goal, windowHours } })}
          />
        </div>
      )}
    </fieldset>
  );
}
