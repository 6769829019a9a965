/** Relevance metrics over the labelled suite, for any engine that returns ranked article ids. */
import type { LabelledQuery } from './queries';

export type Ranker = (query: string) => string[];

export interface QueryOutcome {
  query: string;
  ranked: string[];
  /** 1-based rank of the first grade-2 answer within the first 5, or null. */
  rank: number | null;
}

export interface RelevanceReport {
  queries: number;
  top1: number;
  mrr5: number;
  ndcg5: number;
  zeroResultRate: number;
  misses: QueryOutcome[];
}

function dcg(grades: number[]): number {
  return grades.reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);
}

export function evaluate(suite: LabelledQuery[], rank: Ranker): RelevanceReport {
  let top1 = 0;
  let reciprocal = 0;
  let ndcg = 0;
  let zero = 0;
  const misses: QueryOutcome[] = [];
  for (const item of suite) {
    const ranked = rank(item.query);
    if (ranked.length === 0) zero++;
    const first = ranked.slice(0, 5).findIndex((id) => item.relevant[id] === 2);
    if (first === 0) top1++;
    if (first >= 0) reciprocal += 1 / (first + 1);
    if (first !== 0)
      misses.push({ query: item.query, ranked: ranked.slice(0, 5), rank: first >= 0 ? first + 1 : null });
    const ideal = dcg(
      Object.values(item.relevant)
        .sort((a, b) => b - a)
        .slice(0, 5),
    );
    ndcg += dcg(ranked.slice(0, 5).map((id) => item.relevant[id] ?? 0)) / ideal;
  }
  const n = suite.length;
  return { queries: n, top1: top1 / n, mrr5: reciprocal / n, ndcg5: ndcg / n, zeroResultRate: zero / n, misses };
}

export function formatReport(name: string, r: RelevanceReport): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  return `${name}: ${r.queries} queries, top-1 ${pct(r.top1)}, MRR@5 ${r.mrr5.toFixed(3)}, nDCG@5 ${r.ndcg5.toFixed(3)}, zero results ${pct(r.zeroResultRate)}`;
}
