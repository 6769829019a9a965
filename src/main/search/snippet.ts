/**
 * Cuts the snippet from a section: the window of text holding the most different matched words.
 */
import type { SectionText } from '../content/render-article';
import { markText, type Marker } from './highlight';
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

/** Where the marker's words occur in one section, or null when they do not. */
export function matchSection(section: SectionText, marker: Marker): SectionMatch | null {
  const pattern = marker.scan;
  pattern.lastIndex = 0;
  const spans: [number, number][] = [];
  const words = new Set<string>();
  for (let m = pattern.exec(section.text); m; m = pattern.exec(section.text)) {
    spans.push([m.index, m.index + m[0].length]);
    words.add(stemOf(m[0].toLowerCase()));
    if (spans.length >= 50) break;
  }
  pattern.lastIndex = 0;
  return spans.length ? { section, distinct: words.size, spans } : null;
}

/** An escaped, marked excerpt of a section around its densest cluster of matches. */
export function snippetOf(match: SectionMatch, marker: Marker | null): string {
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
  return excerpt(text, start, marker);
}

/** The first SNIPPET_LENGTH characters of a text, for when only the title or summary matched. */
export function leadOf(text: string, marker: Marker | null): string {
  return excerpt(text, 0, marker);
}

function excerpt(text: string, from: number, marker: Marker | null): string {
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
  const body = markText(text.slice(start, end).replace(/\s+/g, ' ').trim(), marker);
  return (start > 0 ? '… ' : '') + body + (end < text.length ? ' …' : '');
}
