import { createStore, useStore } from 'zustand';
import type { JourneyCharts, JourneyStatistics, StepStatistics } from '../../../../shared/contract/index';

/** What the run viewer shows: a step's contacts, or one contact's timeline. */
export type RunViewer = { type: 'step'; nodeId: string } | { type: 'contact'; contactId: string; fromNodeId?: string };

export interface StatisticsState {
  enabled: boolean;
  journeyId: string | null;
  /** The version asked for; null follows the live (else newest) version. */
  version: number | null;
  loaded: Omit<JourneyStatistics, 'steps'> | null;
  /** Per step; an entry keeps its identity while its numbers stay the same, so its badge does not render. */
  steps: Record<string, StepStatistics>;
  /** Entries per bucket, per step: the sparklines. */
  sparks: Record<string, readonly number[]>;
  charts: JourneyCharts | null;
  error: string | null;
  viewer: RunViewer | null;
}

const initial: StatisticsState = {
  enabled: false,
  journeyId: null,
  version: null,
  loaded: null,
  steps: {},
  sparks: {},
  charts: null,
  error: null,
  viewer: null,
};

export const statisticsStore = createStore<StatisticsState>()(() => initial);

export function useStatistics<T>(select: (state: StatisticsState) => T): T {
  return useStore(statisticsStore, select);
}

function sameStep(a: StepStatistics, b: StepStatistics): boolean {
  return (Object.keys(b) as (keyof StepStatistics)[]).every((key) => a[key] === b[key]);
}

function sameNumbers(a: readonly number[] | undefined, b: readonly number[]): boolean {
  return a !== undefined && a.length === b.length && a.every((value, i) => value === b[i]);
}

/** Lays fresh statistics over the current ones, keeping every unchanged step's object. */
export function mergeStatistics(current: Record<string, StepStatistics>, fresh: readonly StepStatistics[]) {
  const next: Record<string, StepStatistics> = {};
  let changed = Object.keys(current).length !== fresh.length;
  for (const step of fresh) {
    const before = current[step.nodeId];
    if (before !== undefined && sameStep(before, step)) next[step.nodeId] = before;
    else {
      next[step.nodeId] = step;
      changed = true;
    }
  }
  return changed ? next : current;
}

export function mergeSparks(current: Record<string, readonly number[]>, charts: JourneyCharts) {
  const next: Record<string, readonly number[]> = {};
  for (const series of charts.entries) {
    const counts = series.points.map((point) => point.count);
    next[series.nodeId] = sameNumbers(current[series.nodeId], counts) ? current[series.nodeId]! : counts;
  }
  return next;
}

export function setStatisticsEnabled(journeyId: string, enabled: boolean): void {
  const state = statisticsStore.getState();
  if (state.journeyId !== journeyId) statisticsStore.setState({ ...initial, journeyId, enabled });
  else statisticsStore.setState({ enabled, viewer: enabled ? state.viewer : null });
}

export function chooseVersion(version: number | null): void {
  statisticsStore.setState({ version, steps: {}, sparks: {}, charts: null, viewer: null });
}

export function openViewer(viewer: RunViewer | null): void {
  statisticsStore.setState({ viewer });
}

export function resetStatistics(): void {
  statisticsStore.setState(initial);
}
