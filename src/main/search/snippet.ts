/**
 * Cuts the snippet from a section: the window of text holding the most different matched words.
 */
import type { SectionText } from '../content/render-article';
import { findSpans, markedHtml, type Marker, type Span } from './highlight';
import { stemOf } from './text';

export const SNIPPET_LENGTH = 160;
/** How much text to show before the first matched word of the window. */
const LEAD = 40;

export interface SectionMatch {
  section: SectionText;
  /** Distinct matched words in the section (by stem: "cramp" and "cramps" count once). */
  distinct: number;
  /** Where each match starts and ends, and the stem of the matched word. */
  spans: (Span & { stem: string })[];
}

/** Where the marker's words occur in one section (the first 50), or null when they do not. */
export function matchSection(section: SectionText, marker: Marker): SectionMatch | null {
  const spans = findSpans(section.text, marker).map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    stem: stemOf(m[0].toLowerCase()),
  }));
  return spans.length ? { section, distinct: new Set(spans.map((s) => s.stem)).size, spans } : null;
}

/** An escaped, marked excerpt of a section around its densest cluster of matches. */
export function snippetOf(match: SectionMatch): string {
  const { spans } = match;
  let start = 0;
  let bestCount = 0;
  const inWindow = new Set<string>();
  for (let i = 0; i < spans.length && bestCount < match.distinct; i++) {
    const windowStart = Math.max(0, spans[i].start - LEAD);
    inWindow.clear();
    for (let j = i; j < spans.length && spans[j].end <= windowStart + SNIPPET_LENGTH; j++) inWindow.add(spans[j].stem);
    if (inWindow.size > bestCount) {
      bestCount = inWindow.size;
      start = windowStart;
    }
  }
  return excerpt(match.section.text, start, spans);
}

/** The first SNIPPET_LENGTH characters of a text, for when only the title or summary matched. */
export function leadOf(text: string, marker: Marker | null): string {
  const spans = marker ? findSpans(text, marker).map((m) => ({ start: m.index, end: m.index + m[0].length })) : [];
  return excerpt(text, 0, spans);
}

function excerpt(text: string, from: number, spans: Span[]): string {
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
  const body = markedHtml(text, spans, start, end).replace(/\s+/g, ' ').trim();
  return (start > 0 ? '… ' : '') + body + (end < text.length ? ' …' : '');
}
