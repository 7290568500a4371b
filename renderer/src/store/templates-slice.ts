import type { StateCreator } from 'zustand';
import type { Template, TemplateUsage, UnreadableTemplate } from '../../../shared/contract/index';
import type { AppClient } from '../api/client';
import { DEFAULT_TEMPLATE_LIST_VIEW, type TemplateListView } from '../templates/list/template-list-view';
import type { AppState } from './app-store';
import { messageOf } from './message-of';

/** A template as the library lists it: with the journeys that use it. */
export type TemplateListItem = Template & { usedBy: TemplateUsage[] };

/** What `createTemplate` takes: the contract's create input, channel by channel. */
export type NewTemplate = Parameters<AppClient['templates']['create']>[0];

export interface TemplatesSlice {
  templates: TemplateListItem[];
  /** id → name, so a node can subscribe to one name without the whole list. */
  templateNames: Record<string, string>;
  /** Stored templates that cannot be read (damaged rows), shown apart so they can be deleted. */
  unreadableTemplates: UnreadableTemplate[];
  templatesStatus: 'idle' | 'loading' | 'ready' | 'error';
  templatesError: string | null;
  // In the store so search and filters survive a trip to the editor and back.
  templateListView: TemplateListView;
  setTemplateListView(change: Partial<TemplateListView>): void;
  loadTemplates(): Promise<void>;
  createTemplate(input: NewTemplate): Promise<Template>;
  renameTemplate(id: string, name: string): Promise<void>;
  duplicateTemplate(id: string): Promise<Template>;
  /** Rejects with the service's CONFLICT (naming the journeys) while an active journey uses it. */
  deleteTemplate(id: string): Promise<void>;
}

export function createTemplatesSlice(client: AppClient): StateCreator<AppState, [], [], TemplatesSlice> {
  return (set, get) => {
    // Change events can start several loads at once; only the newest may write.
    let latestLoad = 0;

    return {
      templates: [],
      templateNames: {},
      unreadableTemplates: [],
      templatesStatus: 'idle',
      templatesError: null,
      templateListView: DEFAULT_TEMPLATE_LIST_VIEW,
      setTemplateListView(change) {
        set({ templateListView: { ...get().templateListView, ...change } });
      },
      async loadTemplates() {
        const load = ++latestLoad;
        const firstLoad = get().templatesStatus !== 'ready';
        if (firstLoad) set({ templatesStatus: 'loading' });
        try {
          const [templates, unreadableTemplates] = await Promise.all([
            client.templates.list(),
            client.templates.listUnreadable(),
          ]);
          if (load !== latestLoad) return;
          set({
            templates,
            unreadableTemplates,
            templateNames: Object.fromEntries(templates.map((t) => [t.id, t.name])),
            templatesStatus: 'ready',
            templatesError: null,
          });
        } catch (error) {
          if (load !== latestLoad) return;
          // A failed refresh keeps the list on screen; only a first load turns into an error state.
          if (firstLoad) set({ templatesStatus: 'error', templatesError: messageOf(error) });
          else get().notify('error', `The template list could not be refreshed: ${messageOf(error)}`);
        }
      },
      async createTemplate(input) {
        const template = await client.templates.create(input);
        // Known at once, so a canvas select that assigns it shows its name, not "not found".
        set({
          templates: [...get().templates, { ...template, usedBy: [] }],
          templateNames: { ...get().templateNames, [template.id]: template.name },
        });
        void get().loadTemplates();
        return template;
      },
      async renameTemplate(id, name) {
        await client.templates.update({ id, name });
        await get().loadTemplates();
      },
      async duplicateTemplate(id) {
        const copy = await client.templates.duplicate({ id });
        await get().loadTemplates();
        return copy;
      },
      async deleteTemplate(id) {
        await client.templates.delete({ id });
        set({
          templates: get().templates.filter((t) => t.id !== id),
          unreadableTemplates: get().unreadableTemplates.filter((t) => t.id !== id),
        });
        await get().loadTemplates();
      },
    };
  };
}
