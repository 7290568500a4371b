import { createStore, useStore } from 'zustand';
import type { SimulatedContact, SimulationResult, SimulationRunInput } from '../../../../shared/contract/index';

/** Who to simulate, as the panel holds them while they are chosen. */
export type ProfileChoice =
  | { type: 'contact'; customerId: string }
  | { type: 'sample'; profileId: string; name: string }
  | { type: 'profile'; customerId: string; fields: { key: string; value: string }[] }
  | { type: 'generated'; count: number };

/** One later event of the script, as typed: properties are JSON text until the run. */
export interface ScriptRow {
  after: string;
  name: string;
  properties: string;
}

/** Whose path the canvas shows: one profile's (animated), or every profile's as counts. */
export type Shown = { type: 'contact'; index: number } | { type: 'all' };

/** How a step or a connection looks while a result is shown. */
export type Mark = 'taken' | 'current' | 'skipped';

export interface TryItState {
  open: boolean;
  journeyId: string | null;
  profiles: ProfileChoice[];
  entryProperties: string;
  script: ScriptRow[];
  days: string;
  result: SimulationResult | null;
  /** What the shown result was run with: a left-out timeline is fetched by running it again. */
  runInput: SimulationRunInput | null;
  shown: Shown;
  /** How many steps of the shown profile's path are lit: the animation's position. */
  lit: number;
  playing: boolean;
  /** Derived from the above whenever they change, so each step reads one value of its own. */
  stepMarks: Readonly<Record<string, Mark>>;
  stepCounts: Readonly<Record<string, number>> | null;
  edgeMarks: Readonly<Record<string, Mark>> | null;
  edgeCounts: Readonly<Record<string, number>> | null;
}

const initial: TryItState = {
  open: false,
  journeyId: null,
  profiles: [],
  entryProperties: '{}',
  script: [],
  days: '30',
  result: null,
  runInput: null,
  shown: { type: 'contact', index: 0 },
  lit: 0,
  playing: false,
  stepMarks: {},
  stepCounts: null,
  edgeMarks: null,
  edgeCounts: null,
};

export const tryItStore = createStore<TryItState>()(() => initial);

export function useTryIt<T>(select: (state: TryItState) => T): T {
  return useStore(tryItStore, select);
}

/** The marks of the shown path: every step and connection taken, the last lit one current, the rest skipped. */
function marksOf(state: Pick<TryItState, 'open' | 'result' | 'shown' | 'lit'>) {
  const none = { stepMarks: {}, stepCounts: null, edgeMarks: null, edgeCounts: null };
  const { result, shown } = state;
  if (!state.open || result === null) return none;
  const stepMarks: Record<string, Mark> = {};
  const edgeMarks: Record<string, Mark> = {};
  if (shown.type === 'all') {
    for (const id of Object.keys(result.stepCounts)) stepMarks[id] = 'taken';
    for (const id of Object.keys(result.edgeCounts)) edgeMarks[id] = 'taken';
    return { stepMarks, edgeMarks, stepCounts: result.stepCounts, edgeCounts: result.edgeCounts };
  }
  const contact = result.contacts[shown.index];
  if (contact === undefined) return none;
  const lit = contact.path.slice(0, state.lit);
  for (const id of lit) stepMarks[id] = 'taken';
  // edges[i] leads from path[i] to path[i + 1]: one fewer is lit than steps, the last one into the current step.
  const litEdges = contact.edges.slice(0, Math.max(0, state.lit - 1));
  litEdges.forEach((id, index) => {
    if (id !== null) edgeMarks[id] = index === litEdges.length - 1 ? 'current' : 'taken';
  });
  const current = lit.at(-1);
  if (current !== undefined) stepMarks[current] = 'current';
  return { stepMarks, edgeMarks, stepCounts: null, edgeCounts: null };
}

function update(change: Partial<TryItState>): void {
  const next = { ...tryItStore.getState(), ...change };
  tryItStore.setState({ ...change, ...marksOf(next) });
}

export function openTryIt(journeyId: string): void {
  const state = tryItStore.getState();
  if (state.journeyId !== journeyId) tryItStore.setState({ ...initial, journeyId });
  update({ open: true });
}

export function closeTryIt(): void {
  update({ open: false, playing: false });
}

export function setSetup(change: Partial<Pick<TryItState, 'profiles' | 'entryProperties' | 'script' | 'days'>>): void {
  tryItStore.setState(change);
}

/** Above this many profiles a result opens on how many took each path rather than on one profile's. */
const MANY_PROFILES = 20;

/** A fresh result: the first profile's path, played from its entry; or, for many profiles, the counts. */
export function showResult(result: SimulationResult, runInput: SimulationRunInput | null = null): void {
  if (result.contacts.length > MANY_PROFILES)
    update({ result, runInput, shown: { type: 'all' }, lit: 0, playing: false });
  else update({ result, runInput, shown: { type: 'contact', index: 0 }, lit: 1, playing: true });
}

/** A timeline fetched after the run, put in its profile's place (only while that result is still shown). */
export function fillTimeline(of: SimulationResult, contact: SimulatedContact): void {
  const { result } = tryItStore.getState();
  if (result !== of) return;
  const contacts = result.contacts.map((candidate) =>
    candidate.customerId === contact.customerId ? contact : candidate,
  );
  update({ result: { ...result, contacts } });
}

export function showPaths(shown: Shown): void {
  const result = tryItStore.getState().result;
  const length = shown.type === 'contact' ? (result?.contacts[shown.index]?.path.length ?? 0) : 0;
  update({ shown, lit: Math.min(1, length), playing: shown.type === 'contact' && length > 1 });
}

/** Moves the animation to `lit` steps (clamped to the path), stopping it at the end. */
export function lightSteps(lit: number, playing = false): void {
  const { result, shown } = tryItStore.getState();
  if (shown.type !== 'contact' || result === null) return;
  const length = result.contacts[shown.index]?.path.length ?? 0;
  const clamped = Math.max(Math.min(lit, length), Math.min(1, length));
  update({ lit: clamped, playing: playing && clamped < length });
}

export function resetTryIt(): void {
  tryItStore.setState(initial);
}
