/**
 * `npx tsx scripts/relevance-dev.ts [--misses] [--tune] [--cv [--with-fresh]]`: the search engine's scores on
 * the development half of the real-world sets, on the development-only batches (3, and the fresh ones in
 * FRESH_BATCHES), and on the regression suite, with each miss when asked; --tune grid-searches the BM25F field
 * weights, length normalisation and saturation, and the intent prior, on the development half. For tuning: it
 * never reads the test half.
 */
import { loadDictionary } from '../src/main/search/dictionary';
import { BM25F_PARAMS } from '../src/main/search/bm25f';
import { IDF_PARAMS } from '../src/main/search/vocabulary';
import { RANK_PARAMS, SearchEngine } from '../src/main/search/engine';
import { libraryDocs } from '../tests/relevance/library';
import { evaluate, formatReport } from '../tests/relevance/metrics';
import { IN_DOMAIN } from '../tests/relevance/queries';
import { FRESH_BATCHES, loadFreshBatch, loadRealWorld, loadScopeEvidence } from '../tests/relevance/real-world';
import { evaluateRealWorld, formatRealWorld, type RealWorldReport } from '../tests/relevance/real-world-eval';

const { docs } = libraryDocs();
const exported = SearchEngine.build(docs, [], { dictionary: loadDictionary() }).export();
const library = new Set(docs.map((d) => d.id));
const development = loadRealWorld('development');

function score() {
  const engine = SearchEngine.fromExport(docs, exported);
  const answer = (q: string) => engine.search(q, 10).hits.map((h) => h.id);
  return { dev: evaluateRealWorld(development, answer, library), answer };
}

if (process.argv.includes('--cv')) {
  // Grid search checked by 5-fold cross-validation inside the development half: each setting is scored per
  // item once; for each fold the best setting on the other four fifths is scored on the held fifth, so the
  // reported figure says how well the choice generalises, not how well it fits 202 items.
  const P = BM25F_PARAMS;
  const R = RANK_PARAMS;
  const grid: {
    K1: number;
    title: number;
    bodyB: number;
    intent: number;
    unasked: number;
    questions: number;
    names: number;
    asked: number;
    idf: number;
  }[] = [];
  for (const K1 of [4, 8, 16])
    for (const title of [1, 2, 4])
      for (const bodyB of [0.75, 0.9])
        for (const intent of [0, 0.25, 0.5])
          for (const unasked of [0, 0.5, 1])
            for (const questions of [0.5, 1, 2])
              for (const names of [1, 2, 4])
                for (const asked of [0, 0.5, 1, 2])
                  for (const idf of [0.5, 1])
                    grid.push({ K1, title, bodyB, intent, unasked, questions, names, asked, idf });
  const current = {
    K1: P.K1,
    title: P.W[0],
    bodyB: P.B[4],
    intent: R.intentPrior,
    unasked: R.unasked,
    questions: P.W[5],
    names: R.names,
    asked: R.questions,
    idf: IDF_PARAMS.power,
  };
  // --with-fresh adds the questions of the fresh batches (FRESH_BATCHES) to the items the folds are drawn from.
  const pool = process.argv.includes('--with-fresh')
    ? [...development, ...FRESH_BATCHES.flatMap(loadFreshBatch)]
    : development;
  const items = pool.filter((i) => i.expected === 'article' && i.best.some((id) => library.has(id)));
  const hits = grid.map((g) => {
    Object.assign(P, {
      K1: g.K1,
      W: [g.title, ...P.W.slice(1, 5), g.questions, ...P.W.slice(6)],
      B: [...P.B.slice(0, 4), g.bodyB, ...P.B.slice(5)],
    });
    R.intentPrior = g.intent;
    R.unasked = g.unasked;
    R.names = g.names;
    R.questions = g.asked;
    IDF_PARAMS.power = g.idf;
    const engine = SearchEngine.fromExport(docs, exported);
    return items.map((item) => (item.best.includes(engine.rankedIds(item.text, 1)[0]) ? 1 : 0));
  });
  const folds = 5;
  const foldOf = (i: number) => i % folds;
  const share = (h: number[], keep: (i: number) => boolean) => {
    let n = 0;
    let sum = 0;
    h.forEach((v, i) => {
      if (keep(i)) {
        n++;
        sum += v;
      }
    });
    return sum / n;
  };
  let held = 0;
  for (let k = 0; k < folds; k++) {
    let best = 0;
    hits.forEach((h, g) => {
      if (share(h, (i) => foldOf(i) !== k) > share(hits[best], (i) => foldOf(i) !== k)) best = g;
    });
    const score = share(hits[best], (i) => foldOf(i) === k);
    held += score / folds;
    console.log(`fold ${k}: chose ${JSON.stringify(grid[best])}, held-out top-1 ${(100 * score).toFixed(1)}%`);
  }
  const overall = hits.map((h) => share(h, () => true));
  const top = overall.indexOf(Math.max(...overall));
  console.log(`cross-validated top-1 ${(100 * held).toFixed(1)}%; best on all of dev ${JSON.stringify(grid[top])}`);
  console.log(
    `  ${(100 * overall[top]).toFixed(1)}% (current setting ${JSON.stringify(current)}: ${(100 * share(hits[grid.findIndex((g) => JSON.stringify(g) === JSON.stringify(current))] ?? [], () => true)).toFixed(1)}%)`,
  );
} else if (process.argv.includes('--tune')) {
  // Coordinate search: each setting in turn over a few values, keeping the best (top-1, then success@3).
  const P = BM25F_PARAMS;
  const R = RANK_PARAMS;
  const settings: [string, number[], () => number, (v: number) => void][] = [
    ['title W', [1, 2, 4, 8], () => P.W[0], (v) => (P.W[0] = v)],
    ['aliases W', [0.5, 1, 2, 4], () => P.W[1], (v) => (P.W[1] = v)],
    ['headings W', [0.5, 1, 2], () => P.W[2], (v) => (P.W[2] = v)],
    ['summary W', [0.5, 1, 2, 4], () => P.W[3], (v) => (P.W[3] = v)],
    ['body B', [0.3, 0.5, 0.75, 0.9], () => P.B[4], (v) => (P.B[4] = v)],
    ['aliases B', [0.3, 0.75, 1], () => P.B[1], (v) => (P.B[1] = v)],
    ['signs W', [0.5, 0.75, 1], () => P.W[6], (v) => (P.W[6] = v)],
    ['signs B', [0, 0.3, 0.75], () => P.B[6], (v) => (P.B[6] = v)],
    ['K1', [0.8, 1.2, 2, 4, 8], () => P.K1, (v) => (P.K1 = v)],
    ['intent prior', [0, 0.1, 0.25, 0.5], () => R.intentPrior, (v) => (R.intentPrior = v)],
  ];
  const value = () => {
    const { dev } = score();
    return dev.top1 + dev.success3 / 100;
  };
  let best = value();
  for (let pass = 0; pass < 2; pass++) {
    for (const [name, values, get, set] of settings) {
      const before = get();
      let chosen: number | null = null;
      for (const v of values) {
        set(v);
        const got = value();
        if (got > best + 1e-9) {
          best = got;
          chosen = v;
        }
      }
      // Put back the best value seen for this setting (or the one before, when none beat it).
      if (chosen !== null) set(chosen);
      else set(before);
      console.log(
        `${name}: ${chosen ?? 'unchanged'} -> ${JSON.stringify({ ...BM25F_PARAMS, ...RANK_PARAMS })} ${best.toFixed(4)}`,
      );
    }
  }
} else {
  const { dev, answer } = score();
  console.log(formatRealWorld('development half', dev));
  console.log(formatReport('regression suite', evaluate(IN_DOMAIN, answer)));
  printMisses(dev, 'miss', 'scope');
  scopeEvidence(answer);
  for (const batch of FRESH_BATCHES) freshBatch(batch, answer);
}

/** Batch 4 or 5 (development only): fresh questions, scored like the development half. */
function freshBatch(batch: (typeof FRESH_BATCHES)[number], answer: (q: string) => string[]) {
  const report = evaluateRealWorld(loadFreshBatch(batch), answer, library);
  console.log(formatRealWorld(`batch ${batch} (development evidence)`, report));
  printMisses(report, `batch${batch}`, `batch${batch} scope`);
}

/**
 * With --misses, each missed question (its id, best articles, what search answered and the start of its
 * text), then each scope question the scope article did not answer.
 */
function printMisses(report: RealWorldReport, missLabel: string, scopeLabel: string) {
  if (!process.argv.includes('--misses')) return;
  for (const { item, ranked } of report.misses)
    console.log(
      `${missLabel} ${item.id} [${item.best.join('|')}] <- ${ranked.join(' ')} :: ${item.text.slice(0, 160)}`,
    );
  for (const { item, ranked } of report.scopeMisses)
    console.log(`${scopeLabel} ${item.id} <- ${ranked.join(' ')} :: ${item.text.slice(0, 160)}`);
}

/**
 * Batch 3 (development only): scope items answered by their best article (a scope article) or no match,
 * and the muscle questions sharing their words answered by their muscle article.
 */
function scopeEvidence(answer: (q: string) => string[]) {
  const items = loadScopeEvidence();
  const count = { scope: 0, scopeOk: 0, muscle: 0, top1: 0, success3: 0 };
  for (const item of items) {
    const ranked = answer(item.text);
    const hit = (n: number) => ranked.slice(0, n).some((id) => item.best.includes(id));
    const ok = item.kind === 'scope' ? ranked.length === 0 || hit(1) : hit(1);
    if (item.kind === 'scope') {
      count.scope++;
      if (ok) count.scopeOk++;
    } else {
      count.muscle++;
      if (ok) count.top1++;
      if (hit(3)) count.success3++;
    }
    if (!ok && process.argv.includes('--misses'))
      console.log(
        `batch3 ${item.id} [${item.best.join('|')}] <- ${ranked.slice(0, 3).join(' ')} :: ${item.text.slice(0, 120)}`,
      );
  }
  console.log(
    `scope evidence (batch 3, development): scope ${count.scopeOk}/${count.scope}; ` +
      `muscle look-alikes top-1 ${count.top1}/${count.muscle}, success@3 ${count.success3}/${count.muscle}`,
  );
}
