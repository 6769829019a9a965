/**
 * Spelling never rewrites a real word. A word the lexicon lists is one, though no dictionary has it: "rls" had
 * been offered as "als", "mnd" as "end", "haemodialysis" as "hemodialysis" and "grandad" as "grandma".
 */
import { describe, expect, it } from 'vitest';
import { LEXICON_WORDS } from '../../src/main/search/lexicon';
import { libraryDocs, loadedEngine } from '../relevance/library';

/** The real library, built once for the searches below. */
const real = loadedEngine(libraryDocs().docs);

describe('words the lexicon lists', () => {
  it('are searched as typed, each on its own, with no "did you mean"', () => {
    const rewritten = LEXICON_WORDS.filter((word) => real.search(word, 1).suggestion !== null);
    expect(rewritten).toEqual([]);
    expect(LEXICON_WORDS).toEqual(expect.arrayContaining(['rls', 'mnd', 'haemodialysis', 'grandad']));
  });

  it('are searched as typed within a question, and find their pages', () => {
    const answer = (query: string) => {
      const response = real.search(query, 3);
      return { suggestion: response.suggestion, ids: response.hits.map((hit) => hit.id) };
    };
    const dialysis = answer('haemodialysis cramps');
    expect(dialysis.suggestion).toBeNull();
    expect(dialysis.ids[0]).toBe('cramps-on-dialysis');
    const grandad = answer('grandad cramps in the heatwave');
    expect(grandad.suggestion).toBeNull();
    expect(grandad.ids).toContain('heat-and-dehydration-in-older-adults');
  });

  it('still offers the listed word for a misspelling of it', () => {
    expect(real.search('haemodialisis cramps', 1).suggestion).toBe('haemodialysis cramps');
  });
});
