/**
 * Scores an engine on a real-world half (./real-world): top-1 and success@3 on the questions and typed
 * queries whose best answer is an article of the library, how often such a question is refused, and
 * whether every scope question gets the scope article or no match. Items whose best answer is a planned
 * article that does not exist yet cannot be answered and are counted apart.
 */
import { SCOPE_ARTICLE, type RealWorldItem } from './real-world';

/** What an engine answered: the ranked article ids (empty for no match). */
export type Answerer = (query: string) => string[];

export interface RealWorldReport {
  /** Article-answered items whose best answer exists in the library. */
  answerable: number;
  /** Article-answered items whose best answer is only planned. */
  unanswerable: number;
  top1: number;
  success3: number;
  /** Share of answerable items answered with nothing. */
  noMatch: number;
  scopeItems: number;
  /** Share of scope items answered by the scope article first or by no match. */
  scopeOk: number;
  misses: { item: RealWorldItem; ranked: string[] }[];
  scopeMisses: { item: RealWorldItem; ranked: string[] }[];
}

export function evaluateRealWorld(
  items: RealWorldItem[],
  answer: Answerer,
  library: ReadonlySet<string>,
): RealWorldReport {
  let answerable = 0;
  let unanswerable = 0;
  let top1 = 0;
  let success3 = 0;
  let refused = 0;
  let scopeItems = 0;
  let scopeOk = 0;
  const misses: RealWorldReport['misses'] = [];
  const scopeMisses: RealWorldReport['scopeMisses'] = [];
  for (const item of items) {
    if (item.kind === 'unrelated') continue;
    if (item.kind === 'scope') {
      scopeItems++;
      const ranked = answer(item.text);
      if (ranked.length === 0 || ranked[0] === SCOPE_ARTICLE) scopeOk++;
      else scopeMisses.push({ item, ranked: ranked.slice(0, 3) });
      continue;
    }
    if (item.expected !== 'article') continue;
    if (!item.best.some((id) => library.has(id))) {
      unanswerable++;
      continue;
    }
    answerable++;
    const ranked = answer(item.text);
    if (ranked.length === 0) refused++;
    if (item.best.includes(ranked[0])) top1++;
    else misses.push({ item, ranked: ranked.slice(0, 3) });
    if (ranked.slice(0, 3).some((id) => item.best.includes(id))) success3++;
  }
  return {
    answerable,
    unanswerable,
    top1: top1 / answerable,
    success3: success3 / answerable,
    noMatch: refused / answerable,
    scopeItems,
    scopeOk: scopeItems ? scopeOk / scopeItems : 1,
    misses,
    scopeMisses,
  };
}

export function formatRealWorld(name: string, r: RealWorldReport): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  return (
    `${name}: ${r.answerable} answerable (${r.unanswerable} wait for planned articles), top-1 ${pct(r.top1)}, ` +
    `success@3 ${pct(r.success3)}, no match ${pct(r.noMatch)}, scope ${pct(r.scopeOk)} of ${r.scopeItems}`
  );
}
