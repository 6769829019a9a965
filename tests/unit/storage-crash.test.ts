/**
 * Kills a process that is busy saving settings (SIGKILL: no cleanup, no exit handlers) at random moments,
 * over and over, and checks after every kill that what is on disk is whole and valid, that nothing a save
 * had already reported as done was lost, and that the next start finds nothing to complain about.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openSettingsStore } from '../../src/main/storage/file-settings-store';
import { CURRENT_SCHEMA_VERSION } from '../../src/main/storage/migrations';
import { checklistStateSchema, preferencesSchema } from '../../src/shared/contract';

const KILLS = 32;
/** Independent writers killed side by side, each in its own folder: process start-up dominates, so this halves the time. */
const LANES = 2;
/** How long after its first completed save the writer is killed, at most. */
const MAX_KILL_DELAY_MS = 80;
const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WRITER = fileURLToPath(new URL('../fixtures/storage-writer.ts', import.meta.url));
const SETTINGS_FILES = ['checklist.json', 'preferences.json'];
/** The last good version each save replaced. */
const BACKUP_FILES = ['checklist.backup.json', 'preferences.backup.json'];
/** Temp files (`<file>.<pid>-<n>.tmp`), which a kill mid-write may leave behind. */
const TEMP_FILE = /^(checklist|preferences)(\.backup)?\.json\.\d+-\d+\.tmp$/;

let root: string;

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'spasm-storage-crash-'));
});

afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

interface KilledRun {
  /** The highest save number the writer reported as finished before it died. */
  lastReported: number;
}

/** Starts the writer, waits for its first finished save, then SIGKILLs it after a random delay. */
function runWriterAndKill(dir: string, delayMs: number): Promise<KilledRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dir], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let killScheduled = false;
    let killed = false;
    const giveUp = setTimeout(() => child.kill('SIGKILL'), 15_000);

    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (!killScheduled && stdout.includes('saved ')) {
        killScheduled = true;
        setTimeout(() => {
          killed = child.kill('SIGKILL');
        }, delayMs);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(giveUp);
      if (!killed || signal !== 'SIGKILL') {
        reject(new Error(`writer ended by itself (code ${code}, signal ${signal}):\n${stderr}`));
        return;
      }
      const numbers = [...stdout.matchAll(/^saved (\d+)$/gm)].map((match) => Number(match[1]));
      resolve({ lastReported: Math.max(0, ...numbers) });
    });
  });
}

/** Reads a settings file straight from disk and checks it is a whole, current-version, valid document. */
async function readValidDocument(dir: string, name: string): Promise<unknown> {
  const text = await fs.readFile(path.join(dir, name), 'utf8');
  const parsed: unknown = JSON.parse(text);
  expect(parsed).toMatchObject({ schemaVersion: CURRENT_SCHEMA_VERSION });
  return (parsed as { data: unknown }).data;
}

interface LaneResult {
  savesSurvived: number;
  killsLeavingTempFiles: number;
}

/** Kills a writer in `dir` `kills` times, checking the folder after each kill. */
async function killRepeatedly(dir: string, kills: number): Promise<LaneResult> {
  let previousOnDisk = 0;
  let killsLeavingTempFiles = 0;

  for (let kill = 1; kill <= kills; kill += 1) {
    const where = `${path.basename(dir)}, kill ${kill}`;
    const { lastReported } = await runWriterAndKill(dir, Math.random() * MAX_KILL_DELAY_MS);

    const entries = await fs.readdir(dir);
    const leftovers = entries.filter((entry) => !SETTINGS_FILES.includes(entry) && !BACKUP_FILES.includes(entry));
    expect(
      leftovers.filter((entry) => !TEMP_FILE.test(entry)),
      `${where}: unexpected files`,
    ).toEqual([]);
    if (leftovers.length > 0) killsLeavingTempFiles += 1;

    const checklist = checklistStateSchema.parse(await readValidDocument(dir, 'checklist.json'));
    preferencesSchema.parse(await readValidDocument(dir, 'preferences.json'));
    const onDisk = Number(checklist.name);
    expect(checklist.notes.startsWith(`${onDisk}:`), `${where}: notes from another save`).toBe(true);
    // Every save the writer reported as finished is on disk, and each run made progress.
    expect(onDisk, `${where}: a finished save was lost`).toBeGreaterThanOrEqual(lastReported);
    expect(onDisk, `${where}: the writer made no progress`).toBeGreaterThan(previousOnDisk);
    previousOnDisk = onDisk;

    const reopened = await openSettingsStore(dir);
    expect(reopened.notices(), `${where}: notices after restart`).toEqual([]);
    expect(reopened.getChecklistState()).toEqual(checklist);
    const afterRestart = (await fs.readdir(dir)).filter((entry) => !BACKUP_FILES.includes(entry));
    expect(afterRestart.sort(), `${where}: temp files not cleaned up`).toEqual(SETTINGS_FILES);
  }
  return { savesSurvived: previousOnDisk, killsLeavingTempFiles };
}

it(`leaves whole, valid files after being killed mid-write ${KILLS} times`, { timeout: 120_000 }, async () => {
  const started = performance.now();

  const lanes = await Promise.all(
    Array.from({ length: LANES }, async (_, lane) => {
      const dir = path.join(root, `lane-${lane + 1}`);
      await fs.mkdir(dir);
      return killRepeatedly(dir, Math.ceil(KILLS / LANES));
    }),
  );

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const saves = lanes.reduce((sum, lane) => sum + lane.savesSurvived, 0);
  const withTemp = lanes.reduce((sum, lane) => sum + lane.killsLeavingTempFiles, 0);
  console.info(
    `storage crash test: ${LANES * Math.ceil(KILLS / LANES)} kills in ${seconds} s, ${saves} saves survived, ` +
      `${withTemp} kills left a temp file behind (caught mid-write)`,
  );
});
