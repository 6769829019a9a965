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
}

export class NameMatcher {
  /** Per article: the distinct stems of its title and of each alias. */
  private readonly names: (string[][] | undefined)[] = [];

  constructor(private readonly docs: SearchDoc[]) {}

  private namesOf(doc: number): string[][] {
    let names = this.names[doc];
    if (!names) {
      const { title, aliases } = this.docs[doc];
      names = [title, ...aliases].map((name) => [...new Set(analyze(name).stems)]).filter((n) => n.length > 0);
      this.names[doc] = names;
    }
    return names;
  }

  forQuery(plan: QueryPlan): { match(doc: number): number } {
    const n = plan.words.length;
    const idf = plan.words.map((w) => w.idf);
    const totalIdf = idf.reduce((a, b) => a + b, 0);
    const singles = new Map<string, { word: number; weight: number }[]>();
    const multis: Multi[] = [];
    plan.words.forEach((word, i) => {
      for (const a of word.alternatives) {
        if (a.stems.length === 1) {
          const list = singles.get(a.stems[0]) ?? [];
          list.push({ word: i, weight: a.weight });
          singles.set(a.stems[0], list);
        } else multis.push({ stems: a.stems, from: i, to: i + 1, weight: a.weight });
      }
    });
    for (const p of plan.phrases) {
      for (const a of p.alternatives) multis.push({ stems: a.stems, from: p.from, to: p.to, weight: a.weight });
    }
    const values = new Float64Array(n);
    const match = (doc: number): number => {
      let best = 0;
      for (const name of this.namesOf(doc)) {
        // Names sharing no stem with the query are skipped without resetting `values`.
        let used = 0;
        let touched = false;
        for (const stem of name) {
          const list = singles.get(stem);
          if (!list) continue;
          if (!touched) values.fill(0);
          touched = true;
          used++;
          for (const { word, weight } of list) if (weight > values[word]) values[word] = weight;
        }
        for (const m of multis) {
          if (!m.stems.every((s) => name.includes(s))) continue;
          if (!touched) values.fill(0);
          touched = true;
          used += m.stems.filter((s) => !singles.has(s)).length;
          for (let i = m.from; i < m.to; i++) if (m.weight > values[i]) values[i] = m.weight;
        }
        if (!touched) continue;
        let recall = 0;
        for (let i = 0; i < n; i++) recall += values[i] * idf[i];
        recall /= totalIdf;
        const precision = Math.min(1, used / name.length);
        if (recall > 0 && precision > 0) best = Math.max(best, (2 * recall * precision) / (recall + precision));
      }
      return best;
    };
    return { match };
  }
}
