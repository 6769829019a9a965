/** Safe highlighting: text is HTML-escaped first, then matched words are wrapped in <mark>. */
import { PAIR_MASK, pairKey, stemAt, stemOfSorted, sortedWordsOf, type PreparedText } from './prepared-text';
import { lowerBound } from './sorted';
import type { MarkTerms } from './types';

export type { MarkTerms } from './types';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const SPECIAL = /[&<>"']/;

export function escapeHtml(text: string): string {
  return SPECIAL.test(text) ? text.replace(/[&<>"']/g, (c) => ESCAPES[c]) : text;
}

interface Term {
  text: string;
  prefix: boolean;
  /** For a stem's prefix: the stem a marked word must have. */
  stem: string | null;
}

/** Which words a query marks, with its terms grouped by first character so most words are ruled out at once. */
export class Marker {
  /** Terms by the code of their first character: ASCII in an array, the rest in a map. */
  private readonly ascii: (Term[] | undefined)[] = new Array<Term[] | undefined>(128).fill(undefined);
  private readonly other = new Map<number, Term[]>();
  /** Every term, once. */
  readonly terms: Term[] = [];
  /**
   * The pairKey of the first two characters of every term, as bits, 16 to a number (see mayStart). A plain
   * array, made per query: a typed array of more than 64 bytes takes V8 microseconds to make.
   */
  private readonly pairs: number[] = new Array<number>((PAIR_MASK + 1) >>> 4).fill(0);
  /** A one-character prefix term starts words of every pair. */
  private anyPair = false;
  private empty = true;

  private constructor(terms: MarkTerms) {
    for (const text of terms.prefixes) if (text) this.add(text, true);
    for (const text of terms.exact) if (text) this.add(text, false);
    for (const [text, stem] of terms.stemmed ?? []) if (text) this.add(text, true, stem);
  }

  /** The marker for a query's terms (folded, lower case), or null when there is nothing to mark. */
  static of(terms: MarkTerms): Marker | null {
    const marker = new Marker(terms);
    return marker.empty ? null : marker;
  }

  private add(text: string, prefix: boolean, stem: string | null = null): void {
    const code = text.charCodeAt(0);
    let list = code < 128 ? this.ascii[code] : this.other.get(code);
    if (!list) {
      list = [];
      if (code < 128) this.ascii[code] = list;
      else this.other.set(code, list);
    }
    if (!list.some((t) => t.text === text && t.prefix === prefix && t.stem === stem)) {
      const term = { text, prefix, stem };
      list.push(term);
      this.terms.push(term);
    }
    if (text.length > 1) this.setPair(pairKey(code, text.charCodeAt(1)));
    else if (prefix) this.anyPair = true;
    else this.setPair(pairKey(code, 0));
    this.empty = false;
  }

  private setPair(pair: number): void {
    this.pairs[pair >>> 4] |= 1 << (pair & 15);
  }

  /** False when no term can match a word with this pairKey (PreparedText.pairs). */
  mayStart(pair: number): boolean {
    return this.anyPair || ((this.pairs[pair >>> 4] >>> (pair & 15)) & 1) === 1;
  }

  /** The terms starting with the character `code`, or undefined for none. */
  termsStartingWith(code: number): Term[] | undefined {
    return code < 128 ? this.ascii[code] : this.other.get(code);
  }
}

export interface Span {
  start: number;
  end: number;
}

/** A marked word: where it is, and its stem ("cramp" and "cramps" are one word for counting). */
export interface MarkedWord extends Span {
  stem: string;
}

/**
 * Texts of at least this many words are marked through their sorted words (sortedWordsOf): a walk over the words
 * costs about 20 ns a word, a binary search per term about a microsecond, and sorting a long text's words
 * once is paid back by its first few queries. (One page, every warning sign, has a section of over 6,000.)
 */
const SORTED_FROM = 1000;

/** The marked words of a text, at most `max` of them, in order: words that start with a prefix term or equal an exact one. */
export function findSpans(text: PreparedText, marker: Marker, max = 50): MarkedWord[] {
  if (text.starts.length >= SORTED_FROM) return findSpansSorted(text, marker, max);
  const { lower, starts, ends, firstCodes, pairs } = text;
  const found: MarkedWord[] = [];
  for (let i = 0; i < starts.length && found.length < max; i++) {
    if (!marker.mayStart(pairs[i])) continue;
    const terms = marker.termsStartingWith(firstCodes[i]);
    if (terms === undefined) continue;
    const start = starts[i];
    const length = ends[i] - start;
    for (const term of terms) {
      const fits = term.prefix ? term.text.length <= length : term.text.length === length;
      if (fits && lower.startsWith(term.text, start)) {
        const stem = stemAt(text, i);
        if (term.stem !== null && term.stem !== stem) continue;
        found.push({ start, end: ends[i], stem });
        break;
      }
    }
  }
  return found;
}

/** Numbers the calls of findSpansSorted (see TextWords.markedBy). */
let call = 0;

/** findSpans for a long text: each term's run of the sorted words, then their places in order. */
function findSpansSorted(text: PreparedText, marker: Marker, max: number): MarkedWord[] {
  const words = sortedWordsOf(text);
  const { sorted, markedBy, from, at } = words;
  call = (call + 1) | 0 || 1;
  // Each place of a marked word as word number x sorted.length + sorted index: sorting the numbers sorts by place.
  const places: number[] = [];
  for (const term of marker.terms) {
    for (let i = lowerBound(sorted, 0, sorted.length, term.text); i < sorted.length; i++) {
      const word = sorted[i];
      if (!word.startsWith(term.text) || (!term.prefix && word.length !== term.text.length)) break;
      if (markedBy[i] === call || (term.stem !== null && stemOfSorted(words, i) !== term.stem)) continue;
      markedBy[i] = call;
      for (let n = from[i]; n < from[i + 1]; n++) places.push(at[n] * sorted.length + i);
    }
  }
  places.sort((a, b) => a - b);
  const found: MarkedWord[] = [];
  for (let n = 0; n < places.length && n < max; n++) {
    const i = places[n] % sorted.length;
    const k = (places[n] - i) / sorted.length;
    found.push({ start: text.starts[k], end: text.ends[k], stem: stemOfSorted(words, i) });
  }
  return found;
}

/**
 * `text[from, to)` as HTML: escaped, with each span inside it wrapped in <mark>. `escape` is false for a
 * text known to hold nothing to escape.
 */
export function markedHtml(text: string, spans: readonly Span[], from: number, to: number, escape = true): string {
  const plain = escape ? escapeHtml : (piece: string) => piece;
  let html = '';
  let at = from;
  for (const { start, end } of spans) {
    if (start < at) continue;
    if (end > to) break;
    html += `${plain(text.slice(at, start))}<mark>${plain(text.slice(start, end))}</mark>`;
    at = end;
  }
  return html + plain(text.slice(at, to));
}

/** Escapes a text, then wraps the matched words in <mark>. */
export function markText(text: PreparedText, marker: Marker | null): string {
  if (!marker) return text.hasSpecial ? escapeHtml(text.text) : text.text;
  return markedHtml(text.text, findSpans(text, marker), 0, text.text.length, text.hasSpecial);
}
