/**
 * `npm run bench [-- --json] [-- --sizes 1000,10000,50000] [-- --runtime PATH]`
 *
 * Benchmarks the search engine on the bundled library and on deterministic synthetic libraries: index
 * build time, export size, cold load from the export (against re-indexing), heap used, and latency
 * p50/p95/p99 of a fixed query mix (the relevance suite's queries), measured two ways: ranking only (ranked
 * ids) and the full answer the app sends (ranked results with titles and snippets, escaped and marked).
 * MiniSearch and Lunr run on the same libraries and queries: ranking only for both, and MiniSearch's top
 * hits also put through Spasm Guide's own results step, so both full answers do the same work. Their
 * relevance comes from the labelled suite. Prints a table, or one JSON object with --json. Not part of
 * `npm test`: timings depend on the machine. The fresh-process probes run on the Node running the bench, or on the
 * Node-compatible runtime given by --runtime (its executable), whose Node and V8 versions the tables name.
 */
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { loadDictionary } from '../src/main/search/dictionary';
import { SearchEngine, type SearchDoc } from '../src/main/search/engine';
import { evaluate } from '../tests/relevance/metrics';
import { libraryDocs } from '../tests/relevance/library';
import { IN_DOMAIN, OUT_OF_DOMAIN } from '../tests/relevance/queries';
import { QUERY_MIX } from './bench/query-mix';
import { FRESH_BATCHES, loadFreshBatch, loadRealWorld } from '../tests/relevance/real-world';
import { evaluateRealWorld, type RealWorldReport } from '../tests/relevance/real-world-eval';
import { COMPETITORS, lunrSearch, miniSearch, type Competitor, type CompetitorKind } from './bench/competitors';
import { firstQueries, runtimeOf, steadyLatency } from './bench/fresh-process';
import { latency, settledHeap, timeOnce, type Latency } from './bench/measure';
import { syntheticLibrary } from './bench/synthetic';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    sizes: { type: 'string', default: '1000,10000,50000' },
    'competitors-up-to': { type: 'string', default: '10000' },
    /** Also score the real-world test half (aggregate only): for the final report, not while tuning. */
    'test-half': { type: 'boolean', default: false },
    runtime: { type: 'string' },
  },
});
const runtime = runtimeOf(values.runtime);
/** How the tables name the runtime of the fresh processes. */
const onRuntime = `Node ${runtime.node}, V8 ${runtime.v8}`;
const sizes = values.sizes.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes wants whole numbers: ${values.sizes}`);
const competitorsUpTo = Number(values['competitors-up-to']);

const QUERIES = [...QUERY_MIX];
const log = (message: string) => {
  if (!values.json) process.stderr.write(`${message}\n`);
};

interface EngineRun {
  engine: string;
  buildMs: number;
  exportBytes: number;
  coldLoadMs: number;
  /** Re-indexing time divided by cold load time. */
  loadSpeedup: number;
  heapBytes: number;
  firstQueryUs: number;
  /** Ranked ids only. */
  rankUs: Latency;
  /** The full answer: ranked results with titles and snippets (null where not measured). */
  answerUs: Latency | null;
  relevance?: { top1: number; mrr5: number; ndcg5: number; zeroResultRate: number; outOfDomainEmpty: number };
}

interface LibraryRun {
  library: string;
  articles: number;
  runs: EngineRun[];
}

function roundsFor(count: number): number {
  return count <= 100 ? 20 : count <= 1_000 ? 10 : count <= 10_000 ? 5 : 3;
}

function relevanceOf(rank: (q: string) => string[]): EngineRun['relevance'] {
  const r = evaluate(IN_DOMAIN, rank);
  const outOfDomainEmpty = OUT_OF_DOMAIN.filter((q) => rank(q).length === 0).length / OUT_OF_DOMAIN.length;
  return { top1: r.top1, mrr5: r.mrr5, ndcg5: r.ndcg5, zeroResultRate: r.zeroResultRate, outOfDomainEmpty };
}

function runOurs(docs: SearchDoc[], withRelevance: boolean): { run: EngineRun; engine: SearchEngine } {
  // The dictionaries load once per process (outside the timing); the build time includes the spelling work.
  const dictionary = loadDictionary();
  const built = timeOnce(() => SearchEngine.build(docs, [], { dictionary }));
  const exportJson = JSON.stringify(built.value.export());
  const before = settledHeap();
  // Cold load: parse the stored export and import it, as the app does at startup.
  const loaded = timeOnce(() => SearchEngine.fromExport(docs, JSON.parse(exportJson) as Record<string, unknown>));
  const heapBytes = settledHeap() - before;
  const engine = loaded.value;
  const first = timeOnce(() => engine.search(QUERIES[0]));
  const rounds = roundsFor(docs.length);
  const run = {
    engine: 'Spasm Guide (FlexSearch)',
    buildMs: built.ms,
    exportBytes: Buffer.byteLength(exportJson),
    coldLoadMs: loaded.ms,
    loadSpeedup: built.ms / loaded.ms,
    heapBytes,
    firstQueryUs: first.ms * 1000,
    rankUs: latency(QUERIES, rounds, (q) => engine.rankedIds(q, 10)),
    answerUs: latency(QUERIES, rounds, (q) => engine.search(q, 10)),
    relevance: withRelevance ? relevanceOf((q) => engine.search(q, 10).hits.map((h) => h.id)) : undefined,
  };
  return { run, engine };
}

/**
 * `answerWith`, when given, turns the competitor's ranked ids into full results through Spasm Guide's
 * results step (the same titles and snippets, escaped and marked), for a like-for-like full answer.
 */
function runCompetitor(
  kind: CompetitorKind,
  docs: SearchDoc[],
  withRelevance: boolean,
  answerWith: SearchEngine | null,
): EngineRun {
  const built = timeOnce(() => kind.build(docs));
  const exportJson = built.value.exportJson();
  const before = settledHeap();
  const loaded = timeOnce<Competitor>(() => kind.load(exportJson));
  const heapBytes = settledHeap() - before;
  const engine = loaded.value;
  const first = timeOnce(() => engine.search(QUERIES[0]));
  return {
    engine: kind.name,
    buildMs: built.ms,
    exportBytes: Buffer.byteLength(exportJson),
    coldLoadMs: loaded.ms,
    loadSpeedup: built.ms / loaded.ms,
    heapBytes,
    firstQueryUs: first.ms * 1000,
    rankUs: latency(QUERIES, roundsFor(docs.length), (q) => engine.search(q)),
    answerUs: answerWith
      ? latency(QUERIES, roundsFor(docs.length), (q) => answerWith.hitsFor(engine.search(q), q))
      : null,
    relevance: withRelevance ? relevanceOf((q) => engine.search(q)) : undefined,
  };
}

function runLibrary(name: string, docs: SearchDoc[], withRelevance: boolean): LibraryRun {
  log(`${name}: ${docs.length} articles ...`);
  const ours = runOurs(docs, withRelevance);
  const runs = [ours.run];
  if (docs.length <= competitorsUpTo) {
    // Lunr's full answer is left out: at 10,000 articles its ranking alone takes minutes over the mix.
    runs.push(runCompetitor(miniSearch, docs, withRelevance, ours.engine));
    runs.push(runCompetitor(lunrSearch, docs, withRelevance, null));
  }
  return { library: name, articles: docs.length, runs };
}

/**
 * Every relevance set for every engine on the bundled library: regression suite, real-world halves, and the
 * fresh development batches (FRESH_BATCHES), scored like the halves.
 */
function relevanceSets(docs: SearchDoc[], ours: SearchEngine) {
  const library = new Set(docs.map((d) => d.id));
  const halves = values['test-half'] ? (['development', 'test'] as const) : (['development'] as const);
  const engines: { name: string; rank: (q: string) => string[] }[] = [
    { name: 'Spasm Guide', rank: (q) => ours.search(q, 10).hits.map((h) => h.id) },
    ...COMPETITORS.map((kind) => {
      const competitor = kind.build(docs);
      return { name: kind.name, rank: (q: string) => competitor.search(q) };
    }),
  ];
  return engines.map(({ name, rank }) => ({
    name,
    regression: evaluate(IN_DOMAIN, rank),
    halves: Object.fromEntries([
      ...halves.map((half) => [half, evaluateRealWorld(loadRealWorld(half), rank, library)]),
      ...FRESH_BATCHES.map((batch) => [`batch ${batch}`, evaluateRealWorld(loadFreshBatch(batch), rank, library)]),
    ]) as Record<string, RealWorldReport>,
  }));
}

// ---- run ----

const started = Date.now();
const { docs: bundled } = libraryDocs();
const libraries: LibraryRun[] = [runLibrary('bundled', bundled, true)];
// The bundled index, built once for the relevance sets and the fresh-process probe (loading it changes nothing).
const bundledIndex = SearchEngine.build(bundled, [], { dictionary: loadDictionary() }).export();
const bundledEngine = SearchEngine.fromExport(bundled, bundledIndex);
const relevance = relevanceSets(bundled, bundledEngine);
for (const size of sizes) libraries.push(runLibrary(`synthetic-${size}`, syntheticLibrary(size, bundled), false));

// The first queries as the app meets them, each in a fresh process: the mix's first query, then its first
// misspelt one (spelling builds its tables on the first misspelling unless the warm-up has).
log('first queries in fresh processes ...');
const firstMisspelt = IN_DOMAIN.map((q) => q.query).find((q) => bundledEngine.search(q).suggestion !== null);
const firstQueryMix = [QUERIES[0], ...(firstMisspelt ? [firstMisspelt] : [])];
const fresh = firstQueries(runtime, bundled, bundledIndex, firstQueryMix);
// The bundled full answer again, timed the same way in fresh processes (see steadyLatency for why).
log('latency in fresh processes ...');
const steady = steadyLatency(runtime, bundled, bundledIndex, roundsFor(bundled.length));

// ---- targets ----

const ours = (library: string) => libraries.find((l) => l.library === library)?.runs[0];
const other = (library: string, engine: string) =>
  libraries.find((l) => l.library === library)?.runs.find((r) => r.engine === engine);
const b = ours('bundled') as EngineRun;
const k10 = ours('synthetic-10000');
const mini = other('bundled', 'MiniSearch, our synonyms');
const ratio = (ours: number, theirs: number) => `${(ours / theirs).toFixed(2)} of MiniSearch's`;
const bAnswer = b.answerUs as Latency;
const miniAnswer = mini?.answerUs ?? null;
const targets = [
  { target: 'bundled p50 < 100 µs (full answer)', measured: us(bAnswer.p50), met: bAnswer.p50 < 100 },
  {
    target: `bundled p50 < 100 µs (full answer, median of ${steady.p50s.length} fresh processes on ${onRuntime})`,
    measured: `${us(steady.p50)} (${steady.p50s.map((p) => p.toFixed(0)).join(', ')})`,
    met: steady.p50 < 100,
  },
  { target: 'bundled p99 < 1 ms (full answer)', measured: us(bAnswer.p99), met: bAnswer.p99 < 1000 },
  {
    target: `bundled p99 < 1 ms (full answer, median of ${steady.p99s.length} fresh processes on ${onRuntime})`,
    measured: us(steady.p99),
    met: steady.p99 < 1000,
  },
  {
    target: '10,000 articles p50 < 1 ms (full answer)',
    measured: k10?.answerUs ? us(k10.answerUs.p50) : 'not run',
    met: k10?.answerUs ? k10.answerUs.p50 < 1000 : null,
  },
  { target: 'bundled cold load < 50 ms', measured: `${b.coldLoadMs.toFixed(1)} ms`, met: b.coldLoadMs < 50 },
  {
    target: `bundled first query after load <= 5 ms (fresh process on ${onRuntime}, after the startup warm-up)`,
    measured: ms(fresh.withWarmUp.firstMs[0]),
    met: fresh.withWarmUp.firstMs[0] <= 5,
  },
  {
    target: '10,000 articles cold load < 300 ms',
    measured: k10 ? `${k10.coldLoadMs.toFixed(0)} ms` : 'not run',
    met: k10 ? k10.coldLoadMs < 300 : null,
  },
  ...libraries.map((l) => ({
    target: `${l.library}: cold load >= 5x faster than re-indexing`,
    measured: `${l.runs[0].loadSpeedup.toFixed(1)}x`,
    met: l.runs[0].loadSpeedup >= 5,
  })),
  {
    target: 'bundled p50 <= 1/3 of MiniSearch, ranking only',
    measured: mini ? ratio(b.rankUs.p50, mini.rankUs.p50) : 'not run',
    met: mini ? b.rankUs.p50 <= mini.rankUs.p50 / 3 : null,
  },
  {
    target: 'bundled p50 <= 1/3 of MiniSearch, full answer (same results step)',
    measured: miniAnswer ? ratio(bAnswer.p50, miniAnswer.p50) : 'not run',
    met: miniAnswer ? bAnswer.p50 <= miniAnswer.p50 / 3 : null,
  },
  {
    target: 'relevance >= MiniSearch (top-1 and MRR@5)',
    measured:
      mini?.relevance && b.relevance
        ? `top-1 ${pct(b.relevance.top1)} vs ${pct(mini.relevance.top1)}, MRR@5 ${b.relevance.mrr5.toFixed(3)} vs ${mini.relevance.mrr5.toFixed(3)}`
        : 'not run',
    met:
      mini?.relevance && b.relevance
        ? b.relevance.top1 >= mini.relevance.top1 && b.relevance.mrr5 >= mini.relevance.mrr5
        : null,
  },
];

const machine = { node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length };
const seconds = (Date.now() - started) / 1000;

// ---- report ----

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}
function bytes(n: number): string {
  return n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : `${(n / 1e3).toFixed(0)} kB`;
}
function ms(n: number): string {
  return `${n.toFixed(1)} ms`;
}
function us(n: number): string {
  return n >= 1000 ? `${(n / 1000).toFixed(2)} ms` : `${n.toFixed(0)} µs`;
}

function table(l: LibraryRun): string {
  const base = l.runs[0];
  const rows: [string, (r: EngineRun) => string][] = [
    ['index build (re-index)', (r) => `${r.buildMs.toFixed(0)} ms`],
    ['export size', (r) => bytes(r.exportBytes)],
    ['cold load from export', (r) => `${r.coldLoadMs.toFixed(1)} ms`],
    ['re-index / cold load', (r) => `${r.loadSpeedup.toFixed(1)}x`],
    ['heap used by loaded index', (r) => bytes(r.heapBytes)],
    ['first query after load (in this process)', (r) => us(r.firstQueryUs)],
    ['ranking only p50', (r) => us(r.rankUs.p50)],
    ['ranking only p95', (r) => us(r.rankUs.p95)],
    ['ranking only p99', (r) => us(r.rankUs.p99)],
    ['ranking only p50 vs Spasm Guide', (r) => `${(r.rankUs.p50 / base.rankUs.p50).toFixed(1)}x`],
    ['full answer p50', (r) => (r.answerUs ? us(r.answerUs.p50) : '-')],
    ['full answer p95', (r) => (r.answerUs ? us(r.answerUs.p95) : '-')],
    ['full answer p99', (r) => (r.answerUs ? us(r.answerUs.p99) : '-')],
    [
      'full answer p50 vs Spasm Guide',
      (r) => (r.answerUs && base.answerUs ? `${(r.answerUs.p50 / base.answerUs.p50).toFixed(1)}x` : '-'),
    ],
  ];
  if (base.relevance) {
    rows.push(
      ['top-1 (relevance suite)', (r) => (r.relevance ? pct(r.relevance.top1) : '')],
      ['MRR@5', (r) => (r.relevance ? r.relevance.mrr5.toFixed(3) : '')],
      ['nDCG@5', (r) => (r.relevance ? r.relevance.ndcg5.toFixed(3) : '')],
      ['zero results (in-domain)', (r) => (r.relevance ? pct(r.relevance.zeroResultRate) : '')],
      ['out-of-domain answered empty', (r) => (r.relevance ? pct(r.relevance.outOfDomainEmpty) : '')],
    );
  }
  const header = [`${l.library} (${l.articles.toLocaleString('en')} articles)`, ...l.runs.map((r) => r.engine)];
  const body = rows.map(([label, cell]) => [label, ...l.runs.map(cell)]);
  const lines = [header, header.map(() => '---'), ...body].map((cells) => `| ${cells.join(' | ')} |`);
  return lines.join('\n');
}

/** The first queries in fresh processes, with and without the warm-up the app runs once its window shows. */
function freshTable(): string {
  const head = `| bundled, first queries in a fresh process on ${onRuntime} (median of ${fresh.runs}) | straight after load | after the startup warm-up |`;
  const rows = [
    ['load from export', ms(fresh.withoutWarmUp.loadMs), ms(fresh.withWarmUp.loadMs)],
    ['warm-up (once the window shows)', '-', ms(fresh.withWarmUp.warmUpMs)],
    ...firstQueryMix.map((q, i) => [
      i === 0 ? `first search: "${q}"` : `then the first misspelling: "${q}"`,
      ms(fresh.withoutWarmUp.firstMs[i]),
      ms(fresh.withWarmUp.firstMs[i]),
    ]),
  ];
  return [head, '| --- | --- | --- |', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n') + '\n';
}

if (values.json) {
  const relevanceSummary = relevance.map((r) => ({
    name: r.name,
    regression: { top1: r.regression.top1, mrr5: r.regression.mrr5 },
    halves: Object.fromEntries(
      Object.entries(r.halves).map(([half, h]) => [
        half,
        {
          top1: h.top1,
          success3: h.success3,
          noMatch: h.noMatch,
          scopeOk: h.scopeOk,
          scopeItems: h.scopeItems,
          answerable: h.answerable,
        },
      ]),
    ),
  }));
  console.log(
    JSON.stringify({
      machine,
      seconds,
      queries: QUERIES.length,
      libraries,
      freshProcessRuntime: { node: runtime.node, v8: runtime.v8 },
      firstQueries: { queries: firstQueryMix, ...fresh },
      steadyLatency: steady,
      targets,
      relevance: relevanceSummary,
    }),
  );
} else {
  console.log(
    `Search benchmark: ${QUERIES.length} queries (the relevance suite), Node ${machine.node}, ${machine.cores} x ${machine.cpu}\n` +
      'Full answer: ranked results with titles and snippets, escaped and marked; for MiniSearch, its top 10 ids put\n' +
      "through Spasm Guide's results step. Lunr: ranking only.\n",
  );
  for (const l of libraries) console.log(`${table(l)}\n`);
  console.log(freshTable());
  console.log('| target | measured | met |\n| --- | --- | --- |');
  for (const t of targets)
    console.log(`| ${t.target} | ${t.measured} | ${t.met === null ? '-' : t.met ? 'yes' : 'NO'} |`);
  const halves = Object.keys(relevance[0].halves);
  console.log(
    `\n| relevance (bundled) | regression top-1 | ${halves.map((h) => `${h} top-1 | ${h} success@3 | ${h} no match | ${h} scope ok`).join(' | ')} |`,
  );
  console.log(`| --- | --- | ${halves.map(() => '--- | --- | --- | ---').join(' | ')} |`);
  for (const r of relevance) {
    const cells = halves.map((h) => {
      const x = r.halves[h];
      return `${pct(x.top1)} | ${pct(x.success3)} | ${pct(x.noMatch)} | ${x.scopeItems ? pct(x.scopeOk) : '-'}`;
    });
    console.log(`| ${r.name} | ${pct(r.regression.top1)} | ${cells.join(' | ')} |`);
  }
  console.log(`\n(${seconds.toFixed(0)} s)`);
}
