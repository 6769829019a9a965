/** What the handlers need from persistent storage. Implemented over files in the user data folder. */
import type { ChecklistState, HandoutPreferences, Preferences, ReadingPreferences } from '../../shared/types';

export interface SettingsStore {
  getChecklistState(): ChecklistState;
  /** Validated by the caller; persisted atomically before it resolves. */
  setChecklistState(state: ChecklistState): Promise<ChecklistState>;
  resetChecklistState(): Promise<ChecklistState>;
  getPreferences(): Preferences;
  setPreferences(preferences: Preferences): Promise<Preferences>;
  /** Messages for the user about storage problems found at startup (e.g. a damaged file moved aside). */
  notices(): string[];
  /** When the checklist's backup was saved, if a read problem at startup makes it worth offering; else null. */
  checklistBackup(): string | null;
  /** Puts the checklist's backup back in place (on disk too) and returns it. */
  restoreChecklistBackup(): Promise<ChecklistState>;
}

export const DEFAULT_CHECKLIST_STATE: ChecklistState = { checked: [], name: '', date: '', notes: '' };

export const DEFAULT_HANDOUT: HandoutPreferences = {
  items: null,
  textSize: 'normal',
  pageSize: 'auto',
  diary: true,
  clinician: '',
  clinic: '',
};

export const DEFAULT_READING: ReadingPreferences = {
  textSize: 100,
  sidebarOpen: true,
  session: { panes: [], active: 0, query: '' },
  recent: [],
};

export const DEFAULT_PREFERENCES: Preferences = {
  theme: 'system',
  layout: { sidebarWidth: 320, checklistWidth: 360, checklistOpen: true, splitRatio: 0.5 },
  handout: DEFAULT_HANDOUT,
  reading: DEFAULT_READING,
};
