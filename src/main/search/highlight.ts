/** Safe highlighting: text is HTML-escaped first, then matched words are wrapped in <mark>. */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
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

/** The terms of one query as two patterns, built once per query. */
export interface Marker {
  /** Finds matched words in plain text, fast (ASCII word boundaries), for choosing where to cut. */
  scan: RegExp;
  /** Finds matched words in escaped HTML, never inside an entity (`&amp;`, `&#39;`), for marking. */
  mark: RegExp;
}

/** The marker for a query's terms, or null when there is nothing to mark. Terms are letters and digits only. */
export function compileMarker(terms: MarkTerms): Marker | null {
  const clean = (list: string[]) =>
    [...new Set(list.filter((t) => /^[\p{L}\p{N}]+$/u.test(t)))].sort((a, b) => b.length - a.length);
  const prefixes = clean(terms.prefixes).map((t) => `${escapeRegExp(t)}${WORD}*`);
  const exact = clean(terms.exact).map(escapeRegExp);
  const options = [...prefixes, ...exact].join('|');
  if (!options) return null;
  return {
    scan: new RegExp(`\\b(?:${options})(?!${WORD})`, 'gi'),
    mark: new RegExp(`(?<![${WORD_CHARS}&#])(?:${options})(?!${WORD})`, 'gi'),
  };
}

/** Escapes `text`, then wraps the matched words in <mark>. */
export function markText(text: string, marker: Marker | null): string {
  const html = escapeHtml(text);
  return marker ? html.replace(marker.mark, '<mark>$&</mark>') : html;
}
