/**
 * Nothing the person saved is thrown away for one bad field, an editor's encoding, a newer app's file, an
 * unusable folder or a failed write; and a failed write says why.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HandlerError } from '../../src/main/handler-error';
import { openSettingsStore } from '../../src/main/storage/file-settings-store';
import { CURRENT_SCHEMA_VERSION } from '../../src/main/storage/migrations';
import { DEFAULT_CHECKLIST_STATE, DEFAULT_PREFERENCES } from '../../src/main/storage/settings';
import type { ChecklistState } from '../../src/shared/types';

const FILLED_IN: ChecklistState = {
  checked: ['stretch-calf', 'drink-water'],
  name: 'Ana Souza',
  date: '2026-03-14',
  notes: 'Cramp in left calf at night. Ünïcödé ✓',
};
const LATER: ChecklistState = { ...FILLED_IN, checked: ['heat'], notes: 'later notes' };

let dir: string;

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'spasm-recovery-'));
});

afterEach(async () => {
  vi.restoreAllMocks();
  await fs.rm(dir, { recursive: true, force: true });
});

const fileIn = (name: string) => path.join(dir, name);
const envelope = (data: unknown, schemaVersion = CURRENT_SCHEMA_VERSION) => JSON.stringify({ schemaVersion, data });
const entries = async () => (await fs.readdir(dir)).sort();

describe('text encodings editors write', () => {
  it.each([
    [
      'UTF-8 with a byte order mark',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(envelope(FILLED_IN))]),
    ],
    [
      'UTF-16 LE with a byte order mark',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(envelope(FILLED_IN), 'utf16le')]),
    ],
    [
      'UTF-16 BE with a byte order mark',
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(envelope(FILLED_IN), 'utf16le').swap16()]),
    ],
    ['UTF-16 LE without a byte order mark', Buffer.from(envelope(FILLED_IN), 'utf16le')],
  ])('%s is read as it is, quietly', async (_, bytes) => {
    await fs.writeFile(fileIn('checklist.json'), bytes);

    const store = await openSettingsStore(dir);

    expect(store.getChecklistState()).toEqual(FILLED_IN);
    expect(store.notices()).toEqual([]);
    expect(await entries()).toEqual(['checklist.json']);
  });
});

describe('a file with some bad fields', () => {
  it('one over-long tick id drops that tick only; the rest is kept and the file as it was is copied', async () => {
    const bytes = envelope({ ...FILLED_IN, checked: ['stretch-calf', 'x'.repeat(101), 'drink-water'] });
    await fs.writeFile(fileIn('checklist.json'), bytes);

    const store = await openSettingsStore(dir);

    expect(store.getChecklistState()).toEqual(FILLED_IN);
    const [copy] = (await entries()).filter((entry) => entry.startsWith('checklist.corrupt-'));
    expect(await fs.readFile(fileIn(copy!), 'utf8')).toBe(bytes);
    expect(store.notices()).toEqual([
      `Part of your saved checklist could not be read (checked), so only that part was reset and the rest was kept. A copy of the file as it was is kept as ${copy}.`,
    ]);
    expect(store.checklistBackup()).toBeNull();
  });

  it('a missing or wrong field is reset alone', async () => {
    await fs.writeFile(
      fileIn('checklist.json'),
      envelope({ checked: FILLED_IN.checked, name: 7, date: FILLED_IN.date }),
    );
    await fs.writeFile(
      fileIn('preferences.json'),
      envelope({ theme: 'sepia', layout: { ...DEFAULT_PREFERENCES.layout, sidebarWidth: 400 } }),
    );

    const store = await openSettingsStore(dir);

    expect(store.getChecklistState()).toEqual({ ...FILLED_IN, name: '', notes: '' });
    expect(store.getPreferences()).toEqual({
      ...DEFAULT_PREFERENCES,
      layout: { ...DEFAULT_PREFERENCES.layout, sidebarWidth: 400 },
    });
    expect(store.notices()[0]).toMatch(/^Part of your saved checklist could not be read \(name, notes\)/);
    expect(store.notices()[1]).toMatch(/^Part of your saved preferences could not be read \(theme\)/);
  });
});

describe('a file from a newer version of the app', () => {
  it('is read as far as understood, never moved aside or overwritten, and saving is refused with the reason', async () => {
    const newer = envelope(
      { ...FILLED_IN, checked: [{ id: 'stretch-calf', at: '2027-01-01' }], mood: 'ok' },
      CURRENT_SCHEMA_VERSION + 1,
    );
    await fs.writeFile(fileIn('checklist.json'), newer);

    const store = await openSettingsStore(dir);

    expect(store.getChecklistState()).toEqual({ ...FILLED_IN, checked: [] });
    expect(store.notices()).toEqual([
      'Your saved checklist was written by a newer version of Spasm Guide. It is shown as far as this version understands it, but changes will not be saved, so that the newer file is not overwritten. Update Spasm Guide to make changes again.',
    ]);
    const refusal = store.setChecklistState(LATER);
    await expect(refusal).rejects.toBeInstanceOf(HandlerError);
    await expect(refusal).rejects.toThrow(/written by a newer version of Spasm Guide/);
    await expect(store.resetChecklistState()).rejects.toThrow(/newer version/);
    expect(await entries()).toEqual(['checklist.json']);
    expect(await fs.readFile(fileIn('checklist.json'), 'utf8')).toBe(newer);
  });
});

describe('the backup of the last good version', () => {
  it('keeps the version each save replaced', async () => {
    const store = await openSettingsStore(dir);
    await store.setChecklistState(FILLED_IN);
    await store.setChecklistState(LATER);

    expect(JSON.parse(await fs.readFile(fileIn('checklist.backup.json'), 'utf8'))).toEqual(
      JSON.parse(envelope(FILLED_IN)),
    );
    expect(await entries()).toEqual(['checklist.backup.json', 'checklist.json']);
  });

  it('is used, and the person told, when the file cannot be read at all', async () => {
    const first = await openSettingsStore(dir);
    await first.setChecklistState(FILLED_IN);
    await first.setChecklistState(LATER);
    await fs.writeFile(fileIn('checklist.json'), envelope(LATER).slice(0, 40));

    const store = await openSettingsStore(dir);

    expect(store.getChecklistState()).toEqual(FILLED_IN);
    const [aside] = (await entries()).filter((entry) => entry.startsWith('checklist.corrupt-'));
    expect(store.notices()).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Your saved checklist could not be read, so the version saved on \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC was used instead\\. A copy of the damaged file was kept as ${aside}\\.$`,
        ),
      ),
    ]);
    // The damaged file never becomes the backup: after the next save the backup is still the good version.
    await store.setChecklistState(LATER);
    expect(JSON.parse(await fs.readFile(fileIn('checklist.backup.json'), 'utf8'))).toEqual(
      JSON.parse(envelope(FILLED_IN)),
    );
    expect((await openSettingsStore(dir)).notices()).toEqual([]);
  });

  it('can be restored when only part of the file could be read', async () => {
    const first = await openSettingsStore(dir);
    await first.setChecklistState(FILLED_IN);
    await first.setChecklistState(LATER);
    await fs.writeFile(fileIn('checklist.json'), envelope({ ...LATER, notes: 42 }));

    const store = await openSettingsStore(dir);
    expect(store.getChecklistState()).toEqual({ ...LATER, notes: '' });
    expect(store.notices()[0]).toMatch(/To go back to the version saved on .* instead, choose “Restore the backup”\.$/);
    expect(store.checklistBackup()).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d UTC$/);

    await expect(store.restoreChecklistBackup()).resolves.toEqual(FILLED_IN);

    expect(store.getChecklistState()).toEqual(FILLED_IN);
    expect(store.checklistBackup()).toBeNull();
    expect((await openSettingsStore(dir)).getChecklistState()).toEqual(FILLED_IN);
  });

  it('restoring without a usable backup is a clear not-found', async () => {
    const store = await openSettingsStore(dir);
    await expect(store.restoreChecklistBackup()).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('an unusable settings folder', () => {
  const expectInMemory = async (target: string) => {
    const store = await openSettingsStore(target);

    expect(store.notices()).toEqual([
      expect.stringMatching(
        /^Spasm Guide cannot use its settings folder \(E[A-Z]+: .*\), so your ticks, notes, theme and layout are kept only until you close the app\.$/,
      ),
    ]);
    expect(store.getChecklistState()).toEqual(DEFAULT_CHECKLIST_STATE);
    await expect(store.setChecklistState(FILLED_IN)).resolves.toEqual(FILLED_IN);
    expect(store.getChecklistState()).toEqual(FILLED_IN);
    await expect(
      store.setChecklistState({ ...FILLED_IN, checked: 'x' } as unknown as ChecklistState),
    ).rejects.toThrow();
    return store;
  };

  it('a file in its place: settings live in memory and a notice says so', async () => {
    await fs.writeFile(fileIn('settings'), 'not a folder');
    await expectInMemory(fileIn('settings'));
    expect(await fs.readFile(fileIn('settings'), 'utf8')).toBe('not a folder');
  });

  it('a folder that cannot be created (its parent is a file)', async () => {
    await fs.writeFile(fileIn('parent'), '');
    await expectInMemory(path.join(fileIn('parent'), 'settings'));
  });

  it('a folder that cannot be read', async () => {
    // Permission bits do not stop root (the test may run as root), so the refusal is injected.
    const realReaddir = fs.readdir.bind(fs);
    vi.spyOn(fs, 'readdir').mockImplementation((async (target: string, options?: unknown) => {
      if (String(target) === dir)
        throw Object.assign(new Error(`EACCES: permission denied, scandir '${dir}'`), { code: 'EACCES' });
      return realReaddir(target, options as undefined);
    }) as typeof fs.readdir);
    await expectInMemory(dir);
  });
});

describe('a save that fails', () => {
  const failWith = (code: string) => {
    const realOpen = fs.open.bind(fs);
    vi.spyOn(fs, 'open').mockImplementation(async (target, flags, mode) => {
      if (String(target).endsWith('.tmp')) throw Object.assign(new Error(`${code}: injected`), { code });
      return realOpen(target, flags, mode);
    });
  };

  it.each([
    [
      'ENOSPC',
      /^The disk is full, so your checklist could not be saved\. Free up some disk space and try again; what you saved before is unchanged\.$/,
    ],
    ['EDQUOT', /^The disk is full/],
    [
      'EACCES',
      /^Spasm Guide's settings folder cannot be written to \(EACCES\), so your checklist could not be saved\. What you saved before is unchanged\.$/,
    ],
    ['EPERM', /cannot be written to \(EPERM\)/],
    ['EROFS', /is on a read-only disk \(EROFS\)/],
  ])('%s is reported as such and loses nothing', async (code, message) => {
    const store = await openSettingsStore(dir);
    await store.setChecklistState(FILLED_IN);
    failWith(code);

    const failed = store.setChecklistState(LATER);
    await expect(failed).rejects.toBeInstanceOf(HandlerError);
    await expect(failed).rejects.toThrow(message);

    vi.restoreAllMocks();
    expect(store.getChecklistState()).toEqual(FILLED_IN);
    expect((await openSettingsStore(dir)).getChecklistState()).toEqual(FILLED_IN);
  });

  it('a short write (the bytes a filesystem accepted are fewer than asked) is caught before the rename', async () => {
    const store = await openSettingsStore(dir);
    await store.setChecklistState(FILLED_IN);
    // What write-file-atomic did on a nearly full disk: one write() call, its byte count never checked.
    const realOpen = fs.open.bind(fs);
    vi.spyOn(fs, 'open').mockImplementation(async (target, flags, mode) => {
      const handle = await realOpen(target, flags, mode);
      if (!String(target).endsWith('.tmp')) return handle;
      return new Proxy(handle, {
        get(real, key) {
          if (key === 'writeFile')
            return async (data: Buffer) => void (await real.write(data, 0, Math.min(64, data.length)));
          const value = Reflect.get(real, key) as unknown;
          return typeof value === 'function' ? value.bind(real) : value;
        },
      });
    });

    await expect(store.setChecklistState(LATER)).rejects.toThrow(/could not be written to the disk in full/);

    vi.restoreAllMocks();
    expect(await entries()).toEqual(['checklist.json']);
    expect((await openSettingsStore(dir)).getChecklistState()).toEqual(FILLED_IN);
  });
});
