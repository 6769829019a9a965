/**
 * The SettingsStore over two files in the user data folder: `checklist.json` and `preferences.json`.
 * Plain Node (no Electron), so it can be tested and crash-tested on its own.
 */
import fs from 'node:fs/promises';
import { z } from 'zod';
import type { ChecklistState, Preferences } from '../../shared/types';
import {
  checklistStateSchema,
  handoutPreferencesSchema,
  layoutSchema,
  preferencesSchema,
  readingSchema,
  sessionSchema,
} from '../../shared/contract';
import { HandlerError } from '../handler-error';
import {
  DEFAULT_CHECKLIST_STATE,
  DEFAULT_HANDOUT,
  DEFAULT_PREFERENCES,
  DEFAULT_READING,
  type SettingsStore,
} from './settings';
import { errorCode, errorMessage } from './storage-failure';
import { openStoredDocument, type DocumentSpec, type StoredDocument } from './stored-document';

/*
 * The contract's schemas are strict (unknown keys are an error), which is right for IPC. A file written by an
 * older or newer version may carry keys we do not know; all the user's data we do know is still intact, so
 * the stored copies use the same fields and limits but drop unknown keys instead of treating the file as damaged.
 * Fields that are missing or out of range are reset one by one (see salvage.ts); the rest is kept.
 */
const storedChecklistSchema = z.object(checklistStateSchema.shape);
/*
 * Files written before the handout builder or reading comfort have no `handout` or `reading`: filling the whole
 * nested object with its defaults is the migration (no schema version bump, so nested additions can land side
 * by side). A session that no longer validates (e.g. an article that was renamed away) only loses the session,
 * not the other settings.
 */
const storedReadingSchema = z.object({
  ...readingSchema.shape,
  session: z.object(sessionSchema.shape).catch(DEFAULT_READING.session),
  recent: readingSchema.shape.recent.catch([]),
});
const storedPreferencesSchema = z.object({
  ...preferencesSchema.shape,
  layout: z.object(layoutSchema.shape),
  handout: z.object(handoutPreferencesSchema.shape).default(DEFAULT_HANDOUT),
  reading: storedReadingSchema.default(DEFAULT_READING),
});

const CHECKLIST: DocumentSpec<ChecklistState> = {
  fileName: 'checklist.json',
  what: 'checklist',
  schema: storedChecklistSchema,
  defaults: DEFAULT_CHECKLIST_STATE,
  readFailure: 'Your saved checklist could not be read, so it was reset.',
};

const PREFERENCES: DocumentSpec<Preferences> = {
  fileName: 'preferences.json',
  what: 'preferences',
  schema: storedPreferencesSchema,
  defaults: DEFAULT_PREFERENCES,
  readFailure: 'Your saved preferences (theme and layout) could not be read, so they were reset to the defaults.',
};

/**
 * Opens (creating if needed) the settings folder `dir`. Damaged files are handled and reported in notices().
 * A folder that cannot be used at all (a file in its place, no permission) does not stop the app: settings
 * are then kept in memory for this session, and a notice says so.
 */
export async function openSettingsStore(dir: string): Promise<SettingsStore> {
  let checklist, preferences;
  try {
    await fs.mkdir(dir, { recursive: true });
    checklist = await openStoredDocument(dir, CHECKLIST);
    preferences = await openStoredDocument(dir, PREFERENCES);
  } catch (error) {
    const code = errorCode(error);
    return inMemorySettingsStore(
      `Spasm Guide cannot use its settings folder (${code ?? errorMessage(error)}: ${dir}), so your ticks, notes, ` +
        'theme and layout are kept only until you close the app.',
    );
  }
  const notices = [checklist.notice, preferences.notice].filter((notice): notice is string => notice !== null);
  return settingsStoreOver(checklist.document, preferences.document, notices);
}

function settingsStoreOver(
  checklist: StoredDocument<ChecklistState>,
  preferences: StoredDocument<Preferences>,
  notices: string[],
): SettingsStore {
  return {
    getChecklistState: () => checklist.get(),
    setChecklistState: (state) => checklist.save(state),
    resetChecklistState: () => checklist.save(DEFAULT_CHECKLIST_STATE),
    getPreferences: () => preferences.get(),
    setPreferences: (value) => preferences.save(value),
    notices: () => [...notices],
    checklistBackup: () => checklist.backupOffer(),
    restoreChecklistBackup: () => checklist.restoreBackup(),
  };
}

function inMemorySettingsStore(notice: string): SettingsStore {
  return settingsStoreOver(
    memoryDocument(storedChecklistSchema, DEFAULT_CHECKLIST_STATE),
    memoryDocument(storedPreferencesSchema, DEFAULT_PREFERENCES),
    [notice],
  );
}

function memoryDocument<T>(schema: z.ZodType<T>, defaults: T): StoredDocument<T> {
  let current = structuredClone(defaults);
  return {
    get: () => structuredClone(current),
    save: async (value) => {
      current = schema.parse(value);
      return structuredClone(current);
    },
    backupOffer: () => null,
    restoreBackup: () => Promise.reject(new HandlerError('not-found', 'There is no backup to restore.')),
  };
}
