/**
 * One settings file: a versioned JSON document that is read once at startup, kept in memory, and written
 * back atomically (temp file + fsync + rename) through a queue so writes land in the order they were made.
 * A file that cannot be read is moved aside, never deleted, and the defaults are used instead.
 */
import fs, { type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { z } from 'zod';
import { upgradeToCurrent, wrapInEnvelope } from './migrations';
import { createSerialQueue } from './serial-queue';

export interface DocumentSpec<T> {
  /** File name inside the store's folder, e.g. `checklist.json`. */
  fileName: string;
  /** Validates what is read from disk and what is written; should drop unknown keys rather than fail. */
  schema: z.ZodType<T>;
  defaults: T;
  /** First sentence of the notice shown when the file could not be read, e.g. "Your saved checklist ...". */
  readFailure: string;
}

export interface StoredDocument<T> {
  get(): T;
  /** Resolves with the saved value once it is on disk. */
  save(value: T): Promise<T>;
}

export interface OpenedDocument<T> {
  document: StoredDocument<T>;
  /** Plain-language message for the user, if the file was damaged. */
  notice: string | null;
}

type ReadOutcome<T> = { kind: 'missing' } | { kind: 'ok'; value: T } | { kind: 'unreadable'; reason: string };

export async function openStoredDocument<T>(dir: string, spec: DocumentSpec<T>): Promise<OpenedDocument<T>> {
  const file = path.join(dir, spec.fileName);
  await removeLeftoverTempFiles(dir, spec.fileName);

  const outcome = await readDocument(file, spec.schema);
  let current = outcome.kind === 'ok' ? outcome.value : structuredClone(spec.defaults);
  let notice: string | null = null;
  // Set when a damaged file could not be backed up: it is then left alone rather than overwritten.
  let refusal: string | null = null;

  if (outcome.kind === 'unreadable') {
    const backupName = await moveAside(dir, spec.fileName);
    if (backupName) {
      notice = `${spec.readFailure} A copy of the damaged file was kept as ${backupName}.`;
    } else {
      notice = `${spec.readFailure} The damaged file could not be copied, so it was left as it is and changes will not be saved until the app is restarted.`;
      refusal = `${spec.fileName} is damaged and could not be backed up (${outcome.reason}); not overwriting it`;
    }
  }

  const queue = createSerialQueue();
  const document: StoredDocument<T> = {
    get: () => structuredClone(current),
    save: (value) =>
      queue.run(async () => {
        if (refusal) throw new Error(refusal);
        const valid = spec.schema.parse(value);
        await writeFileAtomic(file, `${JSON.stringify(wrapInEnvelope(valid), null, 2)}\n`);
        await syncDirectory(dir);
        // Memory only follows a successful write, so it always matches what a restart would read.
        current = valid;
        return structuredClone(valid);
      }),
  };
  return { document, notice };
}

async function readDocument<T>(file: string, schema: z.ZodType<T>): Promise<ReadOutcome<T>> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { kind: 'missing' };
    return { kind: 'unreadable', reason: `cannot read the file: ${errorMessage(error)}` };
  }

  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { kind: 'unreadable', reason: `not valid JSON: ${errorMessage(error)}` };
  }

  const upgraded = upgradeToCurrent(parsed);
  if (!upgraded.ok) return { kind: 'unreadable', reason: upgraded.reason };

  const result = schema.safeParse(upgraded.data);
  if (!result.success) return { kind: 'unreadable', reason: `does not match the schema: ${result.error.message}` };
  return { kind: 'ok', value: result.data };
}

/** Moves (or, failing that, copies) a damaged file to `<name>.corrupt-<timestamp>.json`; null if neither worked. */
async function moveAside(dir: string, fileName: string): Promise<string | null> {
  const file = path.join(dir, fileName);
  const backupName = await unusedBackupName(dir, fileName);
  const backup = path.join(dir, backupName);
  try {
    await fs.rename(file, backup);
    return backupName;
  } catch {
    // Renaming can fail where copying works, e.g. a file held open by a virus scanner on Windows.
  }
  try {
    await fs.copyFile(file, backup, fs.constants.COPYFILE_EXCL);
    return backupName;
  } catch {
    return null;
  }
}

async function unusedBackupName(dir: string, fileName: string): Promise<string> {
  const { name, ext } = path.parse(fileName);
  // Colons are not allowed in Windows file names.
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  for (let attempt = 0; ; attempt += 1) {
    const candidate = `${name}.corrupt-${stamp}${attempt === 0 ? '' : `-${attempt}`}${ext}`;
    if (!(await exists(path.join(dir, candidate)))) return candidate;
  }
}

/** write-file-atomic names its temp files `<file>.<number>`; a crash mid-write leaves one behind. */
async function removeLeftoverTempFiles(dir: string, fileName: string): Promise<void> {
  const escaped = fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const tempName = new RegExp(`^${escaped}\\.\\d+$`);
  const entries = await fs.readdir(dir);
  await Promise.all(
    entries.filter((entry) => tempName.test(entry)).map((entry) => fs.rm(path.join(dir, entry), { force: true })),
  );
}

/**
 * write-file-atomic fsyncs the file but not the folder; syncing the folder makes the rename itself survive a
 * power cut. Windows cannot open a folder this way, which is harmless there, so failures are ignored.
 */
async function syncDirectory(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch {
    // Best effort; see above.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch {
    return false;
  }
}

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
