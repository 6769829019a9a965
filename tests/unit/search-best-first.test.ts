/** BestFirst keeps exactly the first items of a stable sort by score, best first. */
import { describe, expect, it } from 'vitest';
import { BestFirst } from '../../src/main/search/best-first';
import { random } from '../../scripts/bench/synthetic';

describe('keeping the best items', () => {
  it('matches a stable sort cut to size, ties in the order offered', () => {
    const next = random(7);
    for (let trial = 0; trial < 200; trial++) {
      const size = 1 + Math.floor(next() * 12);
      // Few distinct scores, so ties are common.
      const items = Array.from({ length: Math.floor(next() * 60) }, (_, id) => ({ id, score: Math.floor(next() * 8) }));
      const best = new BestFirst<{ id: number; score: number }>(size);
      for (const item of items) best.offer(item);
      const sorted = [...items].sort((a, b) => b.score - a.score).slice(0, size);
      expect(best.list()).toEqual(sorted);
    }
  });

  it('says whether a score would still make the cut', () => {
    const best = new BestFirst<{ score: number }>(2);
    expect(best.wants(0)).toBe(true);
    best.offer({ score: 3 });
    best.offer({ score: 5 });
    expect(best.wants(3)).toBe(false);
    expect(best.wants(4)).toBe(true);
  });
});
