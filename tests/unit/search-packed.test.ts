/**
 * The compact saved form of the index's word counts: numbers packed as variable-length integers in base64,
 * read back exactly, and a damaged or truncated form refused as damaged rather than misread; the same for
 * the articles' names and questions saved as stem numbers.
 */
import { describe, expect, it } from 'vitest';
import { Bm25f, countTerms } from '../../src/main/search/bm25f';
import { SearchEngine, SearchIndexError, type SearchDoc } from '../../src/main/search/engine';
import { NameMatcher, namesData } from '../../src/main/search/names';
import { PackedIntsReader, PackedIntsWriter } from '../../src/main/search/packed-ints';
import type { QueryPlan } from '../../src/main/search/types';

function pack(values: number[]): string {
  const writer = new PackedIntsWriter();
  for (const v of values) writer.push(v);
  return writer.toString();
}

function unpack(packed: string): number[] {
  const reader = new PackedIntsReader(packed);
  const values: number[] = [];
  while (!reader.done) values.push(reader.next());
  return values;
}

describe('packed numbers', () => {
  it('read back exactly, from one-byte numbers to the largest 32-bit one', () => {
    const values = [0, 1, 127, 128, 255, 16_383, 16_384, 2 ** 21, 2 ** 28 - 1, 2 ** 28, 2 ** 31, 2 ** 32 - 1];
    for (let i = 0; i < 2_000; i++) values.push((i * 2_654_435_761) % 2 ** 32);
    expect(unpack(pack(values))).toEqual(values);
    expect(unpack(pack([]))).toEqual([]);
  });

  it('take one byte for a number below 128', () => {
    expect(Buffer.from(pack([5, 127, 0]), 'base64')).toHaveLength(3);
  });

  it('give the numbers not read yet in place, and move past as many as were used', () => {
    const reader = new PackedIntsReader(pack([3, 500, 7, 2 ** 32 - 1, 9]));
    expect(reader.next()).toBe(3);
    expect([...reader.rest()]).toEqual([500, 7, 2 ** 32 - 1, 9]);
    reader.skip(2);
    expect(reader.remaining).toBe(2);
    expect(reader.next()).toBe(2 ** 32 - 1);
    expect(() => reader.skip(2)).toThrow(/end early/);
    reader.skip(1);
    expect(reader.done).toBe(true);
    expect(reader.rest()).toHaveLength(0);
  });

  it('refuse numbers that cannot be packed', () => {
    for (const bad of [-1, 0.5, 2 ** 32, Number.NaN]) expect(() => pack([bad])).toThrow(RangeError);
  });

  it('refuse a truncated, malformed or non-base64 string', () => {
    expect(() => unpack(Buffer.from([0x80]).toString('base64'))).toThrow(/end early/);
    expect(() => unpack(Buffer.from([0xff, 0xff, 0xff, 0xff, 0x7f]).toString('base64'))).toThrow(/out of range/);
    expect(() => unpack(Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0x01]).toString('base64'))).toThrow(/out of range/);
    expect(() => new PackedIntsReader('AA#A')).toThrow(/not base64/);
    expect(() => new PackedIntsReader('AAA')).toThrow(/not base64/);
  });
});

const doc = (id: string, title: string, text: string): SearchDoc => ({
  id,
  title,
  summary: `About ${title.toLowerCase()}.`,
  category: 'cramps',
  aliases: [`${title} again`],
  questions: [`what is ${title}?`],
  sections: [
    { id: null, title: null, text },
    { id: 'more', title: 'More', text: `${text} ${text}` },
  ],
});

const docs = [
  doc('calf', 'Calf cramp', 'A calf cramp wakes people at night.'),
  doc('neck', 'Stiff neck', 'A stiff neck after sleeping badly; stretch it gently.'),
  doc('eyelid', 'Eyelid twitch', 'An eyelid twitch usually settles with sleep.'),
];

describe('the saved word counts', () => {
  it('round-trip through JSON to the same scores and sections', () => {
    const saved = countTerms(docs);
    const built = new Bm25f(saved, docs.length);
    const loaded = new Bm25f(JSON.parse(JSON.stringify(saved)) as typeof saved, docs.length);
    for (const stem of ['calf', 'cramp', 'neck', 'sleep', 'twitch', 'stretch', 'absent']) {
      const term = loaded.termNumber(stem);
      expect(term).toBe(built.termNumber(stem));
      docs.forEach((_, i) => {
        expect(loaded.match(i, term)).toBe(term < 0 ? 0 : built.match(i, term));
        expect(loaded.sections(i, stem)).toBe(built.sections(i, stem));
      });
    }
    expect(loaded.match(0, loaded.termNumber('calf'))).toBeGreaterThan(loaded.match(0, loaded.termNumber('night')));
    expect(loaded.sections(2, 'sleep')).toBe(0b11);
    expect(loaded.sections(0, 'neck')).toBe(0);
  });

  it('count the warning signs a page lists apart from its own words: a long list does not make the page look long', () => {
    const own = 'A calf cramp wakes people at night.\n';
    const signs = 'Chest pain that spreads to the arm or jaw.\nA swollen, warm, painful calf.\n'.repeat(6);
    const withSigns = {
      ...docs[0]!,
      id: 'signs',
      sections: [{ id: null, title: null, text: own + signs, signsFrom: own.length }],
    };
    const plain = { ...docs[0]!, id: 'plain', sections: [{ id: null, title: null, text: own }] };
    const terms = new Bm25f(countTerms([withSigns, plain, ...docs.slice(1)]), docs.length + 1);
    const match = (doc: number, stem: string) => terms.match(doc, terms.termNumber(stem));
    expect(match(0, 'night')).toBeCloseTo(match(1, 'night'), 12);
    // The signs' words are still the page's, and their section is known for a snippet.
    expect(match(0, 'chest')).toBeGreaterThan(0);
    expect(match(1, 'chest')).toBe(0);
    expect(terms.sections(0, 'chest')).toBe(1);
    // Counted as body words, as they were before the field, they would lengthen the page.
    const asBody = new Bm25f(
      countTerms([{ ...withSigns, sections: [{ id: null, title: null, text: own + signs }] }, plain]),
      2,
    );
    expect(asBody.match(0, asBody.termNumber('night'))).toBeLessThan(asBody.match(1, asBody.termNumber('night')));
  });

  it('are refused as damaged when missing, cut short, too long or pointing past the stems', () => {
    const data = SearchEngine.build(docs).export();
    const counts = data['@terms'] as { terms: string; counts: string };
    const bytes = Buffer.from(counts.counts, 'base64');
    const damaged = [
      undefined,
      { terms: counts.terms },
      { terms: ['calf'], counts: counts.counts },
      { ...counts, counts: bytes.subarray(0, bytes.length - 1).toString('base64') },
      { ...counts, counts: Buffer.concat([bytes, Buffer.from([1])]).toString('base64') },
      { ...counts, terms: counts.terms.split('\n').slice(0, 3).join('\n') },
      { ...counts, counts: `${counts.counts.slice(0, -4)}!!!!` },
    ];
    for (const terms of damaged) {
      const load = () => SearchEngine.fromExport(docs, { ...data, '@terms': terms });
      expect(load).toThrow(SearchIndexError);
      expect(load).toThrow(/no word counts/);
      try {
        load();
      } catch (error) {
        expect((error as SearchIndexError).problem).toBe('damaged');
      }
    }
    expect(SearchEngine.fromExport(docs, data).search('calf').hits[0].id).toBe('calf');
  });
});

describe('the saved names and questions', () => {
  it('round-trip through JSON to the same overlaps as the articles they were made from', () => {
    const terms = new Bm25f(countTerms(docs), docs.length);
    const idf = (stem: string) => (terms.termNumber(stem) < 0 ? 9 : 1 + terms.termNumber(stem) / 10);
    const saved = namesData(docs, terms);
    const loaded = new NameMatcher(JSON.parse(JSON.stringify(saved)) as string, docs.length, terms, idf);
    expect(loaded.toJSON()).toBe(saved);
    // "Calf cramp": the first article's title, the others' nothing; "what is stiff neck": the second's question.
    const plan = (...stems: string[]): QueryPlan => ({
      query: stems.join(' '),
      allWords: stems,
      words: stems.map((stem) => ({
        word: stem,
        stem,
        idf: idf(stem),
        alternatives: [{ stems: [stem], weight: 1, exact: true }],
      })),
      phrases: [],
      suggestion: null,
      fixes: new Map(),
      mark: { prefixes: [], exact: [] },
    });
    const calf = loaded.termsOf(plan('calf', 'cramp'));
    expect(loaded.overlaps(0, calf).names).toBeCloseTo(1);
    expect(loaded.overlaps(1, calf).names).toBe(0);
    const neck = loaded.termsOf(plan('stiff', 'neck'));
    expect(loaded.overlaps(0, neck).names).toBe(0);
    expect(loaded.overlaps(1, neck).questions).toBeCloseTo(1);
    // Half named: the best entry is the title ("Calf cramp"), not the alias ("Calf cramp again").
    const half = loaded.termsOf(plan('calf', 'night'));
    const [calfIdf, night, cramp] = ['calf', 'night', 'cramp'].map(idf);
    expect(loaded.overlaps(0, half).names).toBeCloseTo((2 * calfIdf) / (calfIdf + night + calfIdf + cramp), 12);
  });

  it('are refused as damaged when missing, cut short, too long or pointing past the stems', () => {
    const data = SearchEngine.build(docs).export();
    const names = data['@names'] as string;
    const values = unpack(names);
    const stems = (data['@terms'] as { terms: string }).terms.split('\n').length;
    // The first article's first name (its title): [names, stems of the title, first stem, ...]; that stem
    // moved past the last one.
    const pastTheStems = [...values];
    pastTheStems[2] = stems;
    const damaged: unknown[] = [
      undefined,
      42,
      pack(values.slice(0, -1)),
      pack([...values, 0]),
      pack(pastTheStems),
      `${names.slice(0, -4)}!!!!`,
    ];
    for (const bad of damaged) {
      const load = () => SearchEngine.fromExport(docs, { ...data, '@names': bad });
      expect(load).toThrow(SearchIndexError);
      expect(load).toThrow(/no names/);
      try {
        load();
      } catch (error) {
        expect((error as SearchIndexError).problem).toBe('damaged');
      }
    }
    const loaded = SearchEngine.fromExport(docs, JSON.parse(JSON.stringify(data)) as typeof data);
    expect(loaded.search('calf cramp')).toEqual(SearchEngine.build(docs).search('calf cramp'));
  });
});
