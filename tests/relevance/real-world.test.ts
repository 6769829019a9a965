/**
 * Integrity of the real-world sets (not the engine's score): labels name real or planned articles, each
 * item sits in the half the recorded seeded split gives it, and each half keeps its share of every kind.
 */
import { describe, expect, it } from 'vitest';
import { assignSplits } from '../../scripts/relevance-split';
import { libraryDocs } from './library';
import { PLANNED_ARTICLES, lengthBucket, loadRealWorld } from './real-world';

const development = loadRealWorld('development');
const test = loadRealWorld('test');
const all = [...development, ...test];
const known = new Set([...libraryDocs().docs.map((d) => d.id), ...PLANNED_ARTICLES]);

describe('real-world relevance sets', () => {
  it('label only articles that exist or are planned', () => {
    const unknown = all.flatMap((item) => [...item.best, ...item.useful].filter((id) => !known.has(id)));
    expect(unknown).toEqual([]);
  });

  it('give every article-answered item a best answer and every no-match item none', () => {
    expect(all.filter((item) => (item.expected === 'no-match') !== (item.best.length === 0))).toEqual([]);
    expect(all.filter((item) => item.best.some((id) => item.useful.includes(id)))).toEqual([]);
  });

  it('keep the recorded random split, half of each kind per file', () => {
    const splits = assignSplits(all);
    expect(all.filter((item) => splits.get(item.id) !== item.split).map((i) => i.id)).toEqual([]);
    for (const kind of ['question', 'typed', 'scope', 'unrelated'] as const) {
      const dev = development.filter((i) => i.kind === kind).length;
      const held = test.filter((i) => i.kind === kind).length;
      expect(Math.abs(dev - held)).toBeLessThanOrEqual(1);
    }
    expect(new Set(all.map((i) => i.id)).size).toBe(all.length);
  });

  it('record a source and the right length bucket for every item', () => {
    expect(all.filter((item) => !item.source || item.source.length < 10)).toEqual([]);
    expect(all.filter((item) => lengthBucket(item.text) !== item.length).map((i) => i.id)).toEqual([]);
  });
});
