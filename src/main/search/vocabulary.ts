/**
 * The words of the library: which folded words occur, their stems, and in how many articles each stem
 * occurs. Used to weigh rare words above common ones, to correct misspellings ("spazm" -> "spasm") and to
 * complete a word still being typed. Built with the index and saved with its export.
 */
import { deletions, editDistance } from './edit-distance';

export interface VocabularyData {
  docCount: number;
  /** stem -> number of articles containing it */
  df: Record<string, number>;
  /** folded word -> its stem */
  words: Record<string, string>;
}

export interface Correction {
  word: string;
  stem: string;
  distance: number;
}

/** Shortest word we try to correct or complete: shorter ones have too many neighbours. */
const MIN_FIX_LENGTH = 4;
/** Longest word we try to correct: no word of the library is longer, and the cost grows with the square. */
const MAX_FIX_LENGTH = 24;

/** Gathers the vocabulary while the index is built, one article at a time. */
export class VocabularyCollector {
  // No prototype: a word like "constructor" must not hit Object.prototype.
  private readonly data: VocabularyData = { docCount: 0, df: Object.create(null), words: Object.create(null) };
  private seen = new Set<string>();

  startDoc(): void {
    this.data.docCount++;
    this.seen = new Set();
  }

  add(words: string[], stems: string[]): void {
    const { df, words: known } = this.data;
    for (let i = 0; i < words.length; i++) {
      const stem = stems[i];
      known[words[i]] = stem;
      if (!this.seen.has(stem)) {
        this.seen.add(stem);
        df[stem] = (df[stem] ?? 0) + 1;
      }
    }
  }

  result(): VocabularyData {
    return this.data;
  }
}

export class Vocabulary {
  private readonly df: Map<string, number>;
  private readonly words: Map<string, string>;
  /** deletion variant -> words; built on the first misspelling, not at startup. */
  private deletionIndex: Map<string, string[]> | null = null;
  private sortedWords: string[] | null = null;

  constructor(private readonly data: VocabularyData) {
    this.df = new Map(Object.entries(data.df));
    this.words = new Map(Object.entries(data.words));
  }

  toJSON(): VocabularyData {
    return this.data;
  }

  get docCount(): number {
    return this.data.docCount;
  }

  hasWord(word: string): boolean {
    return this.words.has(word);
  }

  hasStem(stem: string): boolean {
    return this.df.has(stem);
  }

  /** Number of articles containing the stem. */
  docFrequency(stem: string): number {
    return this.df.get(stem) ?? 0;
  }

  /** Inverse document frequency: rare stems weigh more than common ones. */
  idf(stem: string): number {
    const df = this.df.get(stem) ?? 0;
    return Math.log(1 + (this.data.docCount + 1) / (df + 1));
  }

  /** Stems to try instead of a misspelt word, nearest and most common first. */
  corrections(word: string, max = 3): Correction[] {
    if (word.length < MIN_FIX_LENGTH || word.length > MAX_FIX_LENGTH || /\d/.test(word)) return [];
    const index = this.buildDeletionIndex();
    const maxDistance = word.length >= 7 ? 2 : 1;
    const variants = new Set([word, ...deletions(word)]);
    if (maxDistance === 2) for (const d of [...variants]) for (const dd of deletions(d)) variants.add(dd);
    const found = new Map<string, number>();
    const consider = (candidate: string) => {
      if (found.has(candidate) || candidate === word) return;
      const distance = editDistance(word, candidate, maxDistance);
      if (distance <= maxDistance) found.set(candidate, distance);
    };
    for (const variant of variants) {
      if (this.words.has(variant)) consider(variant);
      for (const candidate of index.get(variant) ?? []) consider(candidate);
    }
    const byStem = new Map<string, Correction>();
    for (const [candidate, distance] of found) {
      const stem = this.words.get(candidate) as string;
      const known = byStem.get(stem);
      if (!known || distance < known.distance) byStem.set(stem, { word: candidate, stem, distance });
    }
    // A far guess only when there is no near one ("pregnent" -> "pregnant", not also "prevent").
    const nearest = Math.min(...[...byStem.values()].map((c) => c.distance));
    return [...byStem.values()]
      .filter((c) => c.distance === nearest)
      .sort((a, b) => (this.df.get(b.stem) ?? 0) - (this.df.get(a.stem) ?? 0))
      .slice(0, max);
  }

  /** Words that start with a partly typed word, most common first. */
  completions(prefix: string, max = 3): Correction[] {
    if (prefix.length < MIN_FIX_LENGTH - 1) return [];
    const sorted = (this.sortedWords ??= [...this.words.keys()].sort());
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (sorted[mid] < prefix) low = mid + 1;
      else high = mid;
    }
    const byStem = new Map<string, Correction>();
    for (let i = low; i < sorted.length && sorted[i].startsWith(prefix) && byStem.size < 50; i++) {
      const stem = this.words.get(sorted[i]) as string;
      if (!byStem.has(stem)) byStem.set(stem, { word: sorted[i], stem, distance: 0 });
    }
    return [...byStem.values()].sort((a, b) => (this.df.get(b.stem) ?? 0) - (this.df.get(a.stem) ?? 0)).slice(0, max);
  }

  private buildDeletionIndex(): Map<string, string[]> {
    if (this.deletionIndex) return this.deletionIndex;
    const index = new Map<string, string[]>();
    for (const word of this.words.keys()) {
      if (word.length < MIN_FIX_LENGTH - 1) continue;
      for (const variant of deletions(word)) {
        const list = index.get(variant);
        if (list) list.push(word);
        else index.set(variant, [word]);
      }
    }
    this.deletionIndex = index;
    return index;
  }
}
