/** Safe highlighting: text is HTML-escaped first, then matched words are wrapped in <mark>. */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const SPECIAL = /[&<>"']/;

export function escapeHtml(text: string): string {
  return SPECIAL.test(text) ? text.replace(/[&<>"']/g, (c) => ESCAPES[c]) : text;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** What to mark: words starting with a prefix (stems: "cramp" marks "cramping"), or equal to an exact word. */
export interface MarkTerms {
  prefixes: string[];
  exact: string[];
}

/**
 * A word character: ASCII letters and digits, and every letter beyond ASCII (by UTF-16 code unit). Plain
 * character ranges instead of Unicode property classes make matching about twice as fast, which matters:
 * snippets are cut for every hit of every query.
 */
const WORD_CHARS = 'A-Za-z0-9\\u00C0-\\u024F\\u0370-\\u1FFF\\u2C00-\\uD7FF\\uF900-\\uFDFF\\uFE70-\\uFEFF';
const WORD = `[${WORD_CHARS}]`;

/** Where a query's words occur in a text: a pattern built once per query. */
export type Marker = RegExp;

/**
 * The marker for a query's terms, or null when there is nothing to mark. Terms are letters and digits
 * only, so they cannot inject anything into the pattern. It runs on plain text, never on HTML.
 */
export function compileMarker(terms: MarkTerms): Marker | null {
  const clean = (list: string[]) =>
    [...new Set(list.filter((t) => /^[\p{L}\p{N}]+$/u.test(t)))].sort((a, b) => b.length - a.length);
  const prefixes = clean(terms.prefixes).map((t) => `${escapeRegExp(t)}${WORD}*`);
  const exact = clean(terms.exact).map(escapeRegExp);
  const options = [...prefixes, ...exact].join('|');
  return options ? new RegExp(`\\b(?:${options})(?!${WORD})`, 'gi') : null;
}

export interface Span {
  start: number;
  end: number;
}

/** Where the marker matches in `text`, at most `max` places. */
export function findSpans(text: string, marker: Marker, max = 50): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  marker.lastIndex = 0;
  for (let m = marker.exec(text); m && found.length < max; m = marker.exec(text)) found.push(m);
  marker.lastIndex = 0;
  return found;
}

/** `text[from, to)` as HTML: escaped, with each span inside it wrapped in <mark>. */
export function markedHtml(text: string, spans: Span[], from = 0, to = text.length): string {
  let html = '';
  let at = from;
  for (const { start, end } of spans) {
    if (start < at) continue;
    if (end > to) break;
    html += `${escapeHtml(text.slice(at, start))}<mark>${escapeHtml(text.slice(start, end))}</mark>`;
    at = end;
  }
  return html + escapeHtml(text.slice(at, to));
}

/** Escapes `text`, then wraps the matched words in <mark>. */
export function markText(text: string, marker: Marker | null): string {
  if (!marker) return escapeHtml(text);
  return markedHtml(
    text,
    findSpans(text, marker).map((m) => ({ start: m.index, end: m.index + m[0].length })),
  );
}
