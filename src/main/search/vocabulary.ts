/**
 * The words of the library: which folded words occur, their stems, and in how many articles each stem
 * occurs. Used to weigh rare words above common ones, to correct misspellings ("spazm" -> "spasm") and to
 * complete a word still being typed. The lexicon's words are known too (with no articles of their own), so a
 * misspelt medicine name is corrected into the lexicon. Built with the index and saved with its export,
 * together with what spelling needs from the dictionaries (./dictionary): the real words that lie near a
 * known word (never corrected). The known words are real words themselves, though no dictionary has some of them
 * (see notInDictionaries).
 */
import type { Dictionary } from './dictionary';
import { deletions, editDistance } from './edit-distance';
import { LEXICON_WORDS } from './lexicon';
import { lowerBound } from './sorted';
import { stemOf } from './text';

/**
 * power: the rarity of a stem is BM25's IDF raised to this power. Below 1 it flattens IDF: in a small library
 * about one subject the words of the subject (cramp, muscle, leg) are in nearly every article and get almost
 * no weight, while a word that happens to be in one article ("acute", "half", "real") gets the most, so in a
 * long question incidental words outweighed the subject. 0.5 (the square root) was chosen with the ranking
 * settings by cross-validation on the development half (scripts/relevance-dev.ts --cv).
 */
export const IDF_PARAMS = { power: 0.5 };

export interface VocabularyData {
  docCount: number;
  /** stem -> number of articles containing it */
  df: Record<string, number>;
  /** folded word -> its stem */
  words: Record<string, string>;
  /**
   * Real words (in a dictionary) that a known word is a likely correction of, but which are not known
   * themselves: typed, they are left as they are ("knitting" is not "sitting"). Sorted and joined with
   * newlines (one string parses far quicker than twenty thousand). Null when the index was built without
   * dictionaries: then every unknown word may be corrected.
   */
  real: string | null;
}

export interface Correction {
  word: string;
  stem: string;
  distance: number;
}

/** Shortest word we try to correct ("bak" -> "back"): shorter ones have too many neighbours. */
const MIN_FIX_LENGTH = 3;
/** Shortest half-typed word we complete. */
const MIN_COMPLETION_LENGTH = 3;
/** Longest word we try to correct: no word of the library is longer, and the cost grows with the square. */
const MAX_FIX_LENGTH = 24;

/** Gathers the vocabulary while the index is built, one article at a time. */
export class VocabularyCollector {
  // No prototype: a word like "constructor" must not hit Object.prototype.
  private readonly data: VocabularyData = {
    docCount: 0,
    df: Object.create(null),
    words: Object.create(null),
    real: null,
  };
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

  /** The vocabulary, with the lexicon's words, and what spelling needs from `dictionary` when given. */
  result(dictionary: Dictionary | null): VocabularyData {
    const known = this.data.words;
    for (const word of LEXICON_WORDS) if (!(word in known)) known[word] = stemOf(word);
    if (dictionary) {
      const near = new Vocabulary(this.data);
      const real: string[] = [];
      for (const word of dictionary.words) {
        if (!(word in known) && near.hasNeighbour(word)) real.push(word);
      }
      this.data.real = real.sort().join('\n');
    }
    return this.data;
  }
}

export class Vocabulary {
  private readonly df: Map<string, number>;
  private readonly words: Map<string, string>;
  /**
   * deletion variant -> words, and the words sorted: built by prepareSpelling (the engine's warm-up, which
   * the app runs once its window shows) or else on the first misspelling or half-typed word, never
   * while loading (tens of milliseconds the first time).
   */
  private deletionIndex: Map<string, string[]> | null = null;
  private sortedWords: string[] | null = null;
  /** The real words of `data.real`, split on the first unknown word. */
  private real: string[] | null = null;

  constructor(private readonly data: VocabularyData) {
    this.df = new Map(Object.entries(data.df));
    this.words = new Map(Object.entries(data.words));
  }

  /**
   * Whether a word may be a misspelling: not when a dictionary or the library has it, nor when it is another form
   * of a word the library uses ("spasmed" of spasm), which is a real word too though no dictionary lists it.
   * (Without dictionaries, any unknown word may be.)
   */
  mayBeMisspelt(word: string): boolean {
    if (!this.notInDictionaries(word)) return false;
    const stem = stemOf(word);
    return stem === word || !this.words.has(stem);
  }

  /**
   * Whether no dictionary has a word. The words of the library and the lexicon are real words: every word of the
   * articles is in a dictionary or listed in the lexicon (tests/unit/search-real-words.test.ts), so a misspelling
   * typed into an article is found there, and a word the articles use ("ibs", "adhd") is never rewritten.
   */
  private notInDictionaries(word: string): boolean {
    if (this.words.has(word)) return false;
    if (this.data.real === null) return true;
    const real = this.realWords();
    return real[lowerBound(real, 0, real.length, word)] !== word;
  }

  private realWords(): string[] {
    return (this.real ??= this.data.real ? this.data.real.split('\n') : []);
  }

  /** Every known word, sorted (for completions). */
  private completionOrder(): string[] {
    return (this.sortedWords ??= [...this.words.keys()].sort());
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

  /** Rarity: BM25's inverse document frequency (never negative) to IDF_PARAMS.power; rare stems weigh more. */
  idf(stem: string): number {
    const df = this.df.get(stem) ?? 0;
    return Math.log(1 + (this.data.docCount - df + 0.5) / (df + 0.5)) ** IDF_PARAMS.power;
  }

  /** The mean rarity of a phrase's stems, or 0 when one of them is in no article. */
  phraseIdf(stems: readonly string[]): number {
    let sum = 0;
    for (const stem of stems) {
      if (!this.df.has(stem)) return 0;
      sum += this.idf(stem);
    }
    return stems.length ? sum / stems.length : 0;
  }

  /** Builds now the tables that spelling otherwise builds on the first misspelling or half-typed word. */
  prepareSpelling(): void {
    this.buildDeletionIndex();
    this.realWords();
    this.completionOrder();
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

  /**
   * Whether `corrections(word)` would find anything: the same search, stopping at the first find and
   * making no lists (it runs over every dictionary word while building).
   */
  hasNeighbour(word: string): boolean {
    if (word.length < MIN_FIX_LENGTH || word.length > MAX_FIX_LENGTH || /\d/.test(word)) return false;
    const index = this.buildDeletionIndex();
    const maxDistance = word.length >= 7 ? 2 : 1;
    const near = (variant: string) => {
      if (variant !== word && this.words.has(variant) && editDistance(word, variant, maxDistance) <= maxDistance)
        return true;
      for (const candidate of index.get(variant) ?? [])
        if (candidate !== word && editDistance(word, candidate, maxDistance) <= maxDistance) return true;
      return false;
    };
    if (near(word)) return true;
    for (let i = 0; i < word.length; i++) {
      const once = word.slice(0, i) + word.slice(i + 1);
      if (near(once)) return true;
      if (maxDistance === 2)
        for (let j = i; j < once.length; j++) if (near(once.slice(0, j) + once.slice(j + 1))) return true;
    }
    return false;
  }

  /**
   * The two library words a word is run together from ("nighttime" -> night, time), the split whose rarer
   * half is the most common; null when there is none. Each half has at least three letters.
   */
  split(word: string): string[] | null {
    let best: string[] | null = null;
    let bestDf = 0;
    for (let at = 3; at <= word.length - 3; at++) {
      const left = this.words.get(word.slice(0, at));
      const right = this.words.get(word.slice(at));
      if (left === undefined || right === undefined) continue;
      const df = Math.min(this.docFrequency(left), this.docFrequency(right));
      if (df > bestDf) {
        bestDf = df;
        best = [word.slice(0, at), word.slice(at)];
      }
    }
    return best;
  }

  /** Words that start with a partly typed word, most common first. */
  completions(prefix: string, max = 3): Correction[] {
    if (prefix.length < MIN_COMPLETION_LENGTH) return [];
    const sorted = this.completionOrder();
    const low = lowerBound(sorted, 0, sorted.length, prefix);
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
