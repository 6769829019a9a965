/**
 * How fully a query names an article, or asks one of the questions it answers: the best overlap between the
 * query's words and one of the article's names (its title or one alias) or questions, each side weighted by
 * rarity (a weighted Dice coefficient). "Night leg cramps" names the article titled so, and outweighs an
 * article that only mentions night, legs and cramps often; in a long question no single name covers much,
 * so the figure stays small and the words decide.
 *
 * The names and questions are analysed while building and saved with the index as stem numbers (those of
 * the word counts, ./bm25f), so loading analyses no text and scoring an article walks a few small integer
 * lists against a table of the query's stems.
 */
import { PackedIntsReader, PackedIntsWriter } from './packed-ints';
import { lowerBound } from './sorted';
import { analyze } from './text';
import type { QueryPlan, SearchDoc } from './types';

/** What the overlap needs from the index: stem numbers and the rarity of each stem. */
export interface StemNumbers {
  /** The stem's number, or -1 when no article has it. */
  termNumber(stem: string): number;
  /** The stem with this number. */
  stemOf(term: number): string;
  /** How many stems there are. */
  readonly termCount: number;
}

/**
 * The saved form, packed (./packed-ints): per article, the number of its names (title first, then its
 * aliases), and per name the number of its distinct stems and their numbers in the order first met; then
 * the same for its questions.
 */
export type NamesData = string;

/** One kind of entry (names, or questions) of every article, as read: flat lists of stem numbers. */
interface ReadEntries {
  /** Article d's entries are numbers docStart[d] to docStart[d + 1] - 1. */
  docStart: Int32Array;
  /** Entry e's stems are stems[termStart[e]] to stems[termStart[e + 1] - 1]. */
  termStart: Int32Array;
  stems: Int32Array;
}

/**
 * Every article's names and then its questions, as one list of entries, so that one pass over the query's
 * stems finds an article's best name and best question together.
 */
interface Entries extends ReadEntries {
  /** Article d's questions are its entries from questionStart[d] on (its names come before). */
  questionStart: Int32Array;
  /** Each entry's summed rarity, worked out the first time the entry overlaps a query (NaN until then). */
  weight: Float64Array;
  /** The entries holding each stem, in increasing order: stem t's are holders[holderStart[t], holderStart[t + 1]). */
  holderStart: Int32Array;
  holders: Int32Array;
  /** Per entry, the last lookup that met it (scratch, see NameMatcher.stamp). */
  seen: Uint32Array;
}

/** How fully a query names an article and asks one of its questions, each 0 to 1. */
export interface Overlaps {
  names: number;
  questions: number;
}

/** A lexicon phrase standing for a query word ("charley horse" -> leg cramp), as the overlap needs it. */
interface QueryPhrase {
  word: number;
  /** Its stems by number (all must be in an entry). */
  terms: number[];
  weight: number;
  /** The rarity of each of its stems that stands for no query word alone, in order: added when it matches. */
  extra: number[];
}

/** The query's words as the overlap needs them, worked out once per query. */
export interface QueryTerms {
  /** Per stem number, its place in `words` (-1: not a stem of the query). Shared scratch, see NameMatcher. */
  slotOf: Int32Array;
  /** Per place, the words the stem stands for and how strongly: [word, weight, word, weight, ...]. */
  words: number[][];
  /** 1 for the first stem of a phrase: an entry holding it may match the phrase. */
  phraseStart: Uint8Array;
  /** The stems an entry must hold one of to overlap the query: those of `words`, and the phrases' first. */
  lookedUp: number[];
  /** Alternatives of several stems ("charley horse" -> leg cramp), matched only when all are present. */
  phrases: QueryPhrase[];
  /** Each word's rarity. */
  idf: number[];
  /** The summed rarity of the query's words. */
  total: number;
}

/** Saves every article's names and questions as stem numbers. */
export function namesData(docs: SearchDoc[], numbers: Pick<StemNumbers, 'termNumber'>): NamesData {
  const out = new PackedIntsWriter();
  const pushEntries = (texts: string[]) => {
    out.push(texts.length);
    for (const text of texts) {
      const stems = [...new Set(analyze(text).stems)];
      out.push(stems.length);
      for (const stem of stems) {
        const term = numbers.termNumber(stem);
        if (term < 0) throw new Error(`The stem "${stem}" of "${text}" has no word counts`);
        out.push(term);
      }
    }
  };
  for (const doc of docs) pushEntries([doc.title, ...doc.aliases]);
  for (const doc of docs) pushEntries(doc.questions);
  return out.toString();
}

/** Reads one kind of entry back; throws when the data does not fit `docCount` articles and `termCount` stems. */
function readEntries(input: PackedIntsReader, docCount: number, termCount: number): ReadEntries {
  // Read in place (a loop over a plain array is quick to compile for speed, before the first query).
  const values = input.rest();
  const docStart = new Int32Array(docCount + 1);
  // Room for as many entries and stems as numbers are left (each takes at least one), trimmed below.
  const termStartRoom = new Int32Array(values.length + 1);
  const stemsRoom = new Int32Array(values.length);
  let at = 0;
  let entries = 0;
  let size = 0;
  for (let d = 0; d < docCount; d++) {
    if (at >= values.length) throw new Error('the packed numbers end early');
    const count = values[at++];
    if (count > values.length - at) throw new Error('more names announced than saved');
    for (let e = 0; e < count; e++) {
      if (at >= values.length) throw new Error('the packed numbers end early');
      const length = values[at++];
      if (length > values.length - at) throw new Error('more stems announced than saved');
      for (let j = 0; j < length; j++) {
        const term = values[at++];
        if (term >= termCount) throw new Error('a name points past the stems');
        stemsRoom[size++] = term;
      }
      termStartRoom[++entries] = size;
    }
    docStart[d + 1] = entries;
  }
  input.skip(at);
  // Views, not copies: combine copies them into the one list that is kept.
  return { docStart, termStart: termStartRoom.subarray(0, entries + 1), stems: stemsRoom.subarray(0, size) };
}

/** The names and the questions of every article as one list: per article, its names, then its questions. */
function combine(names: ReadEntries, questions: ReadEntries, termCount: number): Entries {
  const docCount = names.docStart.length - 1;
  const entryCount = names.termStart.length + questions.termStart.length - 2;
  const docStart = new Int32Array(docCount + 1);
  const questionStart = new Int32Array(docCount);
  const termStart = new Int32Array(entryCount + 1);
  const stems = new Int32Array(names.stems.length + questions.stems.length);
  let entry = 0;
  let size = 0;
  const copy = (from: ReadEntries, doc: number) => {
    for (let e = from.docStart[doc]; e < from.docStart[doc + 1]; e++) {
      for (let j = from.termStart[e]; j < from.termStart[e + 1]; j++) stems[size++] = from.stems[j];
      termStart[++entry] = size;
    }
  };
  for (let d = 0; d < docCount; d++) {
    docStart[d] = entry;
    copy(names, d);
    questionStart[d] = entry;
    copy(questions, d);
  }
  docStart[docCount] = entry;
  return {
    docStart,
    questionStart,
    termStart,
    stems,
    weight: new Float64Array(entryCount).fill(NaN),
    ...holdersOf(termStart, stems, termCount),
    seen: new Uint32Array(entryCount),
  };
}

/**
 * The entries holding each stem: counted, then placed (entries in increasing order). Apart from reading, so
 * that each loop the engine compiles for speed while loading sits in a small function, compiled before the
 * first query.
 */
function holdersOf(termStart: Int32Array, stems: Int32Array, termCount: number) {
  const holderStart = new Int32Array(termCount + 1);
  for (const t of stems) holderStart[t + 1]++;
  for (let t = 0; t < termCount; t++) holderStart[t + 1] += holderStart[t];
  const holders = new Int32Array(stems.length);
  const next = holderStart.slice(0, termCount);
  for (let e = 0; e + 1 < termStart.length; e++)
    for (let j = termStart[e]; j < termStart[e + 1]; j++) holders[next[stems[j]]++] = e;
  return { holderStart, holders };
}

export class NameMatcher {
  private readonly entries: Entries;
  /** Each stem's rarity by number, worked out when first needed (NaN until then). */
  private readonly rarity: Float64Array;
  /** Query scratch (queries run one at a time): the slot of each stem of the last query, and its phrases' first stems. */
  private readonly slotOf: Int32Array;
  private readonly phraseStart: Uint8Array;
  private lastTerms: number[] = [];
  /** Per query word, the strongest way one entry matches it (scratch). */
  private best = new Float64Array(16);
  /** Marks the entries met in one overlap (see Entries.seen). */
  private stamp = 0;
  /** The words set in `best` for the current entry (scratch). */
  private matchedWords = new Int32Array(16);

  /** Throws when `data` is not the names of `docCount` articles over these stems. */
  constructor(
    private readonly data: NamesData,
    docCount: number,
    private readonly numbers: StemNumbers,
    /** The rarity of a stem in the library. */
    private readonly idf: (stem: string) => number,
  ) {
    if (typeof data !== 'string') throw new Error('no names');
    const input = new PackedIntsReader(data);
    const names = readEntries(input, docCount, numbers.termCount);
    const questions = readEntries(input, docCount, numbers.termCount);
    if (!input.done) throw new Error('more names saved than announced');
    this.entries = combine(names, questions, numbers.termCount);
    this.rarity = new Float64Array(numbers.termCount).fill(NaN);
    this.slotOf = new Int32Array(numbers.termCount).fill(-1);
    this.phraseStart = new Uint8Array(numbers.termCount);
  }

  toJSON(): NamesData {
    return this.data;
  }

  /** The query's terms; valid until the next call (they share this matcher's scratch tables). */
  termsOf(plan: QueryPlan): QueryTerms {
    const { slotOf, phraseStart } = this;
    for (const t of this.lastTerms) {
      slotOf[t] = -1;
      phraseStart[t] = 0;
    }
    const used: number[] = [];
    const words: number[][] = [];
    /** The stems of the single-stem alternatives, by text (also those no article has). */
    const single = new Set<string>();
    const multi: { word: number; stems: string[]; weight: number }[] = [];
    const idf = new Array<number>(plan.words.length).fill(0);
    let total = 0;
    plan.words.forEach((w, i) => {
      idf[i] = w.idf;
      total += w.idf;
      for (const a of w.alternatives) {
        if (a.stems.length !== 1) {
          multi.push({ word: i, stems: a.stems, weight: a.weight });
          continue;
        }
        single.add(a.stems[0]);
        const term = this.numbers.termNumber(a.stems[0]);
        if (term < 0) continue;
        if (slotOf[term] < 0) {
          slotOf[term] = words.length;
          words.push([]);
          used.push(term);
        }
        words[slotOf[term]].push(i, a.weight);
      }
    });
    const phrases: QueryPhrase[] = [];
    for (const p of multi) {
      const terms = p.stems.map((s) => this.numbers.termNumber(s));
      // A phrase with a stem no article has matches no entry.
      if (terms.some((t) => t < 0)) continue;
      phraseStart[terms[0]] = 1;
      used.push(terms[0]);
      phrases.push({
        word: p.word,
        terms,
        weight: p.weight,
        extra: p.stems.filter((s) => !single.has(s)).map((s) => this.idf(s)),
      });
    }
    this.lastTerms = used;
    return { slotOf, words, phraseStart, lookedUp: [...new Set(used)], phrases, idf, total };
  }

  /** The best overlaps of the query with one of the article's names and with one of its questions. */
  overlaps(doc: number, terms: QueryTerms): Overlaps {
    if (terms.total === 0) return { names: 0, questions: 0 };
    const n = terms.idf.length;
    if (this.best.length < n) {
      this.best = new Float64Array(2 * n);
      this.matchedWords = new Int32Array(2 * n);
    }
    const entries = this.entries;
    const { holderStart, holders, seen } = entries;
    const first = entries.docStart[doc];
    const last = entries.docStart[doc + 1];
    const firstQuestion = entries.questionStart[doc];
    if (++this.stamp === 0xffffffff) {
      seen.fill(0);
      this.stamp = 1;
    }
    // Only entries holding a stem of the query (or a phrase's first) can overlap it: the article's entries
    // among each such stem's holders, each once.
    let names = 0;
    let questions = 0;
    for (const term of terms.lookedUp) {
      const end = holderStart[term + 1];
      for (let h = lowerBound(holders, holderStart[term], end, first); h < end && holders[h] < last; h++) {
        const e = holders[h];
        if (seen[e] === this.stamp) continue;
        seen[e] = this.stamp;
        const dice = this.overlapOf(entries, e, terms);
        if (e < firstQuestion) {
          if (dice > names) names = dice;
        } else if (dice > questions) questions = dice;
      }
    }
    return { names, questions };
  }

  /** The overlap, 0 to 1, of the query with entry `e`. */
  private overlapOf(entries: Entries, e: number, terms: QueryTerms): number {
    // best is all 0 between entries: only the words this entry matches are set, and put back at the end.
    const { best, matchedWords } = this;
    const { slotOf, phraseStart, idf } = terms;
    const { termStart, stems } = entries;
    const from = termStart[e];
    const to = termStart[e + 1];
    let matched = 0;
    let mayHoldPhrase = false;
    let nameMatched = 0;
    for (let j = from; j < to; j++) {
      const term = stems[j];
      if (phraseStart[term] === 1) mayHoldPhrase = true;
      const slot = slotOf[term];
      if (slot < 0) continue;
      nameMatched += this.rarityOf(term);
      const words = terms.words[slot];
      for (let k = 0; k < words.length; k += 2) {
        const word = words[k];
        if (words[k + 1] <= best[word]) continue;
        if (best[word] === 0) matchedWords[matched++] = word;
        best[word] = words[k + 1];
      }
    }
    if (mayHoldPhrase) {
      for (const p of terms.phrases) {
        if (p.weight <= best[p.word] || !holdsAll(stems, from, to, p.terms)) continue;
        if (best[p.word] === 0) matchedWords[matched++] = p.word;
        best[p.word] = p.weight;
        for (const r of p.extra) nameMatched += r;
      }
    }
    // The query's matched share, summed in word order as over every word (the others add exactly 0).
    sortPrefix(matchedWords, matched);
    let queryMatched = 0;
    for (let m = 0; m < matched; m++) {
      const word = matchedWords[m];
      queryMatched += idf[word] * best[word];
      best[word] = 0;
    }
    return (queryMatched + nameMatched) / (terms.total + this.weightOf(entries, e));
  }

  private rarityOf(term: number): number {
    const r = this.rarity[term];
    return r === r ? r : (this.rarity[term] = this.idf(this.numbers.stemOf(term)));
  }

  /** The summed rarity of an entry's stems. */
  private weightOf(entries: Entries, e: number): number {
    let weight = entries.weight[e];
    if (weight !== weight) {
      weight = 0;
      for (let j = entries.termStart[e]; j < entries.termStart[e + 1]; j++) weight += this.rarityOf(entries.stems[j]);
      entries.weight[e] = weight;
    }
    return weight;
  }
}

/** Sorts the first `length` numbers in place (a handful: insertion sort). */
function sortPrefix(values: Int32Array, length: number): void {
  for (let i = 1; i < length; i++) {
    const v = values[i];
    let j = i - 1;
    while (j >= 0 && values[j] > v) {
      values[j + 1] = values[j];
      j--;
    }
    values[j + 1] = v;
  }
}

/** Whether stems[from, to) holds every one of `terms`. */
function holdsAll(stems: Int32Array, from: number, to: number, terms: number[]): boolean {
  for (const t of terms) {
    let found = false;
    for (let j = from; j < to && !found; j++) found = stems[j] === t;
    if (!found) return false;
  }
  return true;
}
