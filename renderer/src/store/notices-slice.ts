import type { StateCreator } from 'zustand';
import type { AppState } from './app-store';

export interface Notice {
  id: number;
  tone: 'info' | 'error';
  message: string;
}

export interface NoticesSlice {
  notices: Notice[];
  notify(tone: Notice['tone'], message: string): void;
  dismissNotice(id: number): void;
}

let nextNoticeId = 1;

/** Long enough to read a sentence; errors stay a little longer. */
const NOTICE_MS = { info: 5000, error: 9000 } as const;

export const createNoticesSlice: StateCreator<AppState, [], [], NoticesSlice> = (set, get) => ({
  notices: [],
  notify(tone, message) {
    const id = nextNoticeId++;
    set({ notices: [...get().notices, { id, tone, message }].slice(-5) });
    setTimeout(() => get().dismissNotice(id), NOTICE_MS[tone]);
  },
  dismissNotice(id) {
    set({ notices: get().notices.filter((notice) => notice.id !== id) });
  },
});
