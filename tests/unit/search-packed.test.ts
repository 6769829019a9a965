/**
 * The compact saved form of the index's word counts: numbers packed as variable-length integers in base64,
 * read back exactly, and a damaged or truncated form refused as damaged rather than misread.
 */
import { describe, expect, it } from 'vitest';
import { Bm25f, countTerms } from '../../src/main/search/bm25f';
import { SearchEngine, SearchIndexError, type SearchDoc } from '../../src/main/search/engine';
import { PackedIntsReader, PackedIntsWriter } from '../../src/main/search/packed-ints';

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
