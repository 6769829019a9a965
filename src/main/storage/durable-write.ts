/**
 * Writes a file so that it is either replaced in full or left as it was: the new bytes go to a temp file
 * (every byte written, or an error; Node's FileHandle.writeFile loops over short writes and throws on ENOSPC),
 * which is synced, checked by size and read back before it is renamed over the target, and the folder is
 * synced so the rename survives a power cut. Optionally the version being replaced is kept as a backup.
 */
import fs, { type FileHandle } from 'node:fs/promises';
import path from 'node:path';

/** Thrown when the file on disk does not hold exactly the bytes that were written. */
export class IncompleteWriteError extends Error {
  readonly code = 'EINCOMPLETE';
  constructor(file: string, expected: number, actual: number) {
    super(`${path.basename(file)}: wrote ${expected} bytes but ${actual} reached the disk`);
    this.name = 'IncompleteWriteError';
  }
}

let sequence = 0;

/** `<file>.<pid>-<n>.tmp`: the pid tells a starting instance whether the writer is still alive (see below). */
function tempPathFor(file: string): string {
  sequence += 1;
  return `${file}.${process.pid}-${sequence}.tmp`;
}

export interface DurableWriteOptions {
  /** Before replacing `file`, keep the current version under this path (best effort, never blocks the write). */
  backup?: string;
}

export async function writeFileDurably(file: string, text: string, options: DurableWriteOptions = {}): Promise<void> {
  const bytes = Buffer.from(text, 'utf8');
  const temp = tempPathFor(file);
  try {
    await writeAndVerify(temp, bytes);
    if (options.backup) await keepBackup(file, options.backup);
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncDirectory(path.dirname(file));
}

async function writeAndVerify(temp: string, bytes: Buffer): Promise<void> {
  const handle = await fs.open(temp, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
    const { size } = await handle.stat();
    if (size !== bytes.length) throw new IncompleteWriteError(temp, bytes.length, size);
  } finally {
    await handle.close();
  }
  // Read back what the filesystem now holds: a file that does not match is never renamed into place.
  const written = await fs.readFile(temp);
  if (!written.equals(bytes)) throw new IncompleteWriteError(temp, bytes.length, written.length);
}

/**
 * Keeps the current file as `backup`. A hard link costs no space (it matters on a full disk); where links
 * are not supported (e.g. FAT), a copy. If neither works the older backup stays, which is still a good one.
 */
async function keepBackup(file: string, backup: string): Promise<void> {
  const temp = tempPathFor(backup);
  try {
    try {
      await fs.link(file, temp);
    } catch {
      await fs.copyFile(file, temp, fs.constants.COPYFILE_EXCL);
    }
    await fs.rename(temp, backup);
  } catch {
    await fs.rm(temp, { force: true }).catch(() => undefined);
  }
}

/** Temp files younger than this are left alone if their writer might still be alive. */
const STALE_AFTER_MS = 60_000;
const TEMP_FILE = /^(.+)\.(\d+)-\d+\.tmp$/;
/** The names write-file-atomic used in earlier versions of the app: `<file>.<number>`. */
const LEGACY_TEMP_FILE = /^(.+)\.(\d+)$/;

/**
 * Removes temp files for `names` left behind by a crash, but never one another running instance may still
 * be writing: only those whose writer's pid is gone, or that are older than a minute.
 */
export async function removeStaleTempFiles(dir: string, names: readonly string[]): Promise<void> {
  const entries = await fs.readdir(dir);
  const now = Date.now();
  await Promise.all(
    entries.map(async (entry) => {
      const current = TEMP_FILE.exec(entry);
      const legacy = current ? null : LEGACY_TEMP_FILE.exec(entry);
      const match = current ?? legacy;
      if (!match || !names.includes(match[1] ?? '')) return;
      const file = path.join(dir, entry);
      const writerGone = current !== null && !isAlive(Number(match[2]));
      if (!writerGone) {
        const stats = await fs.lstat(file).catch(() => null);
        if (!stats || now - stats.mtimeMs < STALE_AFTER_MS) return;
      }
      await fs.rm(file, { force: true, recursive: true }).catch(() => undefined);
    }),
  );
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Windows cannot open a folder this way, which is harmless there, so failures are ignored. */
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
