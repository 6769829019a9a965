/**
 * Deterministic synthetic libraries for the benchmark: articles shaped like the real ones (title, aliases,
 * summary, five sections) with words drawn from the real library's vocabulary by a Zipf-like law, so the
 * benchmark's queries find matches at every size. The same seed always gives the same library.
 */
import type { SearchDoc } from '../../src/main/search/engine';
import { CATEGORIES } from '../../src/shared/types';
import { wordsOf } from '../../src/main/search/text';

/** mulberry32: a small, fast, seedable PRNG. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Words of the real library, most frequent first, plus made-up words for a long tail. */
function wordPool(real: SearchDoc[], next: () => number): string[] {
  const counts = new Map<string, number>();
  for (const doc of real) {
    for (const text of [doc.title, doc.summary, ...doc.aliases, ...doc.sections.map((s) => s.text)]) {
      for (const w of wordsOf(text)) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  const words = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  const letters = 'abcdefghijklmnoprstuvwy';
  for (let i = 0; i < 20_000; i++) {
    let w = '';
    const length = 4 + Math.floor(next() * 7);
    for (let j = 0; j < length; j++) w += letters[Math.floor(next() * letters.length)];
    words.push(w);
  }
  return words;
}

export function syntheticLibrary(count: number, real: SearchDoc[], seed = 42): SearchDoc[] {
  const next = random(seed);
  const pool = wordPool(real, next);
  // Zipf-like: index = floor(pool.length ^ u) - 1 makes early (common) words much likelier.
  const word = () => pool[Math.min(pool.length - 1, Math.floor(Math.pow(pool.length, next())) - 1)];
  const words = (min: number, max: number) =>
    Array.from({ length: min + Math.floor(next() * (max - min + 1)) }, word).join(' ');
  const sentence = () => {
    const s = words(6, 14);
    return s[0].toUpperCase() + s.slice(1) + '.';
  };
  const docs: SearchDoc[] = [];
  for (let i = 0; i < count; i++) {
    const title = words(2, 5);
    docs.push({
      id: `synthetic-${i}`,
      title: title[0].toUpperCase() + title.slice(1),
      summary: `${sentence()} ${sentence()}`,
      category: CATEGORIES[i % CATEGORIES.length],
      aliases: Array.from({ length: 4 + Math.floor(next() * 6) }, () => words(2, 4)),
      questions: Array.from({ length: 4 + Math.floor(next() * 5) }, () => `${words(4, 9)}?`),
      sections: Array.from({ length: 5 }, (_, s) => ({
        id: s === 0 ? null : `section-${s}`,
        title: s === 0 ? null : words(2, 4),
        text: Array.from({ length: 5 + Math.floor(next() * 5) }, sentence).join(' '),
      })),
    });
  }
  return docs;
}
