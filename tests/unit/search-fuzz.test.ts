/**
 * Property tests: thousands of random queries (any Unicode, NUL and control characters, emoji, right-to-left
 * text, regex metacharacters, 10,000-character strings) at the engine, and random payloads of any type
 * through dispatch. Every answer must be a well-formed SearchResponse or a typed error, never a crash.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../src/shared/channels';
import { MAX_QUERY_LENGTH, MAX_RESULTS } from '../../src/shared/limits';
import type { ArticleMatch, SearchResponse } from '../../src/shared/types';
import { libraryDocs, loadedEngine } from '../relevance/library';
import { openFixtureBackend, type FixtureBackend } from './fixture-backend';

const { docs } = libraryDocs();
const engine = loadedEngine(docs);
const ids = new Set(docs.map((d) => d.id));

const tricky = fc.constantFrom(
  '\u0000',
  '\u0000cramp\u0000',
  '\u0007\u001b[31mred\u001b[0m',
  '😀 cramp 🦵🏽',
  'تشنج العضلات',
  'עווית שריר',
  '\u202Ecramp\u202C',
  '.*+?^${}()|[]\\',
  '(a+)+$',
  '[^]*?',
  '<script>alert(1)</script>',
  '&amp; &lt; &#39;',
  'ﬁ ǅ Ⅻ ㎏',
  '\uD800 lone surrogate \uDFFF',
  'constructor __proto__ toString',
  'cramp'.repeat(2_000),
);

const query = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }) },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.constantFrom('cramp', 'twitch', 'leg', 'night', 'spazm', 'the'), { maxLength: 8 })
      .map((w) => w.join(' ')),
  },
  { weight: 2, arbitrary: tricky },
  { weight: 2, arbitrary: fc.tuple(tricky, fc.string({ maxLength: 40 }), tricky).map((parts) => parts.join(' ')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 9_000, maxLength: 10_000 }) },
);

function checkResponse(response: SearchResponse, limit: number): void {
  expect(['results', 'start', 'no-match']).toContain(response.kind);
  expect(typeof response.query).toBe('string');
  expect(response.query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  expect(response.suggestion === null || typeof response.suggestion === 'string').toBe(true);
  expect(response.hits.length).toBeLessThanOrEqual(limit);
  if (response.kind === 'no-match') expect(response.hits).toEqual([]);
  for (const hit of response.hits) {
    expect(ids.has(hit.id)).toBe(true);
    expect(Number.isFinite(hit.score)).toBe(true);
    // Escaped then marked: the only tags are <mark> and </mark>.
    for (const html of [hit.titleHtml, hit.snippet]) expect(html.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
  }
}

function checkMatches(matches: ArticleMatch[]): void {
  for (const m of matches) expect(m.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
}

describe('search under random input', () => {
  it('answers thousands of random queries with well-formed responses', () => {
    fc.assert(
      fc.property(query, fc.integer({ min: 1, max: MAX_RESULTS }), (q, limit) => {
        checkResponse(engine.search(q, limit), limit);
        checkMatches(engine.searchInArticle('night-leg-cramps', q));
      }),
      { numRuns: 3_000 },
    );
  });

  describe('through dispatch', () => {
    let backend: FixtureBackend;
    beforeAll(async () => {
      backend = await openFixtureBackend();
    });

    it('answers any payload on the search channels with a value or a typed error', async () => {
      const payload = fc.oneof(
        fc.anything(),
        fc.record({ query: fc.anything(), limit: fc.anything() }, { requiredKeys: [] }),
        fc.record({ query: query, limit: fc.oneof(fc.integer(), fc.double(), fc.constant(undefined)) }),
        fc.record({ id: fc.oneof(fc.string(), fc.constantFrom('leg-cramp', 'eye-twitch')), query: fc.anything() }),
      );
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(CHANNELS.search, CHANNELS.searchInArticle), payload, async (channel, p) => {
          const logged: unknown[] = [];
          const result = await backend.invoke(channel, p, (_m, e) => logged.push(e));
          expect(logged).toEqual([]);
          if (!result.ok) {
            expect(['invalid-request', 'not-found']).toContain(result.error.code);
            expect(typeof result.error.message).toBe('string');
          } else if (channel === CHANNELS.search) {
            const response = result.value as SearchResponse;
            expect(['results', 'start', 'no-match']).toContain(response.kind);
            for (const hit of response.hits) expect(hit.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
          } else {
            checkMatches(result.value as ArticleMatch[]);
          }
        }),
        { numRuns: 2_000 },
      );
    });
  });
});
