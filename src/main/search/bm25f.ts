/**
 * The one ranking model: BM25F (Robertson, Zaragoza and Taylor, "Simple BM25 extension to multiple weighted
 * fields", CIKM 2004) over an article's title, aliases, section headings, summary, body, the questions it
 * answers, and the warning signs it lists from the registry.
 *
 * For a stem t and article d, the field counts are combined before saturation:
 *
 *   tf~(t, d) = sum over fields f of  W[f] * tf(t, d, f) / (1 - B[f] + B[f] * len(d, f) / avglen(f))
 *   match(t, d) = tf~ * (K1 + 1) / (tf~ + K1)                    (1 for one plain body mention)
 *
 * and the query's words add up, each weighted by its rarity in the library (IDF, from ./vocabulary). W says
 * how telling a field is, B how much a long field is discounted (a word in a one-line title says more than
 * in a list of twenty aliases), K1 how fast repeated mentions stop adding. The counts are taken when the
 * index is built and saved with it, packed (see TermStatsData).
 */
import { analyze } from './text';
import type { SearchDoc } from './types';
import { ENTRY_SEPARATOR, FIELDS, fieldTexts } from './index-config';
import { PackedIntsReader, PackedIntsWriter } from './packed-ints';
import { lowerBound } from './sorted';

export const FIELD_COUNT = 7;
/** The body's place among the fields; the signs field is the last. */
const BODY = FIELDS.indexOf('body');
/**
 * W and B per field (title, aliases, headings, summary, body, questions, signs), and K1 (16: repeated
 * mentions keep adding for long). The title weight, body B and K1 were chosen by cross-validation on the
 * development questions with the ranking settings in ./engine (scripts/relevance-dev.ts --cv); read when an
 * engine is made.
 *
 * The signs field holds the registry's warning signs an article lists (the page of every sign lists them
 * all). One sign is listed on up to 32 pages: counted as body words, they made every page listing many signs
 * look long, so its own words counted less. Apart, they count as much as the body (W 1) and the length of a
 * page's list barely discounts them (B 0.3). On the development evidence (1,117 items) this lifted top-1
 * from 883 to 891 and success@3 from 969 to 973; nearly all of it is the body's length (the same field with
 * the body's length still counting the signs: 883 and 969). The worried searches kept 100 first places.
 */
export const BM25F_PARAMS = { W: [2, 1, 1.5, 2, 1, 1, 1], B: [0.5, 0.3, 0.5, 0.5, 0.75, 0.5, 0.3], K1: 16 };

/**
 * Counts of one stem in one article, per field (title, aliases, headings, summary, body, questions, signs),
 * packed in one 32-bit integer, the body in the lowest bits: the common case, a few mentions in the body
 * only, is a small number. A count above its field's maximum (127 in the body, 63 in the signs) is saved as the
 * maximum, where it has nearly stopped adding: the largest in the library are 35 in a body, 12 in the
 * questions and 79 in the signs (of the page of every sign).
 */
const BITS = [3, 5, 4, 3, 7, 4, 6];
/** Fields from the lowest bits up: body, signs, questions, summary, headings, aliases, title. */
const PACKING = [4, 6, 5, 3, 2, 1, 0];
const SHIFTS = BITS.map((_, f) => PACKING.slice(0, PACKING.indexOf(f)).reduce((sum, lower) => sum + BITS[lower], 0));
const MAX = BITS.map((b) => (1 << b) - 1);
/** Bits of a packed count in all (32: a packed count fits an unsigned 32-bit integer). */
const PACKED_BITS = BITS.reduce((sum, b) => sum + b, 0);
/** Sections recorded per stem (bits of a 32-bit integer); a stem only in later sections gets no snippet from them. */
export const MAX_SECTIONS = 31;

/**
 * The word counts as saved with the index. `counts` holds, packed (./packed-ints): the number of (stem,
 * article) entries; each article's FIELD_COUNT field lengths; then per stem, in stem number order, the
 * number of articles holding it and per article, in increasing article number: the gap from the previous
 * article number (the first: the number plus one), the packed field counts, and the sections holding the
 * stem as bits (bit i for section i: what picks the snippet's section).
 */
export interface TermStatsData {
  /** Stems, by number, joined with newlines. */
  terms: string;
  counts: string;
}

/**
 * The stems of each field of an article, in the order of W: those of FIELDS, the body without the signs
 * listed from the registry, then those signs.
 */
export function fieldStems(doc: SearchDoc): string[][] {
  const texts = fieldTexts(doc);
  texts[BODY] = doc.sections.map((s) => s.text.slice(0, s.signsFrom));
  texts.push(doc.sections.map((s) => (s.signsFrom === undefined ? '' : s.text.slice(s.signsFrom))));
  return texts.map((texts) => texts.flatMap((text) => analyze(text).stems).filter((s) => s !== ENTRY_SEPARATOR));
}

/** Counts every stem of every article, per field, in the saved form. */
export function countTerms(docs: SearchDoc[]): TermStatsData {
  const numbers = new Map<string, number>();
  const terms: string[] = [];
  /** Per stem: [article, packed counts, sections] triples, articles in increasing order. */
  const postings: number[][] = [];
  const lengths: number[] = [];
  let entries = 0;
  docs.forEach((doc, d) => {
    const fields = fieldStems(doc);
    const byTerm = new Map<number, number[]>();
    fields.forEach((stems, f) => {
      for (const stem of stems) {
        let n = numbers.get(stem);
        if (n === undefined) {
          n = terms.length;
          numbers.set(stem, n);
          terms.push(stem);
          postings.push([]);
        }
        let perField = byTerm.get(n);
        if (!perField) byTerm.set(n, (perField = new Array<number>(FIELD_COUNT).fill(0)));
        perField[f]++;
      }
    });
    const sections = new Map<number, number>();
    doc.sections.slice(0, MAX_SECTIONS).forEach((section, i) => {
      for (const stem of analyze(section.text).stems) {
        const n = numbers.get(stem) as number;
        sections.set(n, ((sections.get(n) ?? 0) | (1 << i)) >>> 0);
      }
    });
    for (const stems of fields) lengths.push(stems.length);
    for (const [n, perField] of byTerm) {
      const packed = perField.reduce((sum, c, f) => sum + Math.min(c, MAX[f]) * 2 ** SHIFTS[f], 0);
      postings[n].push(d, packed, sections.get(n) ?? 0);
      entries++;
    }
  });
  const out = new PackedIntsWriter();
  out.push(entries);
  for (const length of lengths) out.push(length);
  for (const triples of postings) {
    out.push(triples.length / 3);
    let previous = -1;
    for (let i = 0; i < triples.length; i += 3) {
      out.push(triples[i] - previous);
      out.push(triples[i + 1]);
      out.push(triples[i + 2]);
      previous = triples[i];
    }
  }
  return { terms: terms.join('\n'), counts: out.toString() };
}

/**
 * Reads the per-stem lists of the saved counts (see TermStatsData). A function of its own, apart from the
 * rest of loading: its loop is what the engine compiles for speed while loading, and the smaller the
 * function, the sooner that compiling is done (a large one is still compiling on another core during the
 * first query).
 */
function readPostings(input: PackedIntsReader, entries: number, termCount: number, docCount: number) {
  const starts = new Int32Array(termCount + 1);
  const docOf = new Int32Array(entries);
  const packedOf = new Uint32Array(entries);
  const sectionsOf = new Uint32Array(entries);
  let size = 0;
  for (let term = 0; term < termCount; term++) {
    const count = input.next();
    if (count > entries - size) throw new Error('more word counts than announced');
    let doc = -1;
    for (let i = 0; i < count; i++) {
      const gap = input.next();
      const packed = input.next();
      doc += gap;
      if (gap === 0 || doc >= docCount || packed === 0 || packed >= 2 ** PACKED_BITS)
        throw new Error('bad word counts');
      docOf[size] = doc;
      packedOf[size] = packed;
      sectionsOf[size] = input.next();
      size++;
    }
    starts[term + 1] = size;
  }
  if (size !== entries || !input.done) throw new Error('word counts of another length than announced');
  return { starts, docOf, packedOf, sectionsOf };
}

/**
 * Scores stems against articles with the saved counts, unpacked into flat arrays when loaded: per stem, the
 * articles holding it in increasing number (an article is found by binary search among them, close
 * together in memory), each with its packed counts and sections.
 */
export class Bm25f {
  private readonly numbers = new Map<string, number>();
  /** The stems by number. */
  private readonly stems: string[];
  /** Where each stem's articles start in the arrays below (stem count + 1 entries). */
  private readonly starts: Int32Array;
  private readonly docOf: Int32Array;
  private readonly packedOf: Uint32Array;
  private readonly sectionsOf: Uint32Array;
  /** Per article and field: W[f] / (1 - B[f] + B[f] * len / avglen). */
  private readonly norms: Float64Array;
  private readonly k1 = BM25F_PARAMS.K1;

  /** Throws when `data` is not the word counts of `docCount` articles. */
  constructor(
    private readonly data: TermStatsData,
    docCount: number,
  ) {
    if (typeof data?.terms !== 'string' || typeof data.counts !== 'string') throw new Error('no word counts');
    const terms = data.terms ? data.terms.split('\n') : [];
    terms.forEach((t, i) => this.numbers.set(t, i));
    this.stems = terms;
    const input = new PackedIntsReader(data.counts);
    const entries = input.next();
    if (entries > input.remaining / 3) throw new Error('more word counts announced than saved');
    const lengths = new Float64Array(docCount * FIELD_COUNT);
    for (let i = 0; i < lengths.length; i++) lengths[i] = input.next();
    const postings = readPostings(input, entries, terms.length, docCount);
    this.starts = postings.starts;
    this.docOf = postings.docOf;
    this.packedOf = postings.packedOf;
    this.sectionsOf = postings.sectionsOf;

    const { W, B } = BM25F_PARAMS;
    const avg = new Array<number>(FIELD_COUNT).fill(0);
    for (let doc = 0; doc < docCount; doc++)
      for (let f = 0; f < FIELD_COUNT; f++) avg[f] += lengths[doc * FIELD_COUNT + f] / Math.max(1, docCount);
    this.norms = new Float64Array(docCount * FIELD_COUNT);
    for (let doc = 0; doc < docCount; doc++) {
      for (let f = 0; f < FIELD_COUNT; f++) {
        const relative = avg[f] > 0 ? lengths[doc * FIELD_COUNT + f] / avg[f] : 1;
        this.norms[doc * FIELD_COUNT + f] = W[f] / (1 - B[f] + B[f] * relative);
      }
    }
  }

  toJSON(): TermStatsData {
    return this.data;
  }

  /** The stem's number, or -1 when no article has it. */
  termNumber(stem: string): number {
    return this.numbers.get(stem) ?? -1;
  }

  /** The stem with this number. */
  stemOf(term: number): string {
    return this.stems[term];
  }

  /** How many stems have numbers. */
  get termCount(): number {
    return this.stems.length;
  }

  /** The saturated, field-weighted match of a stem (by number) in an article, 0 when it is absent. */
  match(doc: number, term: number): number {
    const at = this.find(doc, term);
    return at < 0 ? 0 : this.saturate(doc, this.packedOf[at]);
  }

  /** The sections of an article holding a stem, as bits (bit i for section i), 0 when none does. */
  sections(doc: number, stem: string): number {
    const term = this.termNumber(stem);
    return term < 0 ? 0 : this.sectionsOfTerm(doc, term);
  }

  /** `sections` for a stem by number. */
  sectionsOfTerm(doc: number, term: number): number {
    const at = this.find(doc, term);
    return at < 0 ? 0 : this.sectionsOf[at];
  }

  /** Where the article's entry is among the stem's, or -1. */
  private find(doc: number, term: number): number {
    const end = this.starts[term + 1];
    const at = lowerBound(this.docOf, this.starts[term], end, doc);
    return at < end && this.docOf[at] === doc ? at : -1;
  }

  private saturate(doc: number, packed: number): number {
    let tf = 0;
    const base = doc * FIELD_COUNT;
    for (let f = 0; f < FIELD_COUNT; f++) {
      const c = (packed >>> SHIFTS[f]) & MAX[f];
      if (c) tf += c * this.norms[base + f];
    }
    return (tf * (this.k1 + 1)) / (tf + this.k1);
  }
}
