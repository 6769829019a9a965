/**
 * How closely an article's title or one of its aliases says the query, from 0 to 1: the share of the
 * query's words (weighted by rarity) the name contains, balanced (F1) with the share of the name's own
 * words the query used. "Night leg cramps" says "why do my legs cramp at night" exactly (1.0); "Leg cramps
 * in pregnancy" only partly. Names are analysed the first time an article is a candidate, not at startup.
 */
import type { SearchDoc } from './engine';
import type { QueryPlan } from './query';
import { analyze } from './text';

interface Multi {
  stems: string[];
  from: number;
  to: number;
  weight: number;
  /** How many of its stems no single-stem alternative has (they add to the words of a name the query used). */
  extra: number;
}

/** An article's names (its title and aliases), indexed by stem so a query only visits the names it touches. */
interface Names {
  /** Number of distinct stems of each name. */
  sizes: number[];
  /** For each stem, the names holding it, ascending. */
  withStem: Map<string, number[]>;
}

const NONE: readonly number[] = [];

export class NameMatcher {
  private readonly names: (Names | undefined)[] = [];

  constructor(private readonly docs: SearchDoc[]) {}

  private namesOf(doc: number): Names {
    let names = this.names[doc];
    if (!names) {
      const { title, aliases } = this.docs[doc];
      const stemLists = [title, ...aliases].map((name) => [...new Set(analyze(name).stems)]).filter((n) => n.length);
      const withStem = new Map<string, number[]>();
      stemLists.forEach((stems, name) => {
        for (const stem of stems) withStem.set(stem, [...(withStem.get(stem) ?? []), name]);
      });
      names = { sizes: stemLists.map((stems) => stems.length), withStem };
      this.names[doc] = names;
    }
    return names;
  }

  forQuery(plan: QueryPlan): { match(doc: number): number } {
    const n = plan.words.length;
    const idf = plan.words.map((w) => w.idf);
    const totalIdf = idf.reduce((a, b) => a + b, 0);
    const singles = new Map<string, { word: number; weight: number }[]>();
    const multiAlternatives: Omit<Multi, 'extra'>[] = [];
    plan.words.forEach((word, i) => {
      for (const a of word.alternatives) {
        if (a.stems.length === 1) {
          const list = singles.get(a.stems[0]) ?? [];
          list.push({ word: i, weight: a.weight });
          singles.set(a.stems[0], list);
        } else multiAlternatives.push({ stems: a.stems, from: i, to: i + 1, weight: a.weight });
      }
    });
    for (const p of plan.phrases) {
      for (const a of p.alternatives)
        multiAlternatives.push({ stems: a.stems, from: p.from, to: p.to, weight: a.weight });
    }
    const multis: Multi[] = multiAlternatives.map((m) => ({
      ...m,
      extra: m.stems.filter((s) => !singles.has(s)).length,
    }));

    // Per name of the article being matched: the best value of each query word, and the name's words used.
    let values = new Float64Array(0);
    let used = new Int32Array(0);
    const match = (doc: number): number => {
      const { sizes, withStem } = this.namesOf(doc);
      if (used.length < sizes.length) {
        values = new Float64Array(sizes.length * n);
        used = new Int32Array(sizes.length);
      }
      values.fill(0, 0, sizes.length * n);
      used.fill(0, 0, sizes.length);
      for (const [stem, list] of singles) {
        for (const name of withStem.get(stem) ?? NONE) {
          used[name]++;
          for (const { word, weight } of list) values[name * n + word] = Math.max(values[name * n + word], weight);
        }
      }
      for (const m of multis) {
        for (const name of withStem.get(m.stems[0]) ?? NONE) {
          if (!m.stems.every((s) => withStem.get(s)?.includes(name))) continue;
          used[name] += m.extra;
          for (let i = m.from; i < m.to; i++) values[name * n + i] = Math.max(values[name * n + i], m.weight);
        }
      }
      let best = 0;
      for (let name = 0; name < sizes.length; name++) {
        if (used[name] === 0) continue;
        let recall = 0;
        for (let i = 0; i < n; i++) recall += values[name * n + i] * idf[i];
        recall /= totalIdf;
        const precision = Math.min(1, used[name] / sizes[name]);
        if (recall > 0) best = Math.max(best, (2 * recall * precision) / (recall + precision));
      }
      return best;
    };
    return { match };
  }
}
