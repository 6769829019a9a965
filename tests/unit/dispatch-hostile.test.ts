/**
 * Hostile payloads at dispatch: huge typed arrays and strings, exotic objects, too many keys. Each gets a typed
 * invalid-request quickly (checked before the schema), messages stay short, and no payload makes dispatch
 * reject (property test).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../src/shared/channels';
import { ERROR_CODES, type Result } from '../../src/shared/contract';
import { MAX_ERROR_MESSAGE } from '../../src/shared/limits';
import { dispatch } from '../../src/main/dispatch';
import { DEFAULT_PREFERENCES } from '../../src/main/storage/settings';
import { anyClonable } from './any-value';
import { openFixtureBackend, type FixtureBackend } from './fixture-backend';

let backend: FixtureBackend;
const internal: unknown[] = [];
const call = (channel: string, payload: unknown) =>
  dispatch(backend.handlers, channel, payload, (_message, error) => internal.push(error));

beforeAll(async () => {
  backend = await openFixtureBackend();
});

/** Median and worst of `runs` timed calls, in milliseconds. */
async function timed(runs: number, run: () => Promise<unknown>): Promise<{ median: number; max: number }> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(runs / 2)] ?? Infinity, max: times.at(-1) ?? Infinity };
}

class Thing {
  query = 'cramp';
}

describe('payloads refused before the schema', () => {
  const tenMegabytes = new Uint8Array(10 * 1024 * 1024);

  it.each(Object.entries(CHANNELS))('a 10 MB Uint8Array on %s is refused in under 5 ms', async (_key, channel) => {
    const result = await call(channel, tenMegabytes);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(!result.ok && result.error.message).toMatch(/a request is a plain object, not a Uint8Array/);
    // The old dispatch walked the array in the schema library: 5 to 8.6 s per call.
    const time = await timed(9, () => call(channel, tenMegabytes));
    console.info(`10 MB Uint8Array on ${channel}: median ${time.median.toFixed(3)} ms, max ${time.max.toFixed(3)} ms`);
    expect(time.median).toBeLessThan(5);
    expect(time.max).toBeLessThan(100);
  });

  it('a 10 MB Uint8Array inside a request is refused as quickly', async () => {
    const payload = { checked: [], name: tenMegabytes, date: '', notes: '' };
    const time = await timed(9, () => call(CHANNELS.setChecklistState, payload));
    expect(await call(CHANNELS.setChecklistState, payload)).toMatchObject({ error: { code: 'invalid-request' } });
    expect(time.median).toBeLessThan(5);
  });

  it('a 10 MB article id is a typed error in milliseconds (the regex never sees it)', async () => {
    const id = 'a'.repeat(10 * 1024 * 1024);
    const result = await call(CHANNELS.getArticle, { id });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-request',
        message: 'Invalid request for getArticle: a string is longer than 10000 characters.',
      },
    });
    const time = await timed(5, () => call(CHANNELS.getArticle, { id }));
    console.info(`10 MB article id: median ${time.median.toFixed(3)} ms`);
    expect(time.median).toBeLessThan(5);
  });

  it('the schema checks an id’s length before its pattern', async () => {
    const result = await call(CHANNELS.getArticle, { id: 'A'.repeat(5_000) });
    expect(!result.ok && result.error.message).toBe(
      'Invalid request for getArticle at "id": Too big: expected string to have <=100 characters',
    );
  });

  const many = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, i]));
  it.each([
    ['a Map', new Map([['query', 'cramp']]), /plain object, not a Map/],
    ['a Set', new Set(['cramp']), /plain object, not a Set/],
    ['a Date', new Date(), /plain object, not a Date/],
    ['a class instance', new Thing(), /plain object, not a Thing/],
    ['an array', ['cramp'], /plain object, not an array/],
    ['null', null, /plain object, not null/],
    ['a boxed string', Object('cramp'), /plain object, not a String/],
    ['a typed array in a field', { query: new Float64Array(4) }, /a Float64Array is not allowed/],
    ['a Map in a field', { query: new Map() }, /a Map is not allowed/],
    ['a bigint', { query: 10n }, /a bigint is not allowed/],
    ['100,000 keys', many, /more than 16 keys/],
    ['a 100,000-item array', { checked: Array.from({ length: 100_000 }, () => 'x') }, /more than 500 items/],
    ['a sparse array', { checked: Object.assign([], { length: 400 }) }, /holes/],
    ['an over-long key', { ['k'.repeat(5_000)]: 1 }, /key is longer than 100/],
    ['deep nesting', { a: { b: { c: { d: { e: { f: {} } } } } } }, /nested too deeply/],
    ['a getter', Object.defineProperty({}, 'query', { get: () => 'cramp', enumerable: true }), /not plain data/],
    ['too much in total', { checked: Array.from({ length: 500 }, () => 'x'.repeat(9_999)) }, /too large/],
  ])('%s is refused with a short, typed error', async (_name, payload, message) => {
    const started = performance.now();
    const result = await call(CHANNELS.search, payload);
    const elapsed = performance.now() - started;
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(!result.ok && result.error.message).toMatch(message);
    // Counting 100,000 keys is linear (about 0.1 s here), cheaper than IPC's own deserializing of them.
    expect(elapsed).toBeLessThan(payload === many ? 1_000 : 50);
  });

  it('the deepest real request, preferences with an open article, is not refused as too deeply nested', async () => {
    const session = { panes: [{ articleId: 'night-leg-cramps', scroll: 120 }], active: 0, query: 'cramp' };
    const preferences = { ...DEFAULT_PREFERENCES, reading: { ...DEFAULT_PREFERENCES.reading, session } };
    expect(await call(CHANNELS.setPreferences, preferences)).toMatchObject({ ok: true });
  });

  it('caps every error message', async () => {
    const keys = Object.fromEntries(
      Array.from({ length: 16 }, (_, i) => [`${'x'.repeat(99)}${i % 10}`.slice(0, 100 - String(i).length) + i, 1]),
    );
    const result = await call(CHANNELS.listArticles, keys);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE);
    const channel = await call('x'.repeat(1_000_000), undefined);
    expect(!channel.ok && channel.error.message.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE);
  });
});

describe('dispatch never rejects', () => {
  const exotic = fc.constantFrom<unknown>(
    new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('trap');
        },
      },
    ),
    new Proxy(
      {},
      {
        getPrototypeOf: () => {
          throw new Error('trap');
        },
      },
    ),
    new Proxy([], {
      get: () => {
        throw new Error('trap');
      },
    }),
    Object.create(null),
    Symbol('s'),
    () => 1,
    new Uint8Array(1_000),
    new ArrayBuffer(8),
    new Error('boom'),
    Promise.resolve(1),
  );
  const anyValue = fc.oneof(anyClonable(4), exotic, fc.dictionary(fc.string(), exotic));
  const channel = fc.oneof(fc.constantFrom(...Object.values(CHANNELS)), fc.string(), anyValue);

  it('answers 3,000 arbitrary calls, exotic ones included, with a typed Result', async () => {
    await fc.assert(
      fc.asyncProperty(channel, anyValue, async (name, payload) => {
        let answer: Result<unknown> | undefined;
        await expect(
          (async () => {
            answer = await dispatch(backend.handlers, name as string, payload);
          })(),
        ).resolves.toBeUndefined();
        expect(answer?.ok === true || (answer?.ok === false && ERROR_CODES.includes(answer.error.code))).toBe(true);
        if (answer && !answer.ok) expect(answer.error.message.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE);
      }),
      { numRuns: 3_000, seed: 20_261_201 },
    );
  });
});
