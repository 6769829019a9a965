/**
 * The on-disk format of the settings files and how older formats are brought up to date.
 *
 * A file holds `{ "schemaVersion": N, "data": {...} }`. The version is shared by every settings file, so a
 * change to one file's shape bumps it for all (the others get an identity step). To change a shape: bump
 * CURRENT_SCHEMA_VERSION and append the step that turns the previous version's data into the new one.
 */

export const CURRENT_SCHEMA_VERSION = 1;

type Migration = (data: unknown) => unknown;

/** MIGRATIONS[n] turns version-n data into version n+1 data; its length must equal CURRENT_SCHEMA_VERSION. */
const MIGRATIONS: readonly Migration[] = [
  // 0 -> 1: version 0 files were the bare object, written before the envelope existed. Same data.
  (data) => data,
];

export interface Envelope {
  schemaVersion: number;
  data: unknown;
}

export type UpgradeResult =
  | { kind: 'current'; data: unknown }
  /** Written by a newer app: the data is as it was found, for reading what we can. Never write over it. */
  | { kind: 'newer'; version: number; data: unknown }
  | { kind: 'invalid'; reason: string };

export function wrapInEnvelope(data: unknown): Envelope {
  return { schemaVersion: CURRENT_SCHEMA_VERSION, data };
}

/** Takes the parsed JSON of a settings file and returns its data in the current version's shape (unvalidated). */
export function upgradeToCurrent(parsed: unknown): UpgradeResult {
  if (!isPlainObject(parsed)) return { kind: 'invalid', reason: 'the file does not hold a JSON object' };

  const { version, data } = readVersion(parsed);
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { kind: 'invalid', reason: `schemaVersion ${String(version)} is not a version number` };
  }
  // A file from a newer app: we cannot know what its new fields mean, so it is read as far as we understand it
  // and never overwritten (the caller opens it read-only).
  if (version > CURRENT_SCHEMA_VERSION) return { kind: 'newer', version, data };

  const steps = MIGRATIONS.slice(version, CURRENT_SCHEMA_VERSION);
  return { kind: 'current', data: steps.reduce((upgraded, migrate) => migrate(upgraded), data) };
}

/** Files without a `schemaVersion` key are version 0: the whole object is the data. */
function readVersion(parsed: Record<string, unknown>): { version: unknown; data: unknown } {
  if (!('schemaVersion' in parsed)) return { version: 0, data: parsed };
  return { version: parsed.schemaVersion, data: parsed.data };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
