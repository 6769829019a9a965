/**
 * Storage on a nearly full disk: a real 64 KiB tmpfs, filled to several free-space levels, then saves of
 * realistic sizes. At every level a save either lands on disk in full (and a fresh store reads it back) or
 * fails with a disk-full message, and the previous state survives. Needs permission to mount (CI runs as
 * root); elsewhere the test is skipped and says why.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSettingsStore } from '../../src/main/storage/file-settings-store';
import type { ChecklistState } from '../../src/shared/types';

const FS_SIZE = 64 * 1024;
/** Free bytes left on the filesystem before each save. */
const FREE_LEVELS = [0, 512, 2_048, 4_096, 6_144, 10_240, 16_384];
/** Files of roughly 0.6, 2.5, 5 and 9 KB: a fresh checklist up to long notes and every box ticked. */
const SAVES = [
  { notes: 200, ticks: 10 },
  { notes: 2_000, ticks: 20 },
  { notes: 4_500, ticks: 30 },
  { notes: 5_000, ticks: 160 },
];

const mountPoint = await fs.mkdtemp(path.join(os.tmpdir(), 'spasm-tiny-disk-'));
const mountProblem = tryMount(mountPoint);

function tryMount(target: string): string | null {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${FS_SIZE},mode=0700`, 'tmpfs', target], { stdio: 'pipe' });
    return null;
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    return `cannot mount a tmpfs here (${stderr || (error as Error).message}); this test needs root or CAP_SYS_ADMIN`;
  }
}

afterAll(async () => {
  if (!mountProblem) execFileSync('umount', [mountPoint]);
  await fs.rm(mountPoint, { recursive: true, force: true });
});

function stateOf(label: string, notesLength: number, ticks: number): ChecklistState {
  return {
    checked: Array.from({ length: ticks }, (_, i) => `item-${label}-${i}`),
    name: `Person ${label}`,
    date: '2026-12-01',
    notes: `${label}:${'n'.repeat(notesLength)}`.slice(0, 5_000),
  };
}

async function freeBytes(dir: string): Promise<number> {
  const stats = await fs.statfs(dir);
  return stats.bavail * stats.bsize;
}

/** Fills the filesystem so that about `free` bytes stay available (tmpfs counts whole 4 KiB pages). */
async function fillTo(dir: string, free: number): Promise<void> {
  const filler = path.join(dir, 'filler');
  await fs.rm(filler, { force: true });
  const available = await freeBytes(dir);
  const size = Math.max(0, available - free);
  if (size === 0) return;
  // A partial write is expected when the request is larger than what is left: fill what fits.
  const handle = await fs.open(filler, 'w');
  try {
    await handle.writeFile(Buffer.alloc(size, 0x61));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    await handle.close();
  }
}

describe.skipIf(mountProblem !== null)('saving on a nearly full disk (64 KiB tmpfs)', () => {
  const settings = path.join(mountPoint, 'settings');

  beforeAll(() => {
    if (mountProblem) console.info(`skipped: ${mountProblem}`);
  });

  const summary: string[] = [];
  afterAll(() => console.info(`disk-full storage test:\n${summary.join('\n')}`));

  it.each(FREE_LEVELS)(
    'with %i bytes free, no save loses the previous state or reports success falsely',
    async (free) => {
      await fs.rm(settings, { recursive: true, force: true });
      await fs.rm(path.join(mountPoint, 'filler'), { force: true });
      const store = await openSettingsStore(settings);
      let lastGood = stateOf('baseline', 1_500, 20);
      await store.setChecklistState(lastGood);

      const outcomes: string[] = [];
      for (const [round, { notes, ticks }] of SAVES.entries()) {
        await fillTo(mountPoint, free);
        const next = stateOf(`r${round}`, notes, ticks);
        const size = JSON.stringify({ schemaVersion: 1, data: next }, null, 2).length;
        let saved = false;
        try {
          await store.setChecklistState(next);
          saved = true;
        } catch (error) {
          expect((error as Error).message, 'a failed save says the disk is full').toMatch(/disk is full/i);
        }
        outcomes.push(`${size} B ${saved ? 'saved' : 'refused'}`);
        if (saved) lastGood = next;

        // What a restart would see: exactly the last state a save reported as done, with no complaint.
        const fresh = await openSettingsStore(settings);
        expect(fresh.getChecklistState(), `free ${free}, round ${round}`).toEqual(lastGood);
        expect(fresh.notices()).toEqual([]);
        expect(store.getChecklistState()).toEqual(lastGood);
        const leftovers = (await fs.readdir(settings)).filter((entry) => entry.endsWith('.tmp'));
        expect(leftovers, 'no temp file left behind').toEqual([]);
      }
      summary.push(`  ${free} B free: ${outcomes.join(', ')}`);
    },
  );
});
