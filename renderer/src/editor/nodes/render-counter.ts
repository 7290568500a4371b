declare global {
  interface Window {
    /** Set by the canvas benchmark to count node renders; absent in normal use. */
    __journeyStudioRenderCounts?: Map<string, number>;
  }
}

/** Counts renders per node id when a benchmark asks for it; one property read otherwise. */
export function countRender(id: string): void {
  const counts = typeof window === 'undefined' ? undefined : window.__journeyStudioRenderCounts;
  if (counts) counts.set(id, (counts.get(id) ?? 0) + 1);
}
