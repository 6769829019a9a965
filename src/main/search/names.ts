/**
 * How fully a query names an article, or asks one of the questions it answers: the best overlap between the
 * query's words and one of the article's names (its title or one alias) or questions, each side weighted by
 * rarity (a weighted Dice coefficient). "Night leg cramps" names the article titled so, and outweighs an
 * article that only mentions night, legs and cramps often; in a long question no single name covers much,
 * so the figure stays small and the words decide.
 */
import { analyze } from './text';
import type { QueryPlan, SearchDoc } from './types';

/** One name or question of an article: its distinct stems, the rarity of each, and their sum. */
interface Entry {
  stems: string[];
  rarity: number[];
  weight: number;
}

/** The query's words as the overlap needs them, worked out once per query. */
export interface QueryTerms {
  /** Per stem, the words it stands for and how strongly: [word, weight, word, weight, ...]. */
  byStem: Map<string, number[]>;
  /** Alternatives of several stems ("charley horse" -> leg cramp), matched only when all are present. */
  phrases: { word: number; stems: string[]; weight: number }[];
  /** Each word's rarity. */
  idf: Float64Array;
  /** The summed rarity of the query's words. */
  total: number;
}

/** An article's names (or questions), and which of them hold each stem. */
interface Entries {
  list: Entry[];
  byStem: Map<string, number[]>;
}

export class NameMatcher {
  /** Each article's names and questions, made the first time the article is scored. */
  private readonly names = new Map<number, Entries>();
  private readonly questions = new Map<number, Entries>();
  /** The entries holding one of the query's stems (scratch). */
  private readonly touched = new Set<number>();
  /** Per query word, the strongest way one entry matches it (scratch). */
  private best = new Float64Array(16);

  constructor(
    private readonly docs: SearchDoc[],
    /** The rarity of a stem in the library. */
    private readonly idf: (stem: string) => number,
  ) {}

  static termsOf(plan: QueryPlan): QueryTerms {
    const byStem = new Map<string, number[]>();
    const phrases: QueryTerms['phrases'] = [];
    const idf = new Float64Array(plan.words.length);
    let total = 0;
    plan.words.forEach((w, i) => {
      idf[i] = w.idf;
      total += w.idf;
      for (const a of w.alternatives) {
        if (a.stems.length === 1) {
          const list = byStem.get(a.stems[0]);
          if (list) list.push(i, a.weight);
          else byStem.set(a.stems[0], [i, a.weight]);
        } else {
          phrases.push({ word: i, stems: a.stems, weight: a.weight });
        }
      }
    });
    return { byStem, phrases, idf, total };
  }

  /** The best overlap, 0 to 1, of the query with one of the article's names. */
  coverage(doc: number, terms: QueryTerms): number {
    return this.bestOverlap(
      this.entriesOf(this.names, doc, (d) => [d.title, ...d.aliases]),
      terms,
    );
  }

  /** The best overlap, 0 to 1, of the query with one of the questions the article answers. */
  questionCoverage(doc: number, terms: QueryTerms): number {
    return this.bestOverlap(
      this.entriesOf(this.questions, doc, (d) => d.questions),
      terms,
    );
  }

  private bestOverlap(entries: Entries, terms: QueryTerms): number {
    if (terms.total === 0) return 0;
    const n = terms.idf.length;
    if (this.best.length < n) this.best = new Float64Array(2 * n);
    const best = this.best;
    // Only entries holding a stem of the query can overlap it.
    const touched = this.touched;
    touched.clear();
    for (const stem of terms.byStem.keys()) for (const e of entries.byStem.get(stem) ?? []) touched.add(e);
    for (const p of terms.phrases) for (const e of entries.byStem.get(p.stems[0]) ?? []) touched.add(e);
    let overlap = 0;
    for (const e of touched) {
      const entry = entries.list[e];
      best.fill(0, 0, n);
      let nameMatched = 0;
      for (let j = 0; j < entry.stems.length; j++) {
        const words = terms.byStem.get(entry.stems[j]);
        if (!words) continue;
        nameMatched += entry.rarity[j];
        for (let k = 0; k < words.length; k += 2) if (words[k + 1] > best[words[k]]) best[words[k]] = words[k + 1];
      }
      for (const p of terms.phrases) {
        if (p.weight <= best[p.word] || !p.stems.every((s) => entry.stems.includes(s))) continue;
        best[p.word] = p.weight;
        for (const s of p.stems) if (!terms.byStem.has(s)) nameMatched += this.idf(s);
      }
      let queryMatched = 0;
      for (let i = 0; i < n; i++) queryMatched += terms.idf[i] * best[i];
      const dice = (queryMatched + nameMatched) / (terms.total + entry.weight);
      if (dice > overlap) overlap = dice;
    }
    return overlap;
  }

  private entriesOf(cache: Map<number, Entries>, doc: number, texts: (doc: SearchDoc) => string[]): Entries {
    let entries = cache.get(doc);
    if (!entries) {
      const list = texts(this.docs[doc]).map((text) => {
        const stems = [...new Set(analyze(text).stems)];
        const rarity = stems.map(this.idf);
        return { stems, rarity, weight: rarity.reduce((sum, r) => sum + r, 0) };
      });
      const byStem = new Map<string, number[]>();
      list.forEach((entry, e) => {
        for (const stem of entry.stems) {
          const holders = byStem.get(stem);
          if (holders) holders.push(e);
          else byStem.set(stem, [e]);
        }
      });
      entries = { list, byStem };
      cache.set(doc, entries);
    }
    return entries;
  }
}
