/**
 * The first queries as a person meets them: each probe is a new process (./first-query.ts), so no code has
 * run before, as when the app starts. Probes with and without the startup warm-up alternate; medians are
 * reported.
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

const PROBE = join(import.meta.dirname, 'first-query.ts');
/** A probe loads, warms up and searches in well under a second; one that hangs must not stall the bench. */
const PROBE_TIMEOUT_MS = 60_000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function probe(file: string, warmUp: boolean, queries: string[]) {
  const args = ['--import', 'tsx', PROBE, file, ...(warmUp ? ['--warm-up'] : []), ...queries];
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: PROBE_TIMEOUT_MS });
  const how = `status ${String(run.status)}, signal ${String(run.signal)}`;
  if (run.status !== 0) throw new Error(`the first-query probe failed (${how}): ${run.stderr || run.error?.message}`);
  const last = run.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(last) as FirstQueries['withWarmUp'];
  } catch {
    throw new Error(`the first-query probe printed no result (${how}); its output ended: ${last.slice(-300)}`);
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
export function firstQueries(docs: SearchDoc[], index: SearchIndexExport, queries: string[], runs = 5): FirstQueries {
  const dir = mkdtempSync(join(tmpdir(), 'spasm-bench-'));
  try {
    const file = join(dir, 'library.json');
    writeFileSync(file, JSON.stringify({ docs, index }));
    const cold: FirstQueries['withWarmUp'][] = [];
    const warm: FirstQueries['withWarmUp'][] = [];
    for (let r = 0; r < runs; r++) {
      cold.push(probe(file, false, queries));
      warm.push(probe(file, true, queries));
    }
    return { runs, withoutWarmUp: medians(cold), withWarmUp: medians(warm) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
