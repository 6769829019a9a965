import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openSettingsStore } from '../../src/main/storage/file-settings-store';
import { CURRENT_SCHEMA_VERSION } from '../../src/main/storage/migrations';
import { DEFAULT_CHECKLIST_STATE, DEFAULT_PREFERENCES } from '../../src/main/storage/settings';
import type { ChecklistState, Preferences } from '../../src/shared/types';

const FILLED_IN: ChecklistState = {
  checked: ['stretch-calf', 'drink-water'],
  name: 'Ana Souza',
  date: '2026-03-14',
  notes: 'Cramp in left calf at night, eased by stretching. Ünïcödé ✓',
};

const DARK_WIDE: Preferences = {
  theme: 'dark',
  layout: { sidebarWidth: 400, checklistWidth: 500, checklistOpen: false, splitRatio: 0.3 },
  handout: {
    items: ['calf-stretch'],
    textSize: 'large',
    pageSize: 'Letter',
    diary: false,
    clinician: 'Dr Okafor',
    clinic: 'Riverside Physio',
  },
  reading: {
    textSize: 125,
    sidebarOpen: false,
    session: {
      panes: [
        { articleId: 'night-leg-cramps', scroll: 640 },
        { articleId: 'muscle-twitching', scroll: 0 },
      ],
      active: 1,
      query: 'charley horse',
    },
    recent: ['muscle-twitching', 'night-leg-cramps'],
  },
};

let dir: string;

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'spasm-storage-'));
});

afterEach(async () => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  await fs.rm(dir, { recursive: true, force: true });
});

const fileIn = (name: string) => path.join(dir, name);
const readJson = async (name: string): Promise<unknown> => JSON.parse(await fs.readFile(fileIn(name), 'utf8'));
const backupsOf = async (base: string) =>
  (await fs.readdir(dir)).filter((entry) => entry.startsWith(`${base}.corrupt-`)).sort();

describe('a new store', () => {
  it('creates a missing folder and starts from the defaults, silently', async () => {
    const nested = path.join(dir, 'does', 'not', 'exist');
    const store = await openSettingsStore(nested);

    expect(store.getChecklistState()).toEqual(DEFAULT_CHECKLIST_STATE);
    expect(store.getPreferences()).toEqual(DEFAULT_PREFERENCES);
    expect(store.notices()).toEqual([]);
    expect(await fs.readdir(nested)).toEqual([]);
  });
});

describe('saving', () => {
  it('round-trips the checklist and preferences, in a versioned envelope on disk', async () => {
    const store = await openSettingsStore(dir);

    await expect(store.setChecklistState(FILLED_IN)).resolves.toEqual(FILLED_IN);
    await expect(store.setPreferences(DARK_WIDE)).resolves.toEqual(DARK_WIDE);

    expect(store.getChecklistState()).toEqual(FILLED_IN);
    expect(store.getPreferences()).toEqual(DARK_WIDE);
    expect(await readJson('checklist.json')).toEqual({ schemaVersion: CURRENT_SCHEMA_VERSION, data: FILLED_IN });
    expect(await readJson('preferences.json')).toEqual({ schemaVersion: CURRENT_SCHEMA_VERSION, data: DARK_WIDE });
  });

  it('survives a restart', async () => {
    const first = await openSettingsStore(dir);
    await first.setChecklistState(FILLED_IN);
    await first.setPreferences(DARK_WIDE);

    const second = await openSettingsStore(dir);
    expect(second.getChecklistState()).toEqual(FILLED_IN);
    expect(second.getPreferences()).toEqual(DARK_WIDE);
    expect(second.notices()).toEqual([]);
  });

  it('hands out copies, so callers cannot change the stored state by mutating them', async () => {
    const store = await openSettingsStore(dir);
    const state = { ...FILLED_IN, checked: [...FILLED_IN.checked] };
    await store.setChecklistState(state);

    state.checked.push('sneaky');
    store.getChecklistState().checked.push('also-sneaky');
    store.getPreferences().layout.sidebarWidth = 999;

    expect(store.getChecklistState()).toEqual(FILLED_IN);
    expect(store.getPreferences()).toEqual(DEFAULT_PREFERENCES);
  });

  it('serializes concurrent writes so the last one made is the one kept', async () => {
    const store = await openSettingsStore(dir);
    const states = Array.from({ length: 25 }, (_, i) => ({ ...FILLED_IN, name: `write ${i}` }));
    const finished: string[] = [];

    await Promise.all(states.map((state) => store.setChecklistState(state).then((saved) => finished.push(saved.name))));

    expect(finished).toEqual(states.map((state) => state.name));
    expect(store.getChecklistState().name).toBe('write 24');
    expect(await readJson('checklist.json')).toMatchObject({ data: { name: 'write 24' } });
    expect((await openSettingsStore(dir)).getChecklistState().name).toBe('write 24');
  });

  it('rejects an invalid state without changing memory or disk', async () => {
    const store = await openSettingsStore(dir);
    await store.setChecklistState(FILLED_IN);

    const invalid = { ...FILLED_IN, checked: 'all of them' } as unknown as ChecklistState;
    await expect(store.setChecklistState(invalid)).rejects.toThrow();

    expect(store.getChecklistState()).toEqual(FILLED_IN);
    expect(await readJson('checklist.json')).toMatchObject({ data: FILLED_IN });
    // A failed write does not block the ones queued after it.
    await expect(store.setChecklistState({ ...FILLED_IN, name: 'after' })).resolves.toMatchObject({ name: 'after' });
  });

  it('resets the checklist to the defaults, on disk too', async () => {
    const store = await openSettingsStore(dir);
    await store.setChecklistState(FILLED_IN);

    await expect(store.resetChecklistState()).resolves.toEqual(DEFAULT_CHECKLIST_STATE);

    expect(store.getChecklistState()).toEqual(DEFAULT_CHECKLIST_STATE);
    expect((await openSettingsStore(dir)).getChecklistState()).toEqual(DEFAULT_CHECKLIST_STATE);
  });

  it('cleans up temp files left behind by a crash mid-write', async () => {
    const deadPid = 2 ** 22 + 12_345; // above Linux's pid_max: never a live process
    await fs.writeFile(fileIn(`checklist.json.${deadPid}-1.tmp`), '{"schemaVersion":1,"da');
    await fs.writeFile(fileIn(`checklist.backup.json.${deadPid}-2.tmp`), '');
    // write-file-atomic's names, from earlier versions of the app, once they are over a minute old.
    await fs.writeFile(fileIn('preferences.json.42'), '');
    const twoMinutesAgo = new Date(Date.now() - 120_000);
    await fs.utimes(fileIn('preferences.json.42'), twoMinutesAgo, twoMinutesAgo);

    const store = await openSettingsStore(dir);

    expect(store.notices()).toEqual([]);
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it('leaves alone a temp file another running instance may still be writing', async () => {
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'], { stdio: 'ignore' });
    try {
      const inFlight = `checklist.json.${other.pid}-7.tmp`;
      const legacyInFlight = 'preferences.json.123456789';
      const abandoned = `preferences.json.${other.pid}-8.tmp`;
      for (const name of [inFlight, legacyInFlight, abandoned]) await fs.writeFile(fileIn(name), '{');
      const twoMinutesAgo = new Date(Date.now() - 120_000);
      await fs.utimes(fileIn(abandoned), twoMinutesAgo, twoMinutesAgo);

      await openSettingsStore(dir);

      expect((await fs.readdir(dir)).sort()).toEqual([inFlight, legacyInFlight].sort());
    } finally {
      other.kill('SIGKILL');
    }
  });
});

describe('a damaged checklist file', () => {
  const validEnvelope = JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, data: FILLED_IN });
  const damaged: Array<[string, string]> = [
    ['invalid JSON', '{ "schemaVersion": 1, "data": { checked: [] } }'],
    ['a truncated file', validEnvelope.slice(0, Math.floor(validEnvelope.length / 2))],
    ['an empty file', ''],
    ['data of the wrong type', JSON.stringify({ schemaVersion: 1, data: 'all of it' })],
    ['a version that is not a number', JSON.stringify({ schemaVersion: '1', data: FILLED_IN })],
    ['JSON of the wrong type (an array)', JSON.stringify([FILLED_IN])],
    ['JSON of the wrong type (a number)', '42'],
    ['binary garbage', '\u0000\u00ff\u00fe garbage \u0001'],
  ];

  it.each(damaged)('%s: is moved aside with its original bytes, reset to defaults, and reported', async (_, bytes) => {
    await fs.writeFile(fileIn('checklist.json'), bytes);
    await fs.writeFile(fileIn('preferences.json'), JSON.stringify({ schemaVersion: 1, data: DARK_WIDE }));

    const store = await openSettingsStore(dir);

    expect(store.getChecklistState()).toEqual(DEFAULT_CHECKLIST_STATE);
    expect(store.getPreferences()).toEqual(DARK_WIDE);
    const backups = await backupsOf('checklist');
    expect(backups).toHaveLength(1);
    const [backup] = backups;
    expect(backup).toMatch(/^checklist\.corrupt-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z\.json$/);
    expect(await fs.readFile(fileIn(backup!), 'utf8')).toBe(bytes);
    expect(store.notices()).toEqual([
      `Your saved checklist could not be read, so it was reset. A copy of the damaged file was kept as ${backup}.`,
    ]);
    await expect(fs.access(fileIn('checklist.json'))).rejects.toThrow();

    // Saving works again, and the next start is quiet: the notice is not repeated.
    await store.setChecklistState(FILLED_IN);
    const restarted = await openSettingsStore(dir);
    expect(restarted.notices()).toEqual([]);
    expect(restarted.getChecklistState()).toEqual(FILLED_IN);
    expect(await backupsOf('checklist')).toEqual([backup]);
  });

  it('a directory in place of the file is moved aside whole', async () => {
    await fs.mkdir(fileIn('checklist.json'));
    await fs.writeFile(path.join(fileIn('checklist.json'), 'inside.txt'), 'keep me');

    const store = await openSettingsStore(dir);

    expect(store.getChecklistState()).toEqual(DEFAULT_CHECKLIST_STATE);
    const [backup] = await backupsOf('checklist');
    expect(backup).toBeDefined();
    expect(await fs.readFile(path.join(fileIn(backup!), 'inside.txt'), 'utf8')).toBe('keep me');
    expect(store.notices()).toEqual([
      `Your saved checklist could not be read, so it was reset. A copy of the damaged file was kept as ${backup}.`,
    ]);
    await store.setChecklistState(FILLED_IN);
    expect((await openSettingsStore(dir)).getChecklistState()).toEqual(FILLED_IN);
  });

  it('never overwrites an earlier backup, even within the same millisecond', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-14T09:26:53.589Z'));

    await fs.writeFile(fileIn('checklist.json'), 'first damage');
    await openSettingsStore(dir);
    await fs.writeFile(fileIn('checklist.json'), 'second damage');
    const store = await openSettingsStore(dir);

    expect(await backupsOf('checklist')).toEqual([
      'checklist.corrupt-2026-03-14T09-26-53-589Z-1.json',
      'checklist.corrupt-2026-03-14T09-26-53-589Z.json',
    ]);
    expect(await fs.readFile(fileIn('checklist.corrupt-2026-03-14T09-26-53-589Z.json'), 'utf8')).toBe('first damage');
    expect(await fs.readFile(fileIn('checklist.corrupt-2026-03-14T09-26-53-589Z-1.json'), 'utf8')).toBe(
      'second damage',
    );
    expect(store.notices()[0]).toContain('checklist.corrupt-2026-03-14T09-26-53-589Z-1.json');
  });

  it('is left untouched, and not overwritten, when it cannot be backed up', async () => {
    await fs.writeFile(fileIn('checklist.json'), 'damaged');
    const refuseBackups = (target: unknown) => String(target).includes('.corrupt-');
    const realRename = fs.rename.bind(fs);
    const realCopy = fs.copyFile.bind(fs);
    vi.spyOn(fs, 'rename').mockImplementation(async (from, to) =>
      refuseBackups(to) ? Promise.reject(new Error('EBUSY')) : realRename(from, to),
    );
    vi.spyOn(fs, 'copyFile').mockImplementation(async (from, to, mode) =>
      refuseBackups(to) ? Promise.reject(new Error('EBUSY')) : realCopy(from, to, mode),
    );

    const store = await openSettingsStore(dir);

    expect(store.getChecklistState()).toEqual(DEFAULT_CHECKLIST_STATE);
    expect(store.notices()).toEqual([
      'Your saved checklist could not be read, so it was reset. The damaged file could not be copied, so it was left as it is and changes will not be saved until the app is restarted.',
    ]);
    await expect(store.setChecklistState(FILLED_IN)).rejects.toThrow(/damaged file could not be backed up/);
    expect(await fs.readFile(fileIn('checklist.json'), 'utf8')).toBe('damaged');
    // The other file is unaffected.
    await expect(store.setPreferences(DARK_WIDE)).resolves.toEqual(DARK_WIDE);
  });
});

describe('a damaged preferences file', () => {
  it('is moved aside and reported in its own words, leaving the checklist alone', async () => {
    await fs.writeFile(fileIn('checklist.json'), JSON.stringify({ schemaVersion: 1, data: FILLED_IN }));
    await fs.writeFile(fileIn('preferences.json'), JSON.stringify({ schemaVersion: 1, data: ['sepia'] }));

    const store = await openSettingsStore(dir);

    expect(store.getChecklistState()).toEqual(FILLED_IN);
    expect(store.getPreferences()).toEqual(DEFAULT_PREFERENCES);
    const [backup] = await backupsOf('preferences');
    expect(store.notices()).toEqual([
      `Your saved preferences (theme and layout) could not be read, so they were reset to the defaults. A copy of the damaged file was kept as ${backup}.`,
    ]);
  });

  it('reports both files when both are damaged, checklist first', async () => {
    await fs.writeFile(fileIn('checklist.json'), '{');
    await fs.writeFile(fileIn('preferences.json'), '{');

    const notices = (await openSettingsStore(dir)).notices();

    expect(notices).toHaveLength(2);
    expect(notices[0]).toMatch(/^Your saved checklist/);
    expect(notices[1]).toMatch(/^Your saved preferences/);
  });
});

describe('older and newer files', () => {
  it('migrates a version 0 file (the bare object, no envelope)', async () => {
    await fs.writeFile(fileIn('checklist.json'), JSON.stringify(FILLED_IN));
    await fs.writeFile(fileIn('preferences.json'), JSON.stringify(DARK_WIDE));

    const store = await openSettingsStore(dir);

    expect(store.notices()).toEqual([]);
    expect(store.getChecklistState()).toEqual(FILLED_IN);
    expect(store.getPreferences()).toEqual(DARK_WIDE);
    // Reading does not rewrite the file; the next save writes the current version.
    expect(await readJson('checklist.json')).toEqual(FILLED_IN);
    await store.setChecklistState(FILLED_IN);
    expect(await readJson('checklist.json')).toEqual({ schemaVersion: CURRENT_SCHEMA_VERSION, data: FILLED_IN });
  });

  it('reads a preferences file from before the handout builder with the handout defaults', async () => {
    const { theme, layout } = DARK_WIDE;
    await fs.writeFile(fileIn('preferences.json'), JSON.stringify({ schemaVersion: 1, data: { theme, layout } }));

    const store = await openSettingsStore(dir);

    expect(store.notices()).toEqual([]);
    expect(store.getPreferences()).toEqual({
      theme,
      layout,
      handout: DEFAULT_PREFERENCES.handout,
      reading: DEFAULT_PREFERENCES.reading,
    });
    expect(await backupsOf('preferences')).toEqual([]);
  });

  it('drops unknown keys instead of resetting the user’s data', async () => {
    const withExtras = {
      schemaVersion: 1,
      data: { ...DARK_WIDE, fontSize: 18, layout: { ...DARK_WIDE.layout, toolbar: 'top' } },
    };
    await fs.writeFile(fileIn('preferences.json'), JSON.stringify(withExtras));
    await fs.writeFile(fileIn('checklist.json'), JSON.stringify({ schemaVersion: 1, data: { ...FILLED_IN, x: 1 } }));

    const store = await openSettingsStore(dir);

    expect(store.notices()).toEqual([]);
    expect(store.getPreferences()).toEqual(DARK_WIDE);
    expect(store.getChecklistState()).toEqual(FILLED_IN);
    expect(await backupsOf('preferences')).toEqual([]);
  });

  it('reads a preferences file from before reading comfort with the reading defaults, keeping the rest', async () => {
    const { reading: _added, ...before } = DARK_WIDE;
    await fs.writeFile(fileIn('preferences.json'), JSON.stringify({ schemaVersion: 1, data: before }));

    const store = await openSettingsStore(dir);

    expect(store.notices()).toEqual([]);
    expect(store.getPreferences()).toEqual({ ...before, reading: DEFAULT_PREFERENCES.reading });
  });

  it('forgets only a session it cannot read, keeping the text size, sidebar and theme', async () => {
    const badSession = {
      ...DARK_WIDE,
      reading: { ...DARK_WIDE.reading, session: { panes: [{ articleId: 'Not A Slug', scroll: -3 }], active: 7 } },
    };
    await fs.writeFile(fileIn('preferences.json'), JSON.stringify({ schemaVersion: 1, data: badSession }));

    const store = await openSettingsStore(dir);

    expect(store.notices()).toEqual([]);
    expect(store.getPreferences()).toEqual({
      ...DARK_WIDE,
      reading: { ...DARK_WIDE.reading, session: DEFAULT_PREFERENCES.reading.session },
    });
  });
});
