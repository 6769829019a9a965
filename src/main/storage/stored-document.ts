/**
 * One settings file: a versioned JSON document that is read once at startup, kept in memory, and written
 * back durably (see durable-write.ts) through a queue so writes land in the order they were made. The version
 * it replaces is kept as `<name>.backup.json`.
 *
 * Reading never throws the person's data away: a file with some bad fields keeps the good ones; a file that
 * cannot be read at all falls back to the backup; a damaged file is kept aside, never deleted; a file from a
 * newer version of the app is read as far as we understand it and never overwritten.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { HandlerError } from '../handler-error';
import { decodeText } from './decode-text';
import { removeStaleTempFiles, writeFileDurably } from './durable-write';
import { upgradeToCurrent, wrapInEnvelope } from './migrations';
import { salvage } from './salvage';
import { createSerialQueue } from './serial-queue';
import { describeSaveFailure, errorCode, errorMessage } from './storage-failure';

export interface DocumentSpec<T> {
  /** File name inside the store's folder, e.g. `checklist.json`. */
  fileName: string;
  /** What the file holds, for messages: "your saved <what>", e.g. `checklist`. */
  what: string;
  /** Validates what is read from disk and what is written; should drop unknown keys rather than fail. */
  schema: z.ZodType<T>;
  defaults: T;
  /** First sentence of the notice shown when the file could not be read, e.g. "Your saved checklist ...". */
  readFailure: string;
}

export interface StoredDocument<T> {
  get(): T;
  /** Resolves with the saved value once it is on disk in full; rejects (with a HandlerError saying why) otherwise. */
  save(value: T): Promise<T>;
  /** When the backup was saved (ISO), if a read problem at startup makes it worth offering; else null. */
  backupOffer(): string | null;
  /** Replaces the current value with the backup, on disk too. */
  restoreBackup(): Promise<T>;
}

export interface OpenedDocument<T> {
  document: StoredDocument<T>;
  /** Plain-language message for the user, if the file could not be read as it was. */
  notice: string | null;
}

type ReadOutcome =
  | { kind: 'missing' }
  | { kind: 'unreadable'; reason: string }
  | { kind: 'current'; data: unknown }
  | { kind: 'newer'; version: number; data: unknown };

export function backupNameOf(fileName: string): string {
  const { name, ext } = path.parse(fileName);
  return `${name}.backup${ext}`;
}

export async function openStoredDocument<T>(dir: string, spec: DocumentSpec<T>): Promise<OpenedDocument<T>> {
  const file = path.join(dir, spec.fileName);
  const backupFile = path.join(dir, backupNameOf(spec.fileName));
  await removeStaleTempFiles(dir, [spec.fileName, backupNameOf(spec.fileName)]);

  const opened = await readWithFallback(dir, spec, file, backupFile);
  let current = opened.value;
  let offer = opened.offer;
  // The backup is only replaced by a file known to be good, never by a damaged one.
  let fileIsGood = opened.fileIsGood;

  const queue = createSerialQueue();
  const write = async (value: T): Promise<T> => {
    if (opened.refusal) throw new HandlerError('unavailable', opened.refusal);
    const valid = spec.schema.parse(value);
    try {
      await writeFileDurably(file, `${JSON.stringify(wrapInEnvelope(valid), null, 2)}\n`, {
        backup: fileIsGood ? backupFile : undefined,
      });
    } catch (error) {
      throw describeSaveFailure(error, spec.what);
    }
    // Memory only follows a successful write, so it always matches what a restart would read.
    fileIsGood = true;
    current = valid;
    return structuredClone(valid);
  };

  const document: StoredDocument<T> = {
    get: () => structuredClone(current),
    save: (value) => queue.run(() => write(value)),
    backupOffer: () => offer?.savedAt ?? null,
    restoreBackup: () =>
      queue.run(async () => {
        const backup = await readValid(backupFile, spec.schema);
        if (!backup) throw new HandlerError('not-found', `There is no usable backup of your ${spec.what}.`);
        const restored = await write(backup.value);
        offer = null;
        return restored;
      }),
  };
  return { document, notice: opened.notice };
}

interface Opened<T> {
  value: T;
  notice: string | null;
  offer: { savedAt: string } | null;
  fileIsGood: boolean;
  /** Set when saving must not happen, with the reason to give. */
  refusal: string | null;
}

async function readWithFallback<T>(
  dir: string,
  spec: DocumentSpec<T>,
  file: string,
  backupFile: string,
): Promise<Opened<T>> {
  const outcome = await readDocument(file);
  const opened: Opened<T> = {
    value: structuredClone(spec.defaults),
    notice: null,
    offer: null,
    fileIsGood: false,
    refusal: null,
  };
  const backup = () => readValid(backupFile, spec.schema);

  if (outcome.kind === 'missing') {
    // Only a crash between two renames or a deleted file leaves a backup without its file.
    const kept = await backup();
    if (kept) {
      opened.value = kept.value;
      opened.notice = `Your saved ${spec.what} was missing, so the version saved on ${kept.savedAt} was used.`;
    }
    return opened;
  }

  if (outcome.kind === 'newer') {
    opened.value = salvage(spec.schema, outcome.data, spec.defaults).value;
    opened.notice =
      `Your saved ${spec.what} was written by a newer version of Spasm Guide. It is shown as far as this ` +
      'version understands it, but changes will not be saved, so that the newer file is not overwritten. ' +
      'Update Spasm Guide to make changes again.';
    opened.refusal =
      `Changes to your ${spec.what} are not saved because it was written by a newer version of Spasm Guide ` +
      '(saving would overwrite it). Update Spasm Guide to save changes again.';
    return opened;
  }

  if (outcome.kind === 'current') {
    const { value, dropped } = salvage(spec.schema, outcome.data, spec.defaults);
    opened.value = value;
    if (dropped.length === 0) {
      opened.fileIsGood = true;
      return opened;
    }
    if (!dropped.includes('everything')) {
      // Some fields were bad: keep the rest, keep a copy of the file as it was, and offer the backup.
      const copy = await keepAside(dir, spec.fileName, 'copy');
      const kept = await backup();
      opened.offer = kept ? { savedAt: kept.savedAt } : null;
      opened.notice =
        `Part of your saved ${spec.what} could not be read (${describeFields(dropped)}), so only that part ` +
        `was reset and the rest was kept.` +
        (copy ? ` A copy of the file as it was is kept as ${copy}.` : '') +
        (kept ? ` To go back to the version saved on ${kept.savedAt} instead, choose “Restore the backup”.` : '');
      if (!copy) opened.refusal = cannotKeepAside(spec, 'the file could not be copied');
      return opened;
    }
  }

  // Nothing usable in the file: keep it aside and fall back to the backup, or to the defaults.
  const reason = outcome.kind === 'unreadable' ? outcome.reason : 'does not match the schema';
  const aside = await keepAside(dir, spec.fileName, 'move');
  const kept = await backup();
  if (kept) {
    opened.value = kept.value;
    opened.notice = `Your saved ${spec.what} could not be read, so the version saved on ${kept.savedAt} was used instead.`;
  } else {
    opened.notice = spec.readFailure;
  }
  if (aside) {
    opened.notice += ` A copy of the damaged file was kept as ${aside}.`;
  } else {
    opened.notice +=
      ' The damaged file could not be copied, so it was left as it is and changes will not be saved until the app is restarted.';
    opened.refusal = cannotKeepAside(spec, reason);
  }
  return opened;
}

function cannotKeepAside(spec: DocumentSpec<unknown>, reason: string): string {
  return `Changes to your ${spec.what} are not saved: the damaged file could not be backed up (${reason}), so it is left as it is until Spasm Guide restarts.`;
}

function describeFields(dropped: string[]): string {
  const fields = [...new Set(dropped.map((at) => at.replace(/\[.*$/, '')))];
  const shown = fields.slice(0, 4).join(', ');
  return fields.length > 4 ? `${shown} and ${fields.length - 4} more` : shown;
}

async function readDocument(file: string): Promise<ReadOutcome> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { kind: 'missing' };
    return { kind: 'unreadable', reason: `cannot read the file: ${errorMessage(error)}` };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(decodeText(bytes));
  } catch (error) {
    return { kind: 'unreadable', reason: `not valid JSON: ${errorMessage(error)}` };
  }
  const upgraded = upgradeToCurrent(parsed);
  return upgraded.kind === 'invalid' ? { kind: 'unreadable', reason: upgraded.reason } : upgraded;
}

/** A file that is whole, current and valid (a backup is all or nothing), with when it was saved. */
async function readValid<T>(file: string, schema: z.ZodType<T>): Promise<{ value: T; savedAt: string } | null> {
  const outcome = await readDocument(file);
  if (outcome.kind !== 'current') return null;
  const result = schema.safeParse(outcome.data);
  if (!result.success) return null;
  const stats = await fs.stat(file).catch(() => null);
  return { value: result.data, savedAt: formatTime(stats?.mtime ?? new Date()) };
}

function formatTime(date: Date): string {
  return date.toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}

/** Moves or copies a damaged file to `<name>.corrupt-<timestamp>.json`; the name kept, or null if that failed. */
async function keepAside(dir: string, fileName: string, how: 'move' | 'copy'): Promise<string | null> {
  const file = path.join(dir, fileName);
  const backupName = await unusedBackupName(dir, fileName);
  const backup = path.join(dir, backupName);
  if (how === 'move') {
    try {
      await fs.rename(file, backup);
      return backupName;
    } catch {
      // Renaming can fail where copying works, e.g. a file held open by a virus scanner on Windows.
    }
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

async function exists(file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch {
    return false;
  }
}
