import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Diagnostic, Severity } from '../../../../shared/validation/index';
import { useAppStore, useAppStoreApi } from '../../store/app-store';
import { problemsChipText, problemsHeading } from './problem-counts';
import { clampProblemsHeight, PROBLEMS_HEIGHT_KEY, readProblemsHeight } from './panel-height';
import { PanelResizer } from './PanelResizer';
import { ProblemRow } from './ProblemRow';
import { runQuickFix } from './quick-fix-runner';
import { useLiveValidation } from './use-live-validation';
import { useRevealProblem } from './use-reveal-problem';

type Filter = 'all' | Severity;

/** A journey with thousands of problems lists the first few hundred; fixing those reveals the rest. */
const MAX_LISTED = 300;

/**
 * The editor's problems: a chip that always says how many there are, and, opened, the list of
 * them in a region no taller than its list and at most the height the user gave it (dragged from
 * its top edge, remembered), which scrolls inside the window while the canvas keeps the rest. Each opens its step with the field focused; those
 * with a quick fix offer it beside them. Mounting it is what keeps the open journey checked while
 * it is edited.
 */
export function ProblemsPanel() {
  useLiveValidation();
  useRevealProblem();
  const store = useAppStoreApi();
  const open = useAppStore((s) => s.problemsPanelOpen);
  const counts = useAppStore((s) => s.problemCounts);
  const checked = useAppStore((s) => s.liveProblems !== null || s.checkedProblems !== null);
  const problems = useAppStore((s) => s.problems);
  // A live version (or an old one on view) cannot be edited, so there is nothing to fix it with.
  const canFix = useAppStore((s) => !s.readOnly && !s.versionView);
  const [filter, setFilter] = useState<Filter>('all');
  const listId = useId();
  const headingId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const { sectionRef, height, maxHeight, resize } = usePanelHeight();

  const total = counts.errors + counts.warnings;
  // The filter only shows when there is something to tell apart; without it everything is listed.
  const filtering = counts.errors > 0 && counts.warnings > 0 ? filter : 'all';
  const shown = useMemo(
    () => (filtering === 'all' ? problems : problems.filter((view) => view.diagnostic.severity === filtering)),
    [filtering, problems],
  );
  const tone = !checked ? 'pending' : counts.errors > 0 ? 'error' : counts.warnings > 0 ? 'warning' : 'ok';

  const reveal = useCallback((diagnostic: Diagnostic) => store.getState().revealProblem(diagnostic), [store]);
  const fix = useCallback(
    async (diagnostic: Diagnostic) => {
      await runQuickFix(store, diagnostic);
      // The fixed row goes away with its button; keep the keyboard in the list rather than lose it.
      if (document.activeElement === document.body) listRef.current?.focus();
    },
    [store],
  );

  return (
    <section
      ref={sectionRef}
      className={`journey-problems${open ? ' open' : ''}`}
      aria-label="Problems"
      style={open ? { maxHeight: height } : undefined}
    >
      {open && <PanelResizer height={height} max={maxHeight} onResize={resize} />}
      <div className="journey-problems-bar">
        <button
          type="button"
          className={`journey-problems-chip tone-${tone}`}
          aria-expanded={open}
          aria-controls={open ? listId : undefined}
          title={open ? 'Hide the problems list' : 'Show the problems list'}
          onClick={() => store.getState().toggleProblems()}
        >
          <span className="journey-problems-dot" aria-hidden="true" />
          {checked ? problemsChipText(counts) : 'Checking…'}
        </button>
        {open && (
          <>
            <h2 id={headingId} className="journey-problems-heading">
              {problemsHeading(counts)}
            </h2>
            {counts.errors > 0 && counts.warnings > 0 && (
              <div className="journey-problems-filter" role="group" aria-label="Show">
                <FilterButton value="all" current={filtering} onPick={setFilter} label="All" />
                <FilterButton
                  value="error"
                  current={filtering}
                  onPick={setFilter}
                  label={`Errors (${counts.errors})`}
                />
                <FilterButton
                  value="warning"
                  current={filtering}
                  onPick={setFilter}
                  label={`Warnings (${counts.warnings})`}
                />
              </div>
            )}
          </>
        )}
      </div>
      {open &&
        (total === 0 ? (
          <p id={listId} className="journey-problems-empty">
            {checked
              ? 'No problems found. The explicit Validate also checks which channels have a delivery provider.'
              : 'Checking the journey…'}
          </p>
        ) : (
          <ul id={listId} ref={listRef} className="journey-problems-list" aria-labelledby={headingId} tabIndex={-1}>
            {shown.slice(0, MAX_LISTED).map((view) => (
              <ProblemRow key={view.key} view={view} onReveal={reveal} onFix={canFix ? fix : undefined} />
            ))}
            {shown.length > MAX_LISTED && (
              <li className="journey-problems-more">
                {shown.length - MAX_LISTED} more not listed: fix the ones above to see them.
              </li>
            )}
          </ul>
        ))}
    </section>
  );
}

/** The open panel's height, kept within the editor's height as the window changes, and remembered. */
function usePanelHeight() {
  const sectionRef = useRef<HTMLElement>(null);
  const [wanted, setWanted] = useState(() => readProblemsHeight(window.localStorage));
  const [available, setAvailable] = useState<number | null>(null);

  // The room is what the canvas row and the panel share: the workspace less its banner and toolbar.
  useEffect(() => {
    const section = sectionRef.current;
    const workspace = section?.parentElement;
    if (!section || !workspace) return;
    const measure = () => {
      let room = workspace.clientHeight;
      for (const child of workspace.children)
        if (child !== section && !child.classList.contains('editor-columns'))
          room -= (child as HTMLElement).offsetHeight;
      setAvailable(room);
    };
    const observer = new ResizeObserver(measure);
    observer.observe(workspace);
    // A banner coming or going leaves the workspace as it is but changes the canvas row.
    const columns = workspace.querySelector(':scope > .editor-columns');
    if (columns) observer.observe(columns);
    return () => observer.disconnect();
  }, []);

  const room = available ?? window.innerHeight;
  const height = clampProblemsHeight(wanted, room);
  const resize = useCallback(
    (next: number) => {
      const clamped = clampProblemsHeight(next, room);
      setWanted(clamped);
      window.localStorage.setItem(PROBLEMS_HEIGHT_KEY, String(clamped));
    },
    [room],
  );
  return { sectionRef, height, maxHeight: clampProblemsHeight(Infinity, room), resize };
}

function FilterButton({
  value,
  current,
  onPick,
  label,
}: {
  value: Filter;
  current: Filter;
  onPick(value: Filter): void;
  label: string;
}) {
  return (
    <button
      type="button"
      className="journey-problems-filter-button"
      aria-pressed={current === value}
      onClick={() => onPick(value)}
    >
      {label}
    </button>
  );
}
