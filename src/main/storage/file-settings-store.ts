/**
 * The SettingsStore over two files in the user data folder: `checklist.json` and `preferences.json`.
 * Plain Node (no Electron), so it can be tested and crash-tested on its own.
 */
import fs from 'node:fs/promises';
import { z } from 'zod';
import type { ChecklistState, Preferences } from '../../shared/types';
import {
  checklistStateSchema,
  layoutSchema,
  preferencesSchema,
  readingSchema,
  sessionSchema,
} from '../../shared/contract';
import { DEFAULT_CHECKLIST_STATE, DEFAULT_PREFERENCES, DEFAULT_READING, type SettingsStore } from './settings';
import { openStoredDocument, type DocumentSpec } from './stored-document';

/*
 * The contract's schemas are strict (unknown keys are an error), which is right for IPC. A file written by an
 * older or newer version may carry keys we do not know; all the user's data we do know is still intact, so
 * the stored copies use the same fields and limits but drop unknown keys instead of treating the file as damaged.
 * Missing or out-of-range fields still make a file unreadable: changing a shape needs a migration.
 */
const storedChecklistSchema = z.object(checklistStateSchema.shape);
/*
 * Files written before reading comfort have no `reading`: filling the whole nested object with its defaults is
 * the migration (no schema version bump, so other nested additions can land beside it). A session that no
 * longer validates (e.g. an article that was renamed away) only loses the session, not the other settings.
 */
const storedReadingSchema = z.object({
  ...readingSchema.shape,
  session: z.object(sessionSchema.shape).catch(DEFAULT_READING.session),
  recent: readingSchema.shape.recent.catch([]),
});
const storedPreferencesSchema = z.object({
  ...preferencesSchema.shape,
  layout: z.object(layoutSchema.shape),
  reading: storedReadingSchema.default(DEFAULT_READING),
});

const CHECKLIST: DocumentSpec<ChecklistState> = {
  fileName: 'checklist.json',
  schema: storedChecklistSchema,
  defaults: DEFAULT_CHECKLIST_STATE,
  readFailure: 'Your saved checklist could not be read, so it was reset.',
};

const PREFERENCES: DocumentSpec<Preferences> = {
  fileName: 'preferences.json',
  schema: storedPreferencesSchema,
  defaults: DEFAULT_PREFERENCES,
  readFailure: 'Your saved preferences (theme and layout) could not be read, so they were reset to the defaults.',
};

/** Opens (creating if needed) the settings folder `dir`. Damaged files are moved aside and reported in notices(). */
export async function openSettingsStore(dir: string): Promise<SettingsStore> {
  await fs.mkdir(dir, { recursive: true });
  const checklist = await openStoredDocument(dir, CHECKLIST);
  const preferences = await openStoredDocument(dir, PREFERENCES);
  const notices = [checklist.notice, preferences.notice].filter((notice): notice is string => notice !== null);

  return {
    getChecklistState: () => checklist.document.get(),
    setChecklistState: (state) => checklist.document.save(state),
    resetChecklistState: () => checklist.document.save(DEFAULT_CHECKLIST_STATE),
    getPreferences: () => preferences.document.get(),
    setPreferences: (value) => preferences.document.save(value),
    notices: () => [...notices],
  };
}
