/**
 * The warm-up the app runs once its window is on its way: it must change no answer, and it must go through
 * the costly first-time steps it is there for (spelling, completion, snippets).
 */
import { describe, expect, it } from 'vitest';
import { loadDictionary } from '../../src/main/search/dictionary';
import { SearchEngine, WARM_UP_QUERY } from '../../src/main/search/engine';
import { libraryDocs } from '../relevance/library';
import { IN_DOMAIN, OUT_OF_DOMAIN } from '../relevance/queries';
import { loadRealWorld } from '../relevance/real-world';

const { docs } = libraryDocs();
const data = SearchEngine.build(docs, [], { dictionary: loadDictionary() }).export();
const load = () => SearchEngine.fromExport(docs, JSON.parse(JSON.stringify(data)) as typeof data);

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

  it('goes through spelling, completion and snippets on the bundled library', () => {
    const answer = load().search(WARM_UP_QUERY);
    expect(answer.kind).toBe('results');
    // Its misspelling is corrected (its half-typed last word, "wak", is completed, so the suggestion keeps it).
    expect(answer.suggestion).toContain('night');
    expect(answer.hits.length).toBeGreaterThan(3);
    expect(answer.hits.some((hit) => hit.snippet.includes('<mark>'))).toBe(true);
  });
});
