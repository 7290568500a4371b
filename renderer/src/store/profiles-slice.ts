import type { StateCreator } from 'zustand';
import type { SampleProfile, SampleProfileData } from '../../../shared/templates/index';
import type { AppClient } from '../api/client';
import type { AppState } from './app-store';
import { messageOf } from './message-of';

export interface ProfilesSlice {
  /** Default first, then by name: the order the "Preview as" select offers them. */
  profiles: SampleProfile[];
  profilesStatus: 'idle' | 'loading' | 'ready' | 'error';
  profilesError: string | null;
  /**
   * The profile previews render as, shared by the template editor and the canvas so switching
   * in one shows the same person in the other; null means "the default profile".
   */
  previewProfileId: string | null;
  setPreviewProfile(id: string | null): void;
  loadProfiles(): Promise<void>;
  createProfile(name: string, data: SampleProfileData): Promise<SampleProfile>;
  updateProfile(id: string, change: { name?: string; data?: SampleProfileData }): Promise<SampleProfile>;
  setDefaultProfile(id: string): Promise<void>;
  deleteProfile(id: string): Promise<void>;
}

const byName = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

export function orderProfiles(profiles: readonly SampleProfile[]): SampleProfile[] {
  return [...profiles].sort(
    (a, b) => Number(b.isDefault) - Number(a.isDefault) || byName.compare(a.name, b.name) || (a.id < b.id ? -1 : 1),
  );
}

export function createProfilesSlice(client: AppClient): StateCreator<AppState, [], [], ProfilesSlice> {
  return (set, get) => {
    let latestLoad = 0;

    return {
      profiles: [],
      profilesStatus: 'idle',
      profilesError: null,
      previewProfileId: null,
      setPreviewProfile(id) {
        set({ previewProfileId: id });
      },
      async loadProfiles() {
        const load = ++latestLoad;
        if (get().profilesStatus !== 'ready') set({ profilesStatus: 'loading' });
        try {
          const profiles = orderProfiles(await client.profiles.list());
          if (load !== latestLoad) return;
          const chosen = get().previewProfileId;
          // A deleted profile cannot be previewed as; fall back to the default rather than an error.
          const stillThere = chosen !== null && profiles.some((p) => p.id === chosen);
          set({ profiles, profilesStatus: 'ready', profilesError: null, previewProfileId: stillThere ? chosen : null });
        } catch (error) {
          if (load !== latestLoad) return;
          set({
            profilesStatus: get().profilesStatus === 'ready' ? 'ready' : 'error',
            profilesError: messageOf(error),
          });
        }
      },
      async createProfile(name, data) {
        const profile = await client.profiles.create({ name, data });
        await get().loadProfiles();
        return profile;
      },
      async updateProfile(id, change) {
        const profile = await client.profiles.update({ id, ...change });
        await get().loadProfiles();
        return profile;
      },
      async setDefaultProfile(id) {
        await client.profiles.setDefault({ id });
        await get().loadProfiles();
      },
      async deleteProfile(id) {
        await client.profiles.delete({ id });
        await get().loadProfiles();
      },
    };
  };
}
