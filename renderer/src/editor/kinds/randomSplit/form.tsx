import type { SplitBranch } from '../../../../../shared/model/index';
import { useAppStoreApi } from '../../../store/app-store';
import { errorAt, errorWithin, joinPath } from '../../inspector/field-errors';
import { ListEditor } from '../../inspector/fields/ListEditor';
import { NumberField } from '../../inspector/fields/NumberField';
import { TextField } from '../../inspector/fields/TextField';
import { replaceAt } from '../../inspector/list-ops';
import { sameJsonValue } from '../../inspector/same-json-value';
import { defaultBranchLabel, nextBranchId, normalisePercents, splitTotal } from '../../inspector/split-percentages';
import type { ConfigFormProps } from '../kind-ui';

export function RandomSplitForm({ nodeId, draft }: ConfigFormProps<'randomSplit'>) {
  const store = useAppStoreApi();
  const config = draft.value;
  const { branches } = config;
  const percents = branches.map((branch) => branch.percent);
  const total = splitTotal(percents);
  const normalised = normalisePercents(percents);
  const at = (index: number, branch: SplitBranch) => ({ ...config, branches: replaceAt(branches, index, branch) });

  // Read at click time rather than subscribed: the edges matter only when a branch is added.
  function newBranch(current: readonly SplitBranch[]): SplitBranch {
    const handles =
      store
        .getState()
        .journey?.edges.filter((edge) => edge.source === nodeId)
        .map((edge) => edge.sourceHandle) ?? [];
    const remaining = Math.max(0, Math.round((100 - splitTotal(current.map((branch) => branch.percent))) * 100) / 100);
    return {
      id: nextBranchId([...current.map((branch) => branch.id), ...handles]),
      label: defaultBranchLabel(current.length),
      percent: Math.min(100, remaining),
    };
  }

  return (
    <ListEditor<SplitBranch>
      label="Paths"
      path="branches"
      hint="Each contact takes one path at random, in these proportions."
      items={branches}
      onChange={(next) => draft.set({ ...config, branches: next })}
      newItem={newBranch}
      addLabel="+ Add path"
      itemLabel={(index) => `Path ${index + 1}`}
      reorderable
      error={errorAt(draft.errors, 'branches')}
      renderItem={(branch, index) => (
        <div className="field-pair">
          <TextField
            label="Label"
            path="label"
            value={branch.label}
            error={errorAt(draft.errors, joinPath('branches', index, 'label'))}
            onChange={(label) => draft.type(at(index, { ...branch, label }))}
          />
          <NumberField
            label="Percent"
            path="percent"
            value={branch.percent}
            min={0}
            max={100}
            step="any"
            suffix="%"
            error={
              errorWithin(draft.errors, joinPath('branches', index, 'percent')) ??
              errorAt(draft.errors, joinPath('branches', index, 'id'))
            }
            onChange={(percent) => draft.type(at(index, { ...branch, percent }))}
          />
        </div>
      )}
      footer={
        <>
          <span className={total === 100 ? 'split-total' : 'split-total off'} aria-live="polite">
            Total: {total}%{total !== 100 && branches.length > 0 ? ' (should be 100%)' : ''}
          </span>
          <button
            type="button"
            className="button small"
            disabled={branches.length === 0 || sameJsonValue(normalised, percents)}
            onClick={() =>
              draft.set({
                ...config,
                branches: branches.map((branch, index) => ({ ...branch, percent: normalised[index] ?? 0 })),
              })
            }
          >
            Normalise to 100%
          </button>
        </>
      }
    />
  );
}
