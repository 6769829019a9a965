/**
 * The one ranking model: BM25F (Robertson, Zaragoza and Taylor, "Simple BM25 extension to multiple weighted
 * fields", CIKM 2004) over an article's title, aliases, section headings, summary, body and the questions it
 * answers.
 *
 * For a stem t and article d, the field counts are combined before saturation:
 *
 *   tf~(t, d) = sum over fields f of  W[f] * tf(t, d, f) / (1 - B[f] + B[f] * len(d, f) / avglen(f))
 *   match(t, d) = tf~ * (K1 + 1) / (tf~ + K1)                    (1 for one plain body mention)
 *
 * and the query's words add up, each weighted by its rarity in the library (IDF, from ./vocabulary). W says
 * how telling a field is, B how much a long field is discounted (a word in a one-line title says more than
 * in a list of twenty aliases), K1 how fast repeated mentions stop adding. The counts are taken when the
 * index is built and saved with it.
 */
import { analyze } from './text';
import type { SearchDoc } from './types';
import { ENTRY_SEPARATOR } from './index-config';

export const FIELD_COUNT = 6;
/**
 * W and B per field (title, aliases, headings, summary, body, questions), and K1 (16: repeated mentions
 * keep adding for long). The title weight, body B and K1 were chosen by cross-validation on the development
 * questions with the ranking settings in ./engine (scripts/relevance-dev.ts --cv); read when an engine is
 * made.
 */
export const BM25F_PARAMS = { W: [2, 1, 1.5, 2, 1, 1], B: [0.5, 0.3, 0.5, 0.5, 0.75, 0.5], K1: 16 };

/**
 * Counts of one stem in one article, per field (title, aliases, headings, summary, body, questions), packed
 * in one integer below 2^32 (bitwise operations keep its low 32 bits).
 */
const BITS = [3, 5, 4, 3, 12, 5];
const SHIFTS = BITS.map((_, f) => BITS.slice(0, f).reduce((a, b) => a + b, 0));
const MAX = BITS.map((b) => (1 << b) - 1);
/** Sections recorded per stem (bits of a 32-bit integer); a stem only in later sections gets no snippet from them. */
const MAX_SECTIONS = 31;

export interface TermStatsData {
  /** Stems, by number. */
  terms: string[];
  /**
   * Per article: its field lengths, then [stem number, packed counts, sections] triples sorted by stem
   * number; "sections" has bit i set when section i holds the stem (what picks the snippet's section).
   */
  docs: { lengths: number[]; counts: number[] }[];
}

/** The stems of each field of an article, in the order of W. */
export function fieldStems(doc: SearchDoc): string[][] {
  return [
    [doc.title],
    doc.aliases,
    doc.sections.flatMap((s) => (s.title ? [s.title] : [])),
    [doc.summary],
    doc.sections.map((s) => s.text),
    doc.questions,
  ].map((texts) => texts.flatMap((text) => analyze(text).stems).filter((s) => s !== ENTRY_SEPARATOR));
}

/** Counts every stem of every article, per field. */
export function countTerms(docs: SearchDoc[]): TermStatsData {
  const numbers = new Map<string, number>();
  const terms: string[] = [];
  const counted = docs.map((doc) => {
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
        sections.set(n, (sections.get(n) ?? 0) | (1 << i));
      }
    });
    const counts: number[] = [];
    for (const n of [...byTerm.keys()].sort((a, b) => a - b)) {
      const perField = byTerm.get(n) as number[];
      counts.push(
        n,
        perField.reduce((packed, c, f) => packed + Math.min(c, MAX[f]) * 2 ** SHIFTS[f], 0),
        sections.get(n) ?? 0,
      );
    }
    return { lengths: fields.map((s) => s.length), counts };
  });
  return { terms, docs: counted };
}

/** Scores stems against articles with the saved counts. */
export class Bm25f {
  private readonly numbers = new Map<string, number>();
  /** Per article and field: W[f] / (1 - B[f] + B[f] * len / avglen). */
  private readonly norms: Float64Array;
  private readonly k1 = BM25F_PARAMS.K1;

  constructor(private readonly data: TermStatsData) {
    data.terms.forEach((t, i) => this.numbers.set(t, i));
    const { W, B } = BM25F_PARAMS;
    const n = data.docs.length;
    const avg = new Array<number>(FIELD_COUNT).fill(0);
    for (const d of data.docs) for (let f = 0; f < FIELD_COUNT; f++) avg[f] += d.lengths[f] / Math.max(1, n);
    this.norms = new Float64Array(n * FIELD_COUNT);
    data.docs.forEach((d, i) => {
      for (let f = 0; f < FIELD_COUNT; f++) {
        const relative = avg[f] > 0 ? d.lengths[f] / avg[f] : 1;
        this.norms[i * FIELD_COUNT + f] = W[f] / (1 - B[f] + B[f] * relative);
      }
    });
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
    return at < 0 ? 0 : this.saturate(doc, this.data.docs[doc].counts[at + 1]);
  }

  /** The sections of an article holding a stem, as bits (bit i for section i), 0 when none does. */
  sections(doc: number, stem: string): number {
    const term = this.termNumber(stem);
    const at = term < 0 ? -1 : this.find(doc, term);
    return at < 0 ? 0 : this.data.docs[doc].counts[at + 2];
  }

  /** Where the stem's triple starts in the article's counts, or -1. */
  private find(doc: number, term: number): number {
    const counts = this.data.docs[doc].counts;
    let low = 0;
    let high = counts.length / 3;
    while (low < high) {
      const mid = (low + high) >> 1;
      const at = counts[3 * mid];
      if (at === term) return 3 * mid;
      if (at < term) low = mid + 1;
      else high = mid;
    }
    return -1;
  }

  private saturate(doc: number, packed: number): number {
    let tf = 0;
    const base = doc * FIELD_COUNT;
    for (let f = 0; f < FIELD_COUNT; f++) {
      const c = Math.floor(packed / 2 ** SHIFTS[f]) & MAX[f];
      if (c) tf += c * this.norms[base + f];
    }
    return (tf * (this.k1 + 1)) / (tf + this.k1);
  }
}
