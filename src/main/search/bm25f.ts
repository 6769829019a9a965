/**
 * The one ranking model: BM25F (Robertson, Zaragoza and Taylor, "Simple BM25 extension to multiple weighted
 * fields", CIKM 2004) over an article's title, aliases, section headings, summary and body.
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
import { ENTRY_SEPARATOR } from './index-config';
import { PackedIntsReader, PackedIntsWriter } from './packed-ints';

export const FIELD_COUNT = 5;
/**
 * W and B per field (title, aliases, headings, summary, body), and K1. Chosen by a grid search on the
 * development questions (scripts/relevance-dev.ts --tune); read when an engine is made.
 */
export const BM25F_PARAMS = { W: [4, 1, 1.5, 2, 1], B: [0.5, 0.3, 0.5, 0.5, 0.75], K1: 8 };

/**
 * Counts of one stem in one article, per field (title, aliases, headings, summary, body), packed in one small
 * integer, the body in the lowest bits: the common case, a few mentions in the body only, is a small number.
 */
const BITS = [3, 5, 4, 3, 12];
const SHIFTS = BITS.map((_, f) => BITS.slice(f + 1).reduce((a, b) => a + b, 0));
const MAX = BITS.map((b) => (1 << b) - 1);
/** Sections recorded per stem (bits of a 32-bit integer); a stem only in later sections gets no snippet from them. */
const MAX_SECTIONS = 31;

/**
 * The word counts as saved with the index. `counts` holds, packed (./packed-ints), per article: its
 * FIELD_COUNT field lengths, the number of stems it holds, then per stem, in increasing stem number: the
 * gap from the previous stem number (the first: the number plus one), the packed field counts, and the
 * sections holding the stem as bits (bit i for section i: what picks the snippet's section).
 */
export interface TermStatsData {
  /** Stems, by number, joined with newlines. */
  terms: string;
  counts: string;
}

/** The stems of each field of an article, in the order of W. */
export function fieldStems(doc: SearchDoc): string[][] {
  return [
    [doc.title],
    doc.aliases,
    doc.sections.flatMap((s) => (s.title ? [s.title] : [])),
    [doc.summary],
    doc.sections.map((s) => s.text),
  ].map((texts) => texts.flatMap((text) => analyze(text).stems).filter((s) => s !== ENTRY_SEPARATOR));
}

/** Counts every stem of every article, per field, in the saved form. */
export function countTerms(docs: SearchDoc[]): TermStatsData {
  const numbers = new Map<string, number>();
  const terms: string[] = [];
  const out = new PackedIntsWriter();
  for (const doc of docs) {
    const fields = fieldStems(doc);
    const byTerm = new Map<number, number[]>();
    fields.forEach((stems, f) => {
      for (const stem of stems) {
        let n = numbers.get(stem);
        if (n === undefined) {
          n = terms.length;
          numbers.set(stem, n);
          terms.push(stem);
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
    for (const stems of fields) out.push(stems.length);
    out.push(byTerm.size);
    let previous = -1;
    for (const n of [...byTerm.keys()].sort((a, b) => a - b)) {
      const perField = byTerm.get(n) as number[];
      out.push(n - previous);
      out.push(perField.reduce((packed, c, f) => packed + Math.min(c, MAX[f]) * 2 ** SHIFTS[f], 0));
      out.push(sections.get(n) ?? 0);
      previous = n;
    }
  }
  return { terms: terms.join('\n'), counts: out.toString() };
}

/**
 * Scores stems against articles with the saved counts, unpacked into flat arrays when loaded: per article,
 * its stems in increasing number (found by binary search), each with its packed counts and sections.
 */
export class Bm25f {
  private readonly numbers = new Map<string, number>();
  /** Where each article's stems start in the arrays below (article count + 1 entries). */
  private readonly starts: Int32Array;
  private readonly termOf: Int32Array;
  private readonly packedOf: Int32Array;
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
    const input = new PackedIntsReader(data.counts);
    const lengths = new Float64Array(docCount * FIELD_COUNT);
    this.starts = new Int32Array(docCount + 1);
    let termOf = new Int32Array(1024);
    let packedOf = new Int32Array(1024);
    let sectionsOf = new Uint32Array(1024);
    let size = 0;
    for (let doc = 0; doc < docCount; doc++) {
      for (let f = 0; f < FIELD_COUNT; f++) lengths[doc * FIELD_COUNT + f] = input.next();
      const count = input.next();
      if (size + count > termOf.length) {
        const capacity = Math.max(size + count, 2 * termOf.length);
        termOf = grow(termOf, new Int32Array(capacity));
        packedOf = grow(packedOf, new Int32Array(capacity));
        sectionsOf = grow(sectionsOf, new Uint32Array(capacity));
      }
      let term = -1;
      for (let i = 0; i < count; i++) {
        const gap = input.next();
        const packed = input.next();
        term += gap;
        if (gap === 0 || term >= terms.length || packed === 0 || packed >= 2 ** 27) throw new Error('bad word counts');
        termOf[size] = term;
        packedOf[size] = packed;
        sectionsOf[size] = input.next();
        size++;
      }
      this.starts[doc + 1] = size;
    }
    if (!input.done) throw new Error(`word counts for more than ${docCount} articles`);
    this.termOf = termOf.subarray(0, size);
    this.packedOf = packedOf.subarray(0, size);
    this.sectionsOf = sectionsOf.subarray(0, size);

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

  /** Where the stem's entry is among the article's, or -1. */
  private find(doc: number, term: number): number {
    const termOf = this.termOf;
    let low = this.starts[doc];
    let high = this.starts[doc + 1];
    while (low < high) {
      const mid = (low + high) >> 1;
      const at = termOf[mid];
      if (at === term) return mid;
      if (at < term) low = mid + 1;
      else high = mid;
    }
    return -1;
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

function grow<T extends Int32Array | Uint32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
