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

export const createNoticesSlice: StateCreator<AppState, [], [], NoticesSlice> = (set, get) => ({
  notices: [],
  notify(tone, message) {
    set({ notices: [...get().notices, { id: nextNoticeId++, tone, message }].slice(-5) });
  },
  dismissNotice(id) {
    set({ notices: get().notices.filter((notice) => notice.id !== id) });
  },
});
