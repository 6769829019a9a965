/**
 * Looking a stem up in the index: StemLookup must list exactly the articles, in exactly the order, that
 * FlexSearch's Resolver gives when the title is the base result and the other fields are or-ed in with a
 * boost (what ranking used to build per stem). Checked for every stem of the real library, and of a
 * synthetic one large enough that the limit cuts the lists short.
 */
import { Resolver } from 'flexsearch';
import { describe, expect, it } from 'vitest';
import { syntheticLibrary } from '../../scripts/bench/synthetic';
import { SearchEngine, type SearchDoc } from '../../src/main/search/engine';
import {
  createIndex,
  FIELD_BOOST,
  FIELDS,
  StemLookup,
  type IndexedDoc,
  type SearchIndex,
} from '../../src/main/search/index-config';
import { libraryDocs } from '../relevance/library';

/** The index and every stem of a library, loaded from its export as the app loads it. */
function indexOf(docs: SearchDoc[]): { index: SearchIndex; stems: string[] } {
  const data = SearchEngine.build(docs).export();
  const index = createIndex();
  for (const [key, value] of Object.entries(data)) if (!key.startsWith('@')) index.import(key, value as string);
  const terms = data['@terms'] as { terms: string };
  return { index, stems: terms.terms.split('\n') };
}

/** FlexSearch's own answer: the Resolver's union, its slots read in order. */
function resolverDocs(index: SearchIndex, stem: string, limit: number): number[] {
  const [title, ...rest] = FIELDS;
  const resolver = new Resolver<IndexedDoc>({ index, field: title, query: stem, boost: FIELD_BOOST, limit });
  const merged = resolver.or(...[...rest].reverse().map((field) => ({ field, query: stem, limit }))) as unknown as {
    result: (number[] | undefined)[];
  };
  return merged.result.flatMap((ids) => ids ?? []);
}

describe('looking up a stem', () => {
  it('lists the same articles in the same order as the Resolver, for every stem of the real library', () => {
    const { index, stems } = indexOf(libraryDocs().docs);
    const lookup = new StemLookup(index);
    expect(stems.length).toBeGreaterThan(1_000);
    for (const stem of stems) {
      for (const limit of [300, 3]) expect(lookup.docs(stem, limit)).toEqual(resolverDocs(index, stem, limit));
    }
    expect(lookup.docs('no-such-stem', 300)).toEqual([]);
  });

  it('cuts the lists at the limit exactly where the Resolver does, on a larger library', () => {
    const { index, stems } = indexOf(syntheticLibrary(400, libraryDocs().docs));
    const lookup = new StemLookup(index);
    let cut = 0;
    for (const stem of stems) {
      const expected = resolverDocs(index, stem, 40);
      if (expected.length === 40) cut++;
      expect(lookup.docs(stem, 40)).toEqual(expected);
    }
    expect(cut).toBeGreaterThan(50);
  });
});
