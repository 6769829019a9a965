/**
 * Cuts the snippet for a hit: the section holding the most of the query's words, and in it the window of
 * text holding the most different matched words.
 */
import { MAX_SECTIONS } from './bm25f';
import type { SectionText } from './types';
import { findSpans, markedHtml, type MarkedWord, type Marker, type Span } from './highlight';
import type { PreparedArticle, PreparedSection } from './prepared-articles';
import type { PreparedText } from './prepared-text';

export const SNIPPET_LENGTH = 160;
/** How much text to show before the first matched word of the window. */
const LEAD = 40;

export interface SectionMatch {
  section: SectionText;
  text: PreparedText;
  /** Distinct matched words in the section (by stem: "cramp" and "cramps" count once). */
  distinct: number;
  /** The matched words, in order. */
  spans: MarkedWord[];
}

/** Per query word, every stem that counts as it (by number; stems in no article left out) and how much: 1 as typed. */
export interface WordTerms {
  terms: number[];
  weights: number[];
}

/**
 * Index of the section holding the most of the query's words (the first wins a tie), or -1 for none. A word
 * counts by its best way of matching there: as typed, fully; through a synonym or a correction, by that
 * weight, so "i fainted" is shown in the section of the signs, which says faint, not in the page's opening,
 * where cramps "pass" (pass out, a synonym). Within the section the window holding the most different matched
 * stems is shown (snippetOf).
 */
export function bestSection(article: PreparedArticle, words: readonly WordTerms[]): number {
  // Only the first MAX_SECTIONS sections have bits (a shift by 32 or more would wrap round to section 0).
  const sections = Math.min(article.sections.length, MAX_SECTIONS);
  const totals = new Float64Array(sections);
  // Per section, the best weight of the word being counted.
  const best = new Float64Array(sections);
  for (const { terms, weights } of words) {
    best.fill(0);
    for (let t = 0; t < terms.length; t++) {
      const bits = article.sectionsWithTerm(terms[t]);
      for (let section = 0; section < sections && bits >>> section; section++)
        if ((bits >>> section) & 1 && weights[t] > best[section]) best[section] = weights[t];
    }
    for (let section = 0; section < sections; section++) totals[section] += best[section];
  }
  let found = -1;
  let most = 0;
  for (let index = 0; index < sections; index++) {
    if (totals[index] > most) {
      most = totals[index];
      found = index;
    }
  }
  return found;
}

/** Where the marker's words occur in one section (the first 50), or null when they do not. */
export function matchSection({ section, text }: PreparedSection, marker: Marker): SectionMatch | null {
  const spans = findSpans(text, marker);
  return spans.length ? { section, text, distinct: distinctStems(spans, 0, spans.length), spans } : null;
}

/** How many different stems `spans[from, to)` hold (few: a plain scan beats a set). */
function distinctStems(spans: MarkedWord[], from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    let seen = false;
    for (let j = from; j < i && !seen; j++) seen = spans[j].stem === spans[i].stem;
    if (!seen) count++;
  }
  return count;
}

/** An escaped, marked excerpt of a section around its densest cluster of matches. */
export function snippetOf(match: SectionMatch): string {
  const { spans } = match;
  let start = 0;
  let bestCount = 0;
  for (let i = 0; i < spans.length && bestCount < match.distinct; i++) {
    const windowStart = Math.max(0, spans[i].start - LEAD);
    let to = i;
    while (to < spans.length && spans[to].end <= windowStart + SNIPPET_LENGTH) to++;
    const count = distinctStems(spans, i, to);
    if (count > bestCount) {
      bestCount = count;
      start = windowStart;
    }
  }
  return excerpt(match.text, start, spans);
}

/** The first SNIPPET_LENGTH characters of a text, for when only the title or summary matched. */
export function leadOf(text: PreparedText, marker: Marker | null): string {
  return excerpt(text, 0, marker ? findSpans(text, marker) : []);
}

/**
 * `SNIPPET_LENGTH` characters from about `from`, as marked HTML with whitespace runs collapsed to one space
 * and no space at either end. (`spaced` holds spaces only, so trimming is moving the ends.)
 */
function excerpt({ text, spaced, hasSpaceRuns, hasSpecial }: PreparedText, from: number, spans: Span[]): string {
  let start = from;
  if (start > 0) {
    // Begin at the sentence start when it is close, else at the next word.
    const sentence = text.lastIndexOf('. ', start);
    const space = text.indexOf(' ', start - 1);
    if (sentence >= 0 && start - sentence < LEAD) start = sentence + 2;
    else if (space >= 0 && space < from + LEAD) start = space + 1;
  }
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + SNIPPET_LENGTH / 2) end = space;
  }
  let first = start;
  let last = end;
  while (first < last && spaced.charCodeAt(first) === 32) first++;
  while (last > first && spaced.charCodeAt(last - 1) === 32) last--;
  const html = markedHtml(spaced, spans, first, last, hasSpecial);
  const body = hasSpaceRuns ? html.replace(/ {2,}/g, ' ') : html;
  return (start > 0 ? '… ' : '') + body + (end < text.length ? ' …' : '');
}
