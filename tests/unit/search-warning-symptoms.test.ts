/**
 * Symptoms that are warning signs in themselves (the lexicon's warning intent): a search that names one is shown
 * the page of every warning sign by second place, with that sign in its snippet, whatever page answers first.
 * The searches are an independent tester's, written before they ran any.
 */
import { describe, expect, it } from 'vitest';
import { libraryDocs, loadedEngine } from '../relevance/library';

/** The real library, built once for the searches below. */
const real = loadedEngine(libraryDocs().docs);
/** The pages of warning signs: every sign, and the signs of twitching. */
const WARNING_PAGES = ['red-flags', 'when-twitching-is-worrying'];

const firstTwo = (query: string) => real.search(query, 2).hits;

describe('a symptom that is a warning sign', () => {
  it('brings a page of warning signs by second place for pain or cramp in the chest or heart', () => {
    for (const query of [
      'chest cramp',
      'cramp in my chest',
      'heart cramps',
      'chest pain',
      'cramp in chest and left arm',
    ]) {
      const hits = firstTwo(query);
      const page = hits.find((hit) => WARNING_PAGES.includes(hit.id));
      expect(page, query).toBeDefined();
      // The snippet shows a sign of chest pain (that one, or a clot's), not only a page that holds one somewhere.
      expect(page!.snippet.replace(/<\/?mark>/g, ''), query).toMatch(/chest pain|pain in the chest/);
    }
  });

  it('brings the page on worrying twitches first for twitching with slurred speech and trouble swallowing', () => {
    expect(real.rankedIds('muscle twitching trouble swallowing slurred speech', 1)).toEqual([
      'when-twitching-is-worrying',
    ]);
  });

  it('leaves the page on the strain first for a chest muscle strain, the warning page after it', () => {
    expect(real.rankedIds('chest muscle strain', 2)).toEqual(['pulled-muscles', 'red-flags']);
  });

  it('does not read a faint twitch as fainting', () => {
    expect(real.rankedIds('faint twitch in my eyelid', 3)).not.toContain('red-flags');
  });
});
