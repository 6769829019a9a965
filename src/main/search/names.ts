/**
 * How fully a query names an article: the best overlap between the query's words and one of the article's
 * names (its title or one alias), each side weighted by rarity (a weighted Dice coefficient). "Night leg
 * cramps" names the article titled so, and outweighs an article that only mentions night, legs and cramps
 * often; in a long question no single name covers much, so the figure stays small and the words decide.
 */
import { analyze } from './text';
import type { QueryPlan, SearchDoc } from './types';

export class NameMatcher {
  /** Each article's names (or questions) as sets of stems, made the first time the article is scored. */
  private readonly names = new Map<number, string[][]>();
  private readonly questions = new Map<number, string[][]>();

  constructor(
    private readonly docs: SearchDoc[],
    /** The rarity of a stem in the library. */
    private readonly idf: (stem: string) => number,
  ) {}

  /** The best overlap, 0 to 1, of the query with one of the article's names. */
  coverage(doc: number, plan: QueryPlan): number {
    return this.bestOverlap(
      this.entriesOf(this.names, doc, (d) => [d.title, ...d.aliases]),
      plan,
    );
  }

  /** The best overlap, 0 to 1, of the query with one of the questions the article answers. */
  questionCoverage(doc: number, plan: QueryPlan): number {
    return this.bestOverlap(
      this.entriesOf(this.questions, doc, (d) => d.questions),
      plan,
    );
  }

  private bestOverlap(entries: string[][], plan: QueryPlan): number {
    let total = 0;
    for (const w of plan.words) total += w.idf;
    if (total === 0) return 0;
    let best = 0;
    for (const name of entries) {
      let nameWeight = 0;
      for (const stem of name) nameWeight += this.idf(stem);
      const covered = new Set<string>();
      let queryMatched = 0;
      for (const w of plan.words) {
        let weight = 0;
        for (const a of w.alternatives) {
          if (a.weight > weight && a.stems.every((s) => name.includes(s))) {
            weight = a.weight;
            for (const s of a.stems) covered.add(s);
          }
        }
        queryMatched += w.idf * weight;
      }
      let nameMatched = 0;
      for (const stem of covered) nameMatched += this.idf(stem);
      const dice = (queryMatched + nameMatched) / (total + nameWeight);
      if (dice > best) best = dice;
    }
    return best;
  }

  private entriesOf(cache: Map<number, string[][]>, doc: number, texts: (doc: SearchDoc) => string[]): string[][] {
    let entries = cache.get(doc);
    if (!entries) {
      entries = texts(this.docs[doc]).map((text) => [...new Set(analyze(text).stems)]);
      cache.set(doc, entries);
    }
    return entries;
  }
}
