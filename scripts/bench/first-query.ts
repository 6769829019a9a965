/**
 * One fresh process of the first-query probe (see firstQueries in ./fresh-process): loads an exported index as
 * the app does at startup, optionally runs the engine's warm-up as the app does once its window shows, then times the first search of each query given, in order. Prints one JSON line.
 *
 * Before the first search it waits PAUSE_MS, with the event loop free, as the app's main process is while its
 * window loads: no one can search sooner, and meanwhile the engine's background work (compiling what loading
 * ran, collecting garbage) finishes there as here. Both ways, with and without the warm-up, wait the same.
 *
 * `tsx scripts/bench/first-query.ts FILE [--warm-up] QUERY...`, FILE holding { docs, index }.
 */
import { readFileSync } from 'node:fs';
import { SearchEngine, type SearchDoc } from '../../src/main/search/engine';

const [file, ...rest] = process.argv.slice(2);
const warm = rest[0] === '--warm-up';
const queries = warm ? rest.slice(1) : rest;
const { docs, index } = JSON.parse(readFileSync(file, 'utf8')) as { docs: SearchDoc[]; index: Record<string, unknown> };
const json = JSON.stringify(index);

const PAUSE_MS = 200;
const pause = () => new Promise((resolve) => setTimeout(resolve, PAUSE_MS));

const ms = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e6;
let at = process.hrtime.bigint();
const engine = SearchEngine.fromExport(docs, JSON.parse(json) as Record<string, unknown>);
const loadMs = ms(at);
at = process.hrtime.bigint();
if (warm) engine.warmUp();
const warmUpMs = warm ? ms(at) : 0;
await pause();
const firstMs = queries.map((query) => {
  at = process.hrtime.bigint();
  engine.search(query);
  return ms(at);
});
console.log(JSON.stringify({ loadMs, warmUpMs, firstMs }));
