/**
 * IPC fuzzing: well over 10,000 random and malformed payloads across every channel, through the same
 * dispatch Electron's ipcMain uses, with the real handlers over a content store built from the fixture
 * library and real settings files. Every answer must be a typed Result (no throw, no stack trace), nothing may fail internally, and a
 * rejected call must leave the stored settings exactly as they were, in memory and on disk.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../src/shared/channels';
import { ERROR_CODES, type Result } from '../../src/shared/contract';
import { anyClonable } from './any-value';
import { openFixtureBackend, type FixtureBackend } from './fixture-backend';

const CHANNEL_NAMES = Object.values(CHANNELS);

const anyValue = anyClonable(3);

const validChecklist = { checked: ['rest'], name: 'Ann', date: '2026-01-02', notes: 'night cramps' };
const validPreferences = {
  theme: 'dark',
  layout: { sidebarWidth: 300, checklistWidth: 360, checklistOpen: true, splitRatio: 0.5 },
};
const validRequests: Record<string, unknown> = {
  [CHANNELS.search]: { query: 'cramp', limit: 5 },
  [CHANNELS.searchInArticle]: { id: 'leg-cramp', query: 'stretch' },
  [CHANNELS.getArticle]: { id: 'leg-cramp' },
  [CHANNELS.setChecklistState]: validChecklist,
  [CHANNELS.setPreferences]: validPreferences,
};

/** A valid request with one key replaced, removed or added: the malformed payloads a bug would send. */
function mutated(channel: string) {
  const base = validRequests[channel] ?? {};
  const keys = Object.keys(base);
  return fc.oneof(
    fc.record({ key: keys.length ? fc.constantFrom(...keys) : fc.string(), value: anyValue }).map(({ key, value }) => ({
      ...(base as object),
      [key]: value,
    })),
    keys.length
      ? fc.constantFrom(...keys).map((key) => Object.fromEntries(Object.entries(base).filter(([k]) => k !== key)))
      : fc.constant({}),
    fc.record({ key: fc.string(), value: anyValue }).map(({ key, value }) => ({ ...(base as object), [key]: value })),
    fc.constant(base),
  );
}

const call = fc.oneof(
  { weight: 4, arbitrary: fc.record({ channel: fc.constantFrom(...CHANNEL_NAMES), payload: anyValue }) },
  {
    weight: 4,
    arbitrary: fc
      .constantFrom(...CHANNEL_NAMES)
      .chain((channel) => mutated(channel).map((payload) => ({ channel, payload }))),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      channel: fc.oneof(
        fc.string(),
        fc.constantFrom('', '__proto__', 'constructor', 'content:search ', 'CONTENT:SEARCH'),
      ),
      payload: anyValue,
    }),
  },
);

function isTypedResult(answer: unknown): answer is Result<unknown> {
  if (typeof answer !== 'object' || answer === null) return false;
  const result = answer as Record<string, unknown>;
  if (result.ok === true) return 'value' in result && Object.keys(result).length === 2;
  if (result.ok !== false || Object.keys(result).length !== 2) return false;
  const error = result.error as Record<string, unknown> | undefined;
  return (
    typeof error === 'object' &&
    error !== null &&
    Object.keys(error).sort().join() === 'code,message' &&
    (ERROR_CODES as readonly unknown[]).includes(error.code) &&
    typeof error.message === 'string' &&
    !/\n\s+at /.test(error.message)
  );
}

function stored(backend: FixtureBackend) {
  const file = (name: string) => {
    try {
      return readFileSync(join(backend.userDataDir, name), 'utf8');
    } catch {
      return null;
    }
  };
  return {
    checklist: backend.handlers.getChecklistState(undefined),
    preferences: backend.handlers.getPreferences(undefined),
    files: [file('checklist.json'), file('preferences.json')],
  };
}

describe('IPC fuzzing through dispatch with the real handlers', () => {
  it('answers 12,000 random and malformed calls with typed Results and keeps settings on rejection', async () => {
    const backend = await openFixtureBackend();
    const internal: unknown[] = [];
    const counts = { calls: 0, ok: 0, rejected: 0, settingsWrites: 0 };
    await fc.assert(
      fc.asyncProperty(call, async ({ channel, payload }) => {
        const before = stored(backend);
        const answer: unknown = await backend.invoke(channel, payload, (_message, error) => internal.push(error));
        counts.calls += 1;
        expect(isTypedResult(answer), JSON.stringify(answer)).toBe(true);
        if ((answer as Result<unknown>).ok) {
          counts.ok += 1;
          if (channel === CHANNELS.setChecklistState || channel === CHANNELS.setPreferences) counts.settingsWrites += 1;
        } else {
          counts.rejected += 1;
          expect(stored(backend)).toEqual(before);
        }
      }),
      { numRuns: 12_000, seed: Number(process.env.FUZZ_SEED ?? 20_261_125) },
    );
    expect(internal).toEqual([]);
    expect(counts.calls).toBe(12_000);
    // Both kinds of call were exercised in volume.
    expect(counts.rejected).toBeGreaterThan(5_000);
    expect(counts.ok).toBeGreaterThan(1_000);
    expect(counts.settingsWrites).toBeGreaterThan(50);
    console.log(`IPC fuzz: ${JSON.stringify(counts)}`);
  }, 180_000);
});
