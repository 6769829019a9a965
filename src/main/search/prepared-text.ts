/**
 * A text split once into the words that highlighting looks at, so that marking a query's words in it is a
 * walk over word offsets: no pattern is built or run per query. A word is a maximal run of word characters
 * (ASCII letters and digits, and every letter beyond ASCII, by UTF-16 code unit).
 */
import { stemOf } from './text';

export interface PreparedText {
  text: string;
  /** The text with every whitespace character turned into a space: same length, same offsets. */
  spaced: string;
  /** The text in lower case, same length and offsets, for comparing words with query terms. */
  lower: string;
  /** Whether `spaced` holds runs of spaces, which excerpts collapse to one. */
  hasSpaceRuns: boolean;
  /** Whether the text holds characters that HTML escapes. */
  hasSpecial: boolean;
  /** Where each word starts and ends (end exclusive), and the code of its first character in lower case. */
  starts: Int32Array;
  ends: Int32Array;
  firstCodes: Uint16Array;
  /** Per word, pairKey of its first two characters in lower case: rules out most words at one look. */
  pairs: Uint16Array;
  /** Per word, its stem once a query has marked it (see stemAt), else undefined. */
  stems: (string | undefined)[];
  /** For a long text, its different words, sorted, made the first time a query marks it (see sortedWordsOf). */
  words?: TextWords;
}

/**
 * A text's different words in lower case, sorted (by UTF-16 code unit, so the words starting with any
 * prefix stand together), each with the places it occurs: in a long text, marking a query's words is then a
 * few binary searches instead of a walk over every word.
 */
export interface TextWords {
  sorted: string[];
  /** The places (word numbers, ascending) of sorted word i: at[from[i]] to at[from[i + 1] - 1]. */
  at: Int32Array;
  from: Int32Array;
  /** Each sorted word's stem, worked out the first time a query marks it. */
  stems: (string | undefined)[];
  /** Which call of findSpans last marked each sorted word, so a word two terms match is taken once. */
  markedBy: Int32Array;
}

/** The text's sorted words (made once, on first use). */
export function sortedWordsOf(text: PreparedText): TextWords {
  if (text.words) return text.words;
  const { lower, starts, ends } = text;
  const places = new Map<string, number[]>();
  for (let k = 0; k < starts.length; k++) {
    const word = lower.slice(starts[k], ends[k]);
    const list = places.get(word);
    if (list) list.push(k);
    else places.set(word, [k]);
  }
  const sorted = [...places.keys()].sort();
  const at = new Int32Array(starts.length);
  const from = new Int32Array(sorted.length + 1);
  let n = 0;
  sorted.forEach((word, i) => {
    from[i] = n;
    for (const k of places.get(word)!) at[n++] = k;
  });
  from[sorted.length] = n;
  return (text.words = {
    sorted,
    at,
    from,
    stems: new Array<string | undefined>(sorted.length).fill(undefined),
    markedBy: new Int32Array(sorted.length),
  });
}

/** The stem of sorted word i (worked out the first time a query marks it, then kept). */
export function stemOfSorted(words: TextWords, i: number): string {
  return (words.stems[i] ??= stemOf(words.sorted[i]));
}

/** Keys of pairKey run from 0 to PAIR_MASK. */
export const PAIR_MASK = 1023;

/**
 * A small hash of a word's first two characters in lower case (`second` 0 for a one-character word).
 * Different pairs may share a key: it can rule a word out, never in.
 */
export function pairKey(first: number, second: number): number {
  return ((first * 31) ^ second) & PAIR_MASK;
}

/** The stem of the text's word number `i` (worked out the first time a query marks the word, then kept). */
export function stemAt(text: PreparedText, i: number): string {
  return (text.stems[i] ??= stemOf(text.lower.slice(text.starts[i], text.ends[i])));
}

/**
 * A run of word characters, by UTF-16 code unit (no `u` flag): ASCII letters and digits, and the letters
 * beyond ASCII in these ranges. The regular expression engine finds them far faster than a loop over the
 * characters, above all the first time, before the loop would be compiled.
 */
const WORD = /[0-9A-Za-z\u00c0-\u024f\u0370-\u1fff\u2c00-\ud7ff\uf900-\ufdff\ufe70-\ufeff]+/g;

/** Lower case without changing the length (a few characters, such as "İ", grow when lower-cased: kept as they are). */
function lowerInPlace(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  return Array.from(text, (c) => {
    const l = c.toLowerCase();
    return l.length === c.length ? l : c;
  }).join('');
}

export function prepareText(text: string): PreparedText {
  const lower = lowerInPlace(text);
  const starts: number[] = [];
  const ends: number[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    starts.push(match.index);
    ends.push(WORD.lastIndex);
  }
  const count = starts.length;
  const firstCodes = new Uint16Array(count);
  const pairs = new Uint16Array(count);
  for (let w = 0; w < count; w++) {
    const first = lower.charCodeAt(starts[w]);
    firstCodes[w] = first;
    pairs[w] = pairKey(first, ends[w] - starts[w] > 1 ? lower.charCodeAt(starts[w] + 1) : 0);
  }
  return {
    text,
    spaced: /[^\S ]/.test(text) ? text.replace(/\s/g, ' ') : text,
    lower,
    hasSpaceRuns: /\s\s/.test(text),
    hasSpecial: /[&<>"']/.test(text),
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
    firstCodes,
    pairs,
    stems: new Array<string | undefined>(count).fill(undefined),
  };
}
