/**
 * Measures in new processes. The first queries as a person meets them: each probe is a new process
 * (./first-query.ts), so no code has run before, as when the app starts; probes with and without the startup
 * warm-up alternate, and medians are reported. And the steady latency of the query mix (./latency-probe.ts), in
 * several processes: on a shared machine one process can run slower than another throughout (on the 2-core machine
 * the figures in docs/benchmark.md come from, one core ran this work at times about 1.7 times slower than the
 * other), so the median over processes says more than any one process.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SearchDoc, SearchIndexExport } from '../../src/main/search/engine';

export interface FirstQueries {
  runs: number;
  /** Median over the runs: load, warm-up (0 without), and the first search of each query, in ms. */
  withoutWarmUp: { loadMs: number; warmUpMs: number; firstMs: number[] };
  withWarmUp: { loadMs: number; warmUpMs: number; firstMs: number[] };
}

/** The executable that runs the probes (a Node, or another Node-compatible runtime), and its versions. */
export interface Runtime {
  executable: string;
  node: string;
  v8: string;
}

/**
 * The runtime at `executable` (by default the Node running the bench). Another lets the probes run on a newer V8,
 * such as the one the app ships with: how soon code reaches full speed depends on the V8 version.
 */
export function runtimeOf(executable = process.execPath): Runtime {
  const run = spawnSync(executable, ['-p', 'process.version + " " + process.versions.v8'], { encoding: 'utf8' });
  const [node, v8] = (run.stdout ?? '').trim().split(' ');
  if (run.status !== 0 || !node || !v8)
    throw new Error(`${executable} did not run as a Node runtime: ${run.stderr || run.error?.message || run.stdout}`);
  return { executable, node, v8 };
}

const PROBE = join(import.meta.dirname, 'first-query.ts');
const LATENCY_PROBE = join(import.meta.dirname, 'latency-probe.ts');
/** A probe loads, warms up and searches in well under a second; one that hangs must not stall the bench. */
const PROBE_TIMEOUT_MS = 60_000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs a probe script in a new process and reads the JSON line it prints last. */
function runProbe<T>(runtime: Runtime, name: string, script: string, args: string[]): T {
  const run = spawnSync(runtime.executable, ['--import', 'tsx', script, ...args], {
    encoding: 'utf8',
    timeout: PROBE_TIMEOUT_MS,
  });
  const how = `status ${String(run.status)}, signal ${String(run.signal)}`;
  if (run.status !== 0) throw new Error(`the ${name} probe failed (${how}): ${run.stderr || run.error?.message}`);
  const last = run.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(last) as T;
  } catch {
    throw new Error(`the ${name} probe printed no result (${how}); its output ended: ${last.slice(-300)}`);
  }
}

function probe(runtime: Runtime, file: string, warmUp: boolean, queries: string[]) {
  return runProbe<FirstQueries['withWarmUp']>(runtime, 'first-query', PROBE, [
    file,
    ...(warmUp ? ['--warm-up'] : []),
    ...queries,
  ]);
}

/** Runs `use` with the library and its index written to a temporary file, removed after. */
function withLibraryFile<T>(docs: SearchDoc[], index: SearchIndexExport, use: (file: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'spasm-bench-'));
  try {
    const file = join(dir, 'library.json');
    writeFileSync(file, JSON.stringify({ docs, index }));
    return use(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function medians(results: FirstQueries['withWarmUp'][]): FirstQueries['withWarmUp'] {
  return {
    loadMs: median(results.map((r) => r.loadMs)),
    warmUpMs: median(results.map((r) => r.warmUpMs)),
    firstMs: results[0].firstMs.map((_, i) => median(results.map((r) => r.firstMs[i]))),
  };
}

/** `runs` fresh processes each way, alternating, each searching `queries` in order straight after loading. */
export function firstQueries(
  runtime: Runtime,
  docs: SearchDoc[],
  index: SearchIndexExport,
  queries: string[],
  runs = 5,
): FirstQueries {
  return withLibraryFile(docs, index, (file) => {
    const cold: FirstQueries['withWarmUp'][] = [];
    const warm: FirstQueries['withWarmUp'][] = [];
    for (let r = 0; r < runs; r++) {
      cold.push(probe(runtime, file, false, queries));
      warm.push(probe(runtime, file, true, queries));
    }
    return { runs, withoutWarmUp: medians(cold), withWarmUp: medians(warm) };
  });
}

export interface SteadyLatency {
  /** Each process's full-answer p50, p99, in µs, in the order run. */
  p50s: number[];
  p99s: number[];
  /** The medians over the processes. */
  p50: number;
  p99: number;
}

/** The full answer's latency over the query mix in `runs` new processes, each timed as the bench times its own. */
export function steadyLatency(
  runtime: Runtime,
  docs: SearchDoc[],
  index: SearchIndexExport,
  rounds: number,
  runs = 5,
): SteadyLatency {
  return withLibraryFile(docs, index, (file) => {
    const results = Array.from({ length: runs }, () =>
      runProbe<{ p50: number; p99: number }>(runtime, 'latency', LATENCY_PROBE, [file, String(rounds)]),
    );
    const p50s = results.map((r) => r.p50);
    const p99s = results.map((r) => r.p99);
    return { p50s, p99s, p50: median(p50s), p99: median(p99s) };
  });
}
