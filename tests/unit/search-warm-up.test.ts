/**
 * The warm-up the app runs once its window shows: it must change no answer, and it must do what it is there
 * for: build the spelling tables and answer a query that goes through spelling, completion and snippets.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadDictionary } from '../../src/main/search/dictionary';
import { SearchEngine, WARM_UP_QUERY } from '../../src/main/search/engine';
import { Vocabulary } from '../../src/main/search/vocabulary';
import { libraryDocs } from '../relevance/library';
import { IN_DOMAIN, OUT_OF_DOMAIN } from '../relevance/queries';
import { loadRealWorld } from '../relevance/real-world';

const { docs } = libraryDocs();
const data = SearchEngine.build(docs, [], { dictionary: loadDictionary() }).export();
const load = () => SearchEngine.fromExport(docs, JSON.parse(JSON.stringify(data)) as typeof data);

afterEach(() => vi.restoreAllMocks());

describe('search warm-up', () => {
  it('changes no answer: every query of the suite and the development half, with the same results and snippets', () => {
    const queries = [
      ...IN_DOMAIN.map((q) => q.query),
      ...OUT_OF_DOMAIN,
      ...loadRealWorld('development').map((item) => item.text),
      WARM_UP_QUERY,
      'nihgt',
      'calf cra',
    ];
    const cold = load();
    const warm = load();
    warm.warmUp();
    warm.warmUp();
    for (const query of queries) expect(warm.search(query), query).toEqual(cold.search(query));
    expect(queries.length).toBeGreaterThan(300);
  });

  it('builds the spelling tables and answers its query', () => {
    const engine = load();
    const spelling = vi.spyOn(Vocabulary.prototype, 'prepareSpelling');
    const search = vi.spyOn(engine, 'search');
    engine.warmUp();
    expect(spelling).toHaveBeenCalledTimes(1);
    expect(search).toHaveBeenCalledWith(WARM_UP_QUERY);
  });

  it('asks a query that goes through spelling, completion and snippets on the bundled library', () => {
    const answer = load().search(WARM_UP_QUERY);
    expect(answer.kind).toBe('results');
    // Its misspelling is corrected (its half-typed last word, "wak", is completed, so the suggestion keeps it).
    expect(answer.suggestion).toContain('night');
    expect(answer.hits.length).toBeGreaterThan(3);
    expect(answer.hits.some((hit) => hit.snippet.includes('<mark>'))).toBe(true);
  });
});
