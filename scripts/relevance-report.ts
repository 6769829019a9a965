/**
 * `npx tsx scripts/relevance-report.ts [--split development|test|both] [--batch all|N ...] [--engine NAME ...]
 *   [--content DIR] [--store DIR] [--json]`
 *
 * Scores search engines on the real-world relevance sets (tests/relevance/real-world.*.json). Engines:
 * "spasm-guide" (the built content store in out/content, through the app's load path; build it first with
 * `npx electron-vite build`), "lunr" and "minisearch" (library defaults), and "lunr-synonyms" and
 * "minisearch-synonyms" (the benchmark's tuned set-ups). Default: all five, both halves.
 *
 * Metrics, for items whose expected answer is an article (questions and typed queries):
 * - top-1: the first result is one of the item's best answers;
 * - success@3: a best answer is in the first three;
 * - MRR@5: mean of 1/rank of the first best answer within five (0 when absent);
 * - no match: the engine returned nothing (or said "no match") for a question the library answers.
 * Scope items are correct when the first result is the scope article or there are no results; unrelated
 * items are correct when there are no results.
 */
import { parseArgs } from 'node:util';
import { loadStore } from '../src/main/content/load-store';
import { libraryDocs } from '../tests/relevance/library';
import {
  SCOPE_ARTICLE,
  batchOf,
  loadRealWorld,
  type LengthBucket,
  type RealWorldItem,
  type Split,
} from '../tests/relevance/real-world';
import { lunrDefaults, lunrSearch, miniSearch, miniSearchDefaults, type CompetitorKind } from './bench/competitors';

/** What an engine gives for a query: ranked article ids, empty for "no match". */
type Ranker = (query: string) => string[];

interface Scores {
  n: number;
  top1: number;
  success3: number;
  mrr5: number;
  noMatch: number;
}

export interface Report {
  engine: string;
  split: Split;
  /** "all", or the collection batch scored. */
  batch: string;
  inDomain: Scores;
  /** In-domain items whose best answer is an article the library has today (planned ones excluded). */
  answerableToday: Scores;
  byKind: Record<'question' | 'typed', Scores>;
  byLength: Record<LengthBucket, Scores>;
  scope: { n: number; correct: number };
  unrelated: { n: number; noMatch: number };
}

function score(items: RealWorldItem[], ranked: Map<string, string[]>): Scores {
  let top1 = 0;
  let success3 = 0;
  let mrr5 = 0;
  let noMatch = 0;
  for (const item of items) {
    const ids = ranked.get(item.id)!;
    const rank = ids.slice(0, 5).findIndex((id) => item.best.includes(id));
    if (rank === 0) top1++;
    if (rank >= 0 && rank < 3) success3++;
    if (rank >= 0) mrr5 += 1 / (rank + 1);
    if (ids.length === 0) noMatch++;
  }
  const n = items.length || 1;
  return { n: items.length, top1: top1 / n, success3: success3 / n, mrr5: mrr5 / n, noMatch: noMatch / n };
}

export function report(
  engine: string,
  split: Split,
  batch: string,
  items: RealWorldItem[],
  rank: Ranker,
  existing: Set<string>,
): Report {
  const ranked = new Map(items.map((item) => [item.id, rank(item.text)]));
  const inDomain = items.filter((item) => item.expected === 'article');
  const scope = items.filter((item) => item.kind === 'scope');
  const unrelated = items.filter((item) => item.kind === 'unrelated');
  return {
    engine,
    split,
    batch,
    inDomain: score(inDomain, ranked),
    answerableToday: score(
      inDomain.filter((i) => i.best.some((id) => existing.has(id))),
      ranked,
    ),
    byKind: {
      question: score(
        inDomain.filter((i) => i.kind === 'question'),
        ranked,
      ),
      typed: score(
        inDomain.filter((i) => i.kind === 'typed'),
        ranked,
      ),
    },
    byLength: {
      '1-4': score(
        inDomain.filter((i) => i.length === '1-4'),
        ranked,
      ),
      '5-10': score(
        inDomain.filter((i) => i.length === '5-10'),
        ranked,
      ),
      '11+': score(
        inDomain.filter((i) => i.length === '11+'),
        ranked,
      ),
    },
    scope: {
      n: scope.length,
      correct: scope.filter((i) => {
        const ids = ranked.get(i.id)!;
        return ids.length === 0 || ids[0] === SCOPE_ARTICLE;
      }).length,
    },
    unrelated: { n: unrelated.length, noMatch: unrelated.filter((i) => ranked.get(i.id)!.length === 0).length },
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
/** A rate over a group, or "–" when the group is empty (a batch may have no typed or short items). */
const rate = (s: Scores, x: number) => (s.n === 0 ? '–' : pct(x));

export function table(reports: Report[]): string {
  const rows = [
    '| engine | half | batch | in-domain n | top-1 | success@3 | MRR@5 | no match | questions top-1 | typed top-1 | 1–4 words top-1 / s@3 | 5–10 words top-1 / s@3 | 11+ words top-1 / s@3 | answerable today: n / top-1 / s@3 / no match | scope correct | unrelated no match |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of reports) {
    const len = (b: LengthBucket) =>
      `${rate(r.byLength[b], r.byLength[b].top1)} / ${rate(r.byLength[b], r.byLength[b].success3)}`;
    rows.push(
      `| ${r.engine} | ${r.split} | ${r.batch} | ${r.inDomain.n} | ${pct(r.inDomain.top1)} | ${pct(r.inDomain.success3)} | ${r.inDomain.mrr5.toFixed(3)} | ${pct(r.inDomain.noMatch)} | ${rate(r.byKind.question, r.byKind.question.top1)} | ${rate(r.byKind.typed, r.byKind.typed.top1)} | ${len('1-4')} | ${len('5-10')} | ${len('11+')} | ${r.answerableToday.n} / ${pct(r.answerableToday.top1)} / ${pct(r.answerableToday.success3)} / ${pct(r.answerableToday.noMatch)} | ${r.scope.correct}/${r.scope.n} | ${r.unrelated.noMatch}/${r.unrelated.n} |`,
    );
  }
  return rows.join('\n');
}

async function rankers(names: string[], contentDir?: string, storeDir = 'out/content'): Promise<Map<string, Ranker>> {
  const out = new Map<string, Ranker>();
  const { docs } = libraryDocs(contentDir);
  const competitors: Record<string, CompetitorKind> = {
    lunr: lunrDefaults,
    minisearch: miniSearchDefaults,
    'lunr-synonyms': lunrSearch,
    'minisearch-synonyms': miniSearch,
  };
  for (const name of names) {
    if (name === 'spasm-guide') {
      const store = await loadStore(storeDir);
      out.set(name, (query) => {
        const response = store.search.search(query, 10);
        return response.kind === 'results' ? response.hits.map((hit) => hit.id) : [];
      });
    } else if (competitors[name]) {
      const engine = competitors[name].build(docs);
      out.set(name, (query) => engine.search(query));
    } else {
      throw new Error(
        `unknown engine "${name}"; use spasm-guide, lunr, minisearch, lunr-synonyms or minisearch-synonyms`,
      );
    }
  }
  return out;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      split: { type: 'string', default: 'both' },
      engine: { type: 'string', multiple: true },
      batch: { type: 'string', multiple: true },
      content: { type: 'string' },
      store: { type: 'string', default: 'out/content' },
      json: { type: 'boolean', default: false },
    },
  });
  const splits: Split[] =
    values.split === 'both' ? ['development', 'test'] : values.split === 'test' ? ['test'] : ['development'];
  if (!['both', 'test', 'development'].includes(values.split)) throw new Error('--split: development, test or both');
  const names = values.engine ?? ['spasm-guide', 'lunr', 'minisearch', 'lunr-synonyms', 'minisearch-synonyms'];
  const batches = values.batch ?? ['all'];
  const engines = await rankers(names, values.content, values.store);
  const existing = new Set(libraryDocs(values.content).docs.map((doc) => doc.id));
  const reports: Report[] = [];
  for (const batch of batches) {
    if (batch !== 'all' && !/^\d+$/.test(batch)) throw new Error('--batch: all or a batch number');
    for (const split of splits) {
      const items = loadRealWorld(split).filter((item) => batch === 'all' || batchOf(item) === Number(batch));
      for (const [name, rank] of engines) reports.push(report(name, split, batch, items, rank, existing));
    }
  }
  console.log(values.json ? JSON.stringify(reports, null, 2) : table(reports));
}

await main();
