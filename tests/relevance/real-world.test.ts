/**
 * Integrity of the real-world sets (not the engine's score): labels name articles that exist, each item sits
 * in the half its batch's recorded seeded split gives it, and each half keeps its share of every kind within
 * every batch.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assignSplits } from '../../scripts/relevance-split';
import { CONTENT_DIR } from './library';
import { batchOf, lengthBucket, loadRealWorld } from './real-world';

const development = loadRealWorld('development');
const test = loadRealWorld('test');
const all = [...development, ...test];
/** Article ids are the file names of resources/content/*.md (an article's id is its file name). */
const known = new Set(
  readdirSync(CONTENT_DIR)
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.slice(0, -'.md'.length)),
);

describe('real-world relevance sets', () => {
  it('label only articles that exist in the library', () => {
    const unknown = all.flatMap((item) => [...item.best, ...item.useful].filter((id) => !known.has(id)));
    expect(unknown).toEqual([]);
  });

  it('give every article-answered item a best answer and every no-match item none', () => {
    expect(all.filter((item) => (item.expected === 'no-match') !== (item.best.length === 0))).toEqual([]);
    expect(all.filter((item) => item.best.some((id) => item.useful.includes(id)))).toEqual([]);
  });

  it('keep the recorded random split, half of each kind per file within each batch', () => {
    const splits = assignSplits(all);
    expect(all.filter((item) => splits.get(item.id) !== item.split).map((i) => i.id)).toEqual([]);
    for (const batch of new Set(all.map(batchOf))) {
      for (const kind of ['question', 'typed', 'scope', 'unrelated'] as const) {
        const count = (half: typeof all) => half.filter((i) => batchOf(i) === batch && i.kind === kind).length;
        expect(Math.abs(count(development) - count(test)), `batch ${batch}, ${kind}`).toBeLessThanOrEqual(1);
      }
    }
    expect(new Set(all.map((i) => i.id)).size).toBe(all.length);
  });

  it('record a source and the right length bucket for every item', () => {
    expect(all.filter((item) => !item.source || item.source.length < 10)).toEqual([]);
    expect(all.filter((item) => lengthBucket(item.text) !== item.length).map((i) => i.id)).toEqual([]);
  });
});
