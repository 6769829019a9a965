/**
 * One fresh process of the latency probe (see steadyLatency in ./fresh-process): loads an exported index as the app
 * does, runs the engine's warm-up as the app does once its window shows, then times the full answer over the query
 * mix exactly as the bench does in its own process (./measure latency: one warm-up round, then ROUNDS rounds, each
 * query timed on its own). Prints one JSON line.
 *
 * `tsx scripts/bench/latency-probe.ts FILE ROUNDS`, FILE holding { docs, index }.
 */
import { readFileSync } from 'node:fs';
import { SearchEngine, type SearchDoc } from '../../src/main/search/engine';
import { latency } from './measure';
import { QUERY_MIX } from './query-mix';

const [file, rounds] = process.argv.slice(2);
const { docs, index } = JSON.parse(readFileSync(file, 'utf8')) as { docs: SearchDoc[]; index: Record<string, unknown> };
const engine = SearchEngine.fromExport(docs, index);
engine.warmUp();
const answer = latency([...QUERY_MIX], Number(rounds), (q) => engine.search(q, 10));
console.log(JSON.stringify({ p50: answer.p50, p95: answer.p95, p99: answer.p99 }));
