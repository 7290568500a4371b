import type { StateCreator } from 'zustand';
import type { Diagnostic } from '../../../../shared/validation/index';
import type { AppState } from '../../store/app-store';
import { mergeProblems } from './merge-problems';
import { countProblems, type ProblemCounts } from './problem-counts';
import { NO_NODE_PROBLEMS, summariseNodeProblems, type NodeProblems } from './node-problems';
import { problemViews, type ProblemView } from './problem-views';

/** A request to show one problem: select its step, centre it, focus its field. */
export interface ProblemFocus {
  id: number;
  diagnostic: Diagnostic;
}

export interface ProblemsSlice {
  /** The editor's own check of the open journey, refreshed shortly after each change; null until the first. */
  liveProblems: readonly Diagnostic[] | null;
  /** The last explicit Validate's result, which knows what only the server can (configured channels). */
  checkedProblems: readonly Diagnostic[] | null;
  /** What the panel lists: the live result plus what only the explicit check knew. */
  problems: readonly ProblemView[];
  problemCounts: ProblemCounts;
  /** Badges by step id; an unchanged badge keeps its object so the canvas skips that step. */
  nodeProblems: ReadonlyMap<string, NodeProblems>;
  problemsPanelOpen: boolean;
  problemFocus: ProblemFocus | null;

  setLiveProblems(diagnostics: readonly Diagnostic[]): void;
  /** Shows an explicit Validate's result (from journeys.validate) in the same panel; call openProblems() to show it. */
  showValidationResult(diagnostics: readonly Diagnostic[]): void;
  /** Forgets both results (another journey is opened). The panel stays as the user left it. */
  clearProblems(): void;
  openProblems(): void;
  closeProblems(): void;
  toggleProblems(): void;
  /** Opens the panel and asks the editor to select, centre and focus what the diagnostic is about. */
  revealProblem(diagnostic: Diagnostic): void;
  /** Marks a reveal request as handled. */
  finishProblemFocus(id: number): void;
}

let nextFocusId = 1;

export const createProblemsSlice: StateCreator<AppState, [], [], ProblemsSlice> = (set, get) => {
  function publish(live: readonly Diagnostic[] | null, checked: readonly Diagnostic[] | null) {
    const { journey, nodeProblems, problems, problemCounts } = get();
    const merged = mergeProblems(live, checked, journey);
    const counts = countProblems(merged);
    set({
      liveProblems: live,
      checkedProblems: checked,
      problems: problemViews(merged, journey, problems),
      problemCounts:
        counts.errors === problemCounts.errors && counts.warnings === problemCounts.warnings ? problemCounts : counts,
      nodeProblems: summariseNodeProblems(merged, nodeProblems),
    });
  }

  return {
    liveProblems: null,
    checkedProblems: null,
    problems: [],
    problemCounts: { errors: 0, warnings: 0 },
    nodeProblems: NO_NODE_PROBLEMS,
    problemsPanelOpen: false,
    problemFocus: null,

    setLiveProblems(diagnostics) {
      publish(diagnostics, get().checkedProblems);
    },
    showValidationResult(diagnostics) {
      publish(get().liveProblems, diagnostics);
    },
    clearProblems() {
      set({
        liveProblems: null,
        checkedProblems: null,
        problems: [],
        problemCounts: { errors: 0, warnings: 0 },
        nodeProblems: NO_NODE_PROBLEMS,
      });
    },
    openProblems() {
      set({ problemsPanelOpen: true });
    },
    closeProblems() {
      set({ problemsPanelOpen: false });
    },
    toggleProblems() {
      set({ problemsPanelOpen: !get().problemsPanelOpen });
    },
    revealProblem(diagnostic) {
      set({ problemsPanelOpen: true, problemFocus: { id: nextFocusId++, diagnostic } });
    },
    finishProblemFocus(id) {
      if (get().problemFocus?.id === id) set({ problemFocus: null });
    },
  };
};
