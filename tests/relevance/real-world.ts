/**
 * The real-world relevance sets: questions and short typed queries as people wrote them in public sources,
 * judged against the article scopes before any engine ran on them, and split once at random into a
 * development half (tune on it) and a test half (measure on it; never tune on it). Loading the test half is
 * explicit so that work on the engine can stay on the development half.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export type RealWorldKind = 'question' | 'typed' | 'scope' | 'unrelated';
export type LengthBucket = '1-4' | '5-10' | '11+';
export type Split = 'development' | 'test';
/** What a careful answer is: an article (see `best`), the scope article, or no match at all. */
export type Expected = 'article' | 'scope-article' | 'no-match';

export interface RealWorldItem {
  id: string;
  text: string;
  kind: RealWorldKind;
  length: LengthBucket;
  /** Article ids that answer best (equally good); empty when `expected` is "no-match". */
  best: string[];
  /** Other article ids that also answer. */
  useful: string[];
  expected: Expected;
  /** Where the wording comes from: a URL, or a dataset with its record id. */
  source: string;
  split: Split;
  /** For typed queries: how the typo arose (found verbatim, or which misspelling list or slip). */
  typo?: string;
  /** Anything a reader of the label should know (for example, a message shortened with "…"). */
  note?: string;
  /**
   * Which collection round the item came from; absent means batch 1. Each batch is split on its own with its
   * own recorded seed, so adding a batch never moves an item of an earlier one.
   */
  batch?: number;
}

export interface RealWorldFile {
  description: string;
  split: Split;
  items: RealWorldItem[];
}

export const SCOPE_ARTICLE = 'stomach-and-period-cramps';

const DIR = import.meta.dirname;
export const REAL_WORLD_FILES: Record<Split, string> = {
  development: resolve(DIR, 'real-world.dev.json'),
  test: resolve(DIR, 'real-world.test.json'),
};

/** The collection batch of an item (items written before batches existed are batch 1). */
export function batchOf(item: Pick<RealWorldItem, 'batch'>): number {
  return item.batch ?? 1;
}

/** The items of a set file, refusing one that holds another split than `split`. */
function readItems(path: string, split: Split): RealWorldItem[] {
  const file = JSON.parse(readFileSync(path, 'utf8')) as RealWorldFile;
  if (file.split !== split) throw new Error(`${path} holds the ${file.split} half, not ${split}`);
  return file.items;
}

export function loadRealWorld(split: Split): RealWorldItem[] {
  return readItems(REAL_WORLD_FILES[split], split);
}

/**
 * Batch 3, scope evidence (real-world.scope-dev.json): development only, never split, never a held-out
 * measure; for tuning how search treats pains that are not muscle cramps, and the muscle questions that
 * share their words.
 */
export function loadScopeEvidence(): RealWorldItem[] {
  return readItems(resolve(DIR, 'real-world.scope-dev.json'), 'development');
}

/** The batches of fresh development evidence (real-world.batch<N>-dev.json). */
export const FRESH_BATCHES = [4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17] as const;

/**
 * A batch of fresh development evidence (FRESH_BATCHES): development only, never split, never a held-out measure;
 * questions nobody had tuned on when the development half (and, for each batch, the batches before it) was
 * already well fitted.
 */
export function loadFreshBatch(batch: (typeof FRESH_BATCHES)[number]): RealWorldItem[] {
  return readItems(resolve(DIR, `real-world.batch${batch}-dev.json`), 'development');
}

/** Words in a query, counted the way the length buckets were assigned. */
export function lengthBucket(text: string): LengthBucket {
  const words = text.match(/[A-Za-z0-9’'-]+/g)?.length ?? 0;
  return words <= 4 ? '1-4' : words <= 10 ? '5-10' : '11+';
}
