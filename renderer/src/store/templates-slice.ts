import type { StateCreator } from 'zustand';
import type { Template } from '../../../shared/contract/index';
import type { AppClient } from '../api/client';
import type { AppState } from './app-store';
import { messageOf } from './message-of';

export interface TemplatesSlice {
  templates: Template[];
  /** id → name, so a node can subscribe to one name without the whole list. */
  templateNames: Record<string, string>;
  templatesError: string | null;
  loadTemplates(): Promise<void>;
}

export function createTemplatesSlice(client: AppClient): StateCreator<AppState, [], [], TemplatesSlice> {
  return (set) => ({
    templates: [],
    templateNames: {},
    templatesError: null,
    async loadTemplates() {
      try {
        const templates = await client.templates.list();
        set({ templates, templateNames: Object.fromEntries(templates.map((t) => [t.id, t.name])), templatesError: null });
      } catch (error) {
        set({ templatesError: messageOf(error) });
      }
    },
  });
}
