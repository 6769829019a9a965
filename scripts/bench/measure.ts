/** Timing and memory helpers for the benchmark. */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/** Heap in use after a full garbage collection, in bytes. */
export function settledHeap(): number {
  collect();
  collect();
  return process.memoryUsage().heapUsed;
}

/** Milliseconds `run` takes, once. */
export function timeOnce<T>(run: () => T): { ms: number; value: T } {
  const start = process.hrtime.bigint();
  const value = run();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

export interface Latency {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  samples: number;
}

/**
 * Latency of `run` over every query, `rounds` times after one warm-up round, in microseconds. Each call
 * is timed on its own.
 */
export function latency(queries: string[], rounds: number, run: (query: string) => unknown): Latency {
  for (const q of queries) run(q);
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      const start = process.hrtime.bigint();
      run(q);
      samples.push(Number(process.hrtime.bigint() - start) / 1e3);
    }
  }
  samples.sort((a, b) => a - b);
  const at = (p: number) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))];
  return {
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    mean: samples.reduce((a, b) => a + b, 0) / samples.length,
    samples: samples.length,
  };
}
