import { useEffect, useRef, useState, type ReactNode } from 'react';
import { moveItem, removeAt } from '../list-ops';
import { appendListKey, fitListKeys, listKeys } from './list-keys';

type FocusTarget = { key: number; target: 'up' | 'down' | 'first-control' } | { key: null; target: 'add' };

export interface ListEditorProps<T> {
  /** The legend of the whole list. */
  label: string;
  items: readonly T[];
  /** A structural change: a row added, removed or moved. */
  onChange(items: T[]): void;
  newItem(items: readonly T[]): T;
  /** Visible text of the add button, e.g. "+ Add channel". */
  addLabel: string;
  /** Names one row for its legend and its buttons, e.g. "Header 2". */
  itemLabel(index: number): string;
  renderItem(item: T, index: number): ReactNode;
  reorderable?: boolean;
  emptyText?: string;
  hint?: ReactNode;
  error?: string | undefined;
  /** Extra controls next to the add button (e.g. "Normalise to 100%"). */
  footer?: ReactNode;
  /** Where the list sits ("branches"); its rows are then marked "[0]", "[1]"… (see FieldChrome.path). */
  path?: string;
  /** How a row is marked when not by index (a record's rows, by key). */
  itemPath?(index: number): string;
  /** Extra classes for a layout of its own (a filter's rules as one-line rows). */
  className?: string;
  /** Visible content of each row's remove button; its accessible name stays "Remove <row>". */
  removeText?: ReactNode;
}

/**
 * Rows with add, remove and (optionally) move up/down. Every action is a button reachable by Tab,
 * and focus is put back where the keyboard user expects it after the row it was on moves or goes.
 */
export function ListEditor<T>(props: ListEditorProps<T>) {
  const {
    label,
    items,
    onChange,
    newItem,
    addLabel,
    itemLabel,
    renderItem,
    reorderable = false,
    emptyText,
    hint,
    error,
    footer,
    path,
    itemPath,
    className,
    removeText = 'Remove',
  } = props;
  const [keyState, setKeyState] = useState(() => listKeys(items.length));
  const fitted = fitListKeys(keyState, items.length);
  if (fitted !== keyState) setKeyState(fitted);
  const keys = fitted.keys;

  const root = useRef<HTMLFieldSetElement>(null);
  const pendingFocus = useRef<FocusTarget | null>(null);

  useEffect(() => {
    const target = pendingFocus.current;
    if (!target || !root.current) return;
    pendingFocus.current = null;
    focusTarget(root.current, target);
  });

  function add() {
    const next = appendListKey(fitted);
    pendingFocus.current = { key: next.next - 1, target: 'first-control' };
    setKeyState(next);
    onChange([...items, newItem(items)]);
  }

  function remove(index: number) {
    const neighbour = keys[index + 1] ?? keys[index - 1];
    pendingFocus.current =
      neighbour === undefined ? { key: null, target: 'add' } : { key: neighbour, target: 'first-control' };
    setKeyState({ ...fitted, keys: removeAt(keys, index) });
    onChange(removeAt(items, index));
  }

  function move(index: number, direction: 'up' | 'down') {
    const to = direction === 'up' ? index - 1 : index + 1;
    const key = keys[index];
    if (key === undefined) return;
    pendingFocus.current = { key, target: direction };
    setKeyState({ ...fitted, keys: moveItem(keys, index, to) });
    onChange(moveItem(items, index, to));
  }

  return (
    <fieldset className={className ? `list-editor ${className}` : 'list-editor'} ref={root} data-path={path}>
      <legend className="field-label">{label}</legend>
      {hint && <p className="field-hint">{hint}</p>}
      {items.length === 0 && emptyText && <p className="muted list-empty">{emptyText}</p>}
      {items.length > 0 && (
        <ol className="list-rows">
          {items.map((item, index) => {
            const key = keys[index] ?? -1 - index;
            const name = itemLabel(index);
            return (
              <li
                key={key}
                data-row-key={key}
                className="list-row"
                data-path={path === undefined ? undefined : (itemPath?.(index) ?? `[${index}]`)}
              >
                <fieldset className="list-row-fields">
                  <legend className="list-row-legend">{name}</legend>
                  {renderItem(item, index)}
                </fieldset>
                <div className="list-row-actions">
                  {reorderable && (
                    <>
                      <button
                        type="button"
                        className="button small"
                        data-action="up"
                        aria-label={`Move ${name} up`}
                        title="Move up"
                        disabled={index === 0}
                        onClick={() => move(index, 'up')}
                      >
                        ↑
                      </button>
                      <button
                        type="button"
                        className="button small"
                        data-action="down"
                        aria-label={`Move ${name} down`}
                        title="Move down"
                        disabled={index === items.length - 1}
                        onClick={() => move(index, 'down')}
                      >
                        ↓
                      </button>
                    </>
                  )}
                  <button
                    type="button"
                    className="button small"
                    data-action="remove"
                    aria-label={`Remove ${name}`}
                    title={`Remove ${name}`}
                    onClick={() => remove(index)}
                  >
                    {removeText}
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {error && <p className="field-error">{error}</p>}
      <div className="list-footer">
        <button type="button" className="button small" data-action="add" onClick={add}>
          {addLabel}
        </button>
        {footer}
      </div>
    </fieldset>
  );
}

const FOCUSABLE_CONTROL = 'input:not([disabled]), select:not([disabled]), textarea:not([disabled])';

function focusTarget(root: HTMLElement, target: FocusTarget) {
  if (target.key === null) {
    root.querySelector<HTMLElement>(':scope > .list-footer [data-action="add"]')?.focus();
    return;
  }
  const row = root.querySelector<HTMLElement>(`:scope > .list-rows > [data-row-key="${target.key}"]`);
  if (!row) return;
  if (target.target === 'first-control') {
    row.querySelector<HTMLElement>(FOCUSABLE_CONTROL)?.focus();
    return;
  }
  const actions = row.querySelector(':scope > .list-row-actions');
  // A row moved to the top has its "up" button disabled; the other direction is the natural next press.
  const preferred = actions?.querySelector<HTMLButtonElement>(`[data-action="${target.target}"]:not([disabled])`);
  const fallback = actions?.querySelector<HTMLButtonElement>('button:not([disabled])');
  (preferred ?? fallback)?.focus();
}
