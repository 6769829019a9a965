/**
 * The stems of each section of an article, analysed the first time the article is a hit and kept for the
 * most recent articles. Lets a hit find its best section with a few set lookups, so the snippet pattern
 * only runs over the one section it is cut from.
 */
import type { SearchDoc } from './engine';
import type { QueryPlan } from './query';
import { analyze } from './text';

/** Articles whose section stems are kept; older ones are analysed again when they come back. */
const CACHE_SIZE = 2_000;

export class SectionStems {
  private readonly cache = new Map<number, Set<string>[]>();

  constructor(private readonly docs: SearchDoc[]) {}

  private of(doc: number): Set<string>[] {
    let sections = this.cache.get(doc);
    if (sections) {
      // Refresh its place as the most recently used.
      this.cache.delete(doc);
    } else {
      sections = this.docs[doc].sections.map((s) => new Set(analyze(s.text).stems));
      if (this.cache.size >= CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as number);
    }
    this.cache.set(doc, sections);
    return sections;
  }

  /** Index of the section holding the most of the query's words (the first wins a tie), or -1 for none. */
  best(doc: number, plan: QueryPlan): number {
    const sections = this.of(doc);
    let best = -1;
    let bestCount = 0;
    sections.forEach((stems, index) => {
      let count = 0;
      for (const word of plan.words) {
        if (word.alternatives.some((a) => a.stems.some((s) => stems.has(s)))) count++;
      }
      if (count > bestCount) {
        bestCount = count;
        best = index;
      }
    });
    return best;
  }
}
