/**
 * `npx tsx scripts/relevance-split.ts --add BATCH.json` splits a newly judged batch of real-world items once,
 * at random, into tests/relevance/real-world.dev.json and real-world.test.json: within the batch, half of each
 * kind (question, typed, scope, unrelated) to each file, chosen by a seeded shuffle so the split is
 * reproducible. Each batch has its own seed, recorded in SPLIT_SEEDS before it is split, so adding a batch
 * never moves an item of an earlier batch.
 * `npx tsx scripts/relevance-split.ts --check` re-derives the split of every batch from the union of the two
 * committed files and fails if any item would land in the other half (so a label cannot be moved between
 * halves quietly).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import {
  REAL_WORLD_FILES,
  batchOf,
  loadRealWorld,
  type RealWorldFile,
  type RealWorldItem,
  type Split,
} from '../tests/relevance/real-world';
import { random } from './bench/synthetic';

/**
 * One seed per collection batch, each recorded once before its batch was split; changing one would re-split
 * that batch, which the method forbids. Batch 1 (the items without a `batch` field) was split with 20261201.
 */
export const SPLIT_SEEDS: Readonly<Record<number, number>> = { 1: 20261201, 2: 20261202 };

type Unsplit = Omit<RealWorldItem, 'split'>;

/** The seeded split of one batch: within each kind, a shuffle of the sorted ids, first half development. */
function splitBatch(items: Unsplit[], seed: number, splits: Map<string, Split>): void {
  const next = random(seed);
  const kinds = [...new Set(items.map((item) => item.kind))].sort();
  for (const kind of kinds) {
    const ids = items
      .filter((item) => item.kind === kind)
      .map((item) => item.id)
      .sort();
    for (let i = ids.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [ids[i], ids[j]] = [ids[j], ids[i]];
    }
    ids.forEach((id, i) => splits.set(id, i < Math.ceil(ids.length / 2) ? 'development' : 'test'));
  }
}

/** The half of every item, each batch split on its own with its recorded seed. */
export function assignSplits(
  items: Unsplit[],
  seeds: Readonly<Record<number, number>> = SPLIT_SEEDS,
): Map<string, Split> {
  const splits = new Map<string, Split>();
  const batches = [...new Set(items.map(batchOf))].sort((a, b) => a - b);
  for (const batch of batches) {
    const seed = seeds[batch];
    if (seed === undefined) throw new Error(`batch ${batch} has no recorded seed in SPLIT_SEEDS`);
    splitBatch(
      items.filter((item) => batchOf(item) === batch),
      seed,
      splits,
    );
  }
  return splits;
}

const DESCRIPTION: Record<Split, string> = {
  development:
    'Real-world relevance set, development half: tune the search engine on these. Sources, method and judging are in README.md.',
  test: 'Real-world relevance set, test half: measure on these, never tune on them or change their labels. Sources, method and judging are in README.md.',
};

/** Writes both halves, formatted the way the repository formats JSON. */
async function write(items: RealWorldItem[]): Promise<void> {
  for (const split of ['development', 'test'] as const) {
    const file: RealWorldFile = {
      description: DESCRIPTION[split],
      split,
      items: items.filter((item) => item.split === split),
    };
    const path = REAL_WORLD_FILES[split];
    const options = { ...(await resolveConfig(path)), parser: 'json' };
    writeFileSync(path, await format(JSON.stringify(file), options));
  }
}

const seedsOf = (items: Unsplit[]) =>
  [...new Set(items.map(batchOf))]
    .sort((a, b) => a - b)
    .map((b) => `batch ${b}: seed ${SPLIT_SEEDS[b]}`)
    .join(', ');

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { check: { type: 'boolean' }, add: { type: 'string' } } });
  const existing = [...loadRealWorld('development'), ...loadRealWorld('test')];
  if (values.check) {
    const splits = assignSplits(existing);
    const moved = existing.filter((item) => splits.get(item.id) !== item.split);
    if (moved.length > 0) {
      console.error(
        `${moved.length} items are not in the half the seeded split gives: ${moved.map((i) => i.id).join(', ')}`,
      );
      process.exit(1);
    }
    console.log(`split holds: ${existing.length} items (${seedsOf(existing)})`);
    return;
  }
  if (!values.add) {
    console.error('usage: npx tsx scripts/relevance-split.ts --add BATCH.json | --check');
    process.exit(2);
  }
  const added = JSON.parse(readFileSync(values.add, 'utf8')) as Unsplit[];
  const known = new Set(existing.map(batchOf));
  const batches = new Set(added.map(batchOf));
  for (const batch of batches) {
    if (known.has(batch)) throw new Error(`batch ${batch} is already split; a new batch needs a new number`);
    if (SPLIT_SEEDS[batch] === undefined) throw new Error(`record a seed for batch ${batch} in SPLIT_SEEDS first`);
  }
  const all: Unsplit[] = [...existing, ...added];
  if (new Set(all.map((item) => item.id)).size !== all.length) throw new Error('item ids must be unique');
  const splits = assignSplits(all);
  const moved = existing.filter((item) => splits.get(item.id) !== item.split);
  if (moved.length > 0) throw new Error(`adding a batch would move ${moved.map((i) => i.id).join(', ')}`);
  await write([...existing, ...added.map((item) => ({ ...item, split: splits.get(item.id)! }))]);
  console.log(`added ${added.length} items (${seedsOf(added)}); ${all.length} items in all`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
