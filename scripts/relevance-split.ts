/**
 * `npx tsx scripts/relevance-split.ts ITEMS.json` splits the judged real-world items once, at random, into
 * tests/relevance/real-world.dev.json and real-world.test.json: half of each kind (question, typed, scope,
 * unrelated) to each file, chosen by a seeded shuffle so the split is reproducible.
 * `npx tsx scripts/relevance-split.ts --check` re-derives the split from the union of the two committed
 * files and fails if any item would land in the other half (so a label cannot be moved between halves
 * quietly).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import {
  REAL_WORLD_FILES,
  loadRealWorld,
  type RealWorldFile,
  type RealWorldItem,
  type Split,
} from '../tests/relevance/real-world';

/** Recorded once; changing it would re-split the sets, which the method forbids. */
export const SPLIT_SEED = 20261201;

/** mulberry32: a small, well-known seeded generator (uniform in [0, 1)). */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function assignSplits(items: Omit<RealWorldItem, 'split'>[], seed = SPLIT_SEED): Map<string, Split> {
  const random = generator(seed);
  const splits = new Map<string, Split>();
  const kinds = [...new Set(items.map((item) => item.kind))].sort();
  for (const kind of kinds) {
    const ids = items
      .filter((item) => item.kind === kind)
      .map((item) => item.id)
      .sort();
    for (let i = ids.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [ids[i], ids[j]] = [ids[j], ids[i]];
    }
    ids.forEach((id, i) => splits.set(id, i < Math.ceil(ids.length / 2) ? 'development' : 'test'));
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

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { check: { type: 'boolean' } } });
  if (values.check) {
    const items = [...loadRealWorld('development'), ...loadRealWorld('test')];
    const splits = assignSplits(items);
    const moved = items.filter((item) => splits.get(item.id) !== item.split);
    if (moved.length > 0) {
      console.error(
        `${moved.length} items are not in the half the seeded split gives: ${moved.map((i) => i.id).join(', ')}`,
      );
      process.exit(1);
    }
    console.log(`split holds: ${items.length} items, seed ${SPLIT_SEED}`);
    return;
  }
  if (positionals.length !== 1) {
    console.error('usage: npx tsx scripts/relevance-split.ts ITEMS.json | --check');
    process.exit(2);
  }
  const items = JSON.parse(readFileSync(positionals[0], 'utf8')) as Omit<RealWorldItem, 'split'>[];
  const ids = new Set(items.map((item) => item.id));
  if (ids.size !== items.length) throw new Error('item ids must be unique');
  const splits = assignSplits(items);
  await write(items.map((item) => ({ ...item, split: splits.get(item.id)! })));
  console.log(`wrote ${items.length} items with seed ${SPLIT_SEED}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
