/**
 * Picks the part of an article that best shows why it matched: the section with the most different
 * matched words, and within it the window of text holding the most of them.
 */
import type { SectionText } from '../content/render-article';
import { markText } from './highlight';
import { stemOf } from './text';

export const SNIPPET_LENGTH = 160;
/** How much text to show before the first matched word of the window. */
const LEAD = 40;

export interface SectionMatch {
  section: SectionText;
  /** Distinct matched words in the section (by stem: "cramp" and "cramps" count once). */
  distinct: number;
  /** Start and end of each match. */
  spans: [number, number][];
}

/** Where `pattern` matches in one section, or null when it does not. */
export function matchSection(section: SectionText, pattern: RegExp): SectionMatch | null {
  pattern.lastIndex = 0;
  const spans: [number, number][] = [];
  const words = new Set<string>();
  for (let m = pattern.exec(section.text); m; m = pattern.exec(section.text)) {
    spans.push([m.index, m.index + m[0].length]);
    words.add(stemOf(m[0].toLowerCase()));
    if (spans.length >= 200) break;
  }
  pattern.lastIndex = 0;
  return spans.length ? { section, distinct: words.size, spans } : null;
}

/**
 * The best matching section of an article (most distinct matched words, first wins), or null when no
 * section mentions a matched word. Stops early at a section holding `enough` distinct words.
 */
export function bestSection(sections: SectionText[], pattern: RegExp | null, enough: number): SectionMatch | null {
  if (!pattern) return null;
  let best: SectionMatch | null = null;
  for (const section of sections) {
    const match = matchSection(section, pattern);
    if (match && (!best || match.distinct > best.distinct)) {
      best = match;
      if (best.distinct >= enough) break;
    }
  }
  return best;
}

/** An escaped, marked excerpt of a section around its densest cluster of matches. */
export function snippetOf(match: SectionMatch, pattern: RegExp | null): string {
  const { text } = match.section;
  let start = 0;
  let bestCount = -1;
  for (const [from] of match.spans) {
    const windowStart = Math.max(0, from - LEAD);
    const words = new Set<string>();
    for (const [a, b] of match.spans) {
      if (a >= windowStart && b <= windowStart + SNIPPET_LENGTH) words.add(stemOf(text.slice(a, b).toLowerCase()));
    }
    if (words.size > bestCount) {
      bestCount = words.size;
      start = windowStart;
    }
  }
  return excerpt(text, start, pattern);
}

/** The first SNIPPET_LENGTH characters of a text, for when only the title or summary matched. */
export function leadOf(text: string, pattern: RegExp | null): string {
  return excerpt(text, 0, pattern);
}

function excerpt(text: string, from: number, pattern: RegExp | null): string {
  let start = from;
  if (start > 0) {
    // Begin at a word boundary, and at the sentence start when it is close.
    const sentence = text.lastIndexOf('. ', start);
    if (sentence >= 0 && start - sentence < LEAD) start = sentence + 2;
    else while (start < text.length && start < from + LEAD && !/\s/.test(text[start - 1])) start++;
  }
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + SNIPPET_LENGTH / 2) end = space;
  }
  const body = markText(text.slice(start, end).replace(/\s+/g, ' ').trim(), pattern);
  return (start > 0 ? '… ' : '') + body + (end < text.length ? ' …' : '');
}
