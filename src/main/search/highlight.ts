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

/**
 * One pattern for all the terms of a query, built once per query. Matches whole words only, never inside
 * an HTML entity (`&amp;`, `&#39;`). Terms are plain letters and digits, so they cannot inject anything.
 */
export function markPattern(terms: MarkTerms): RegExp | null {
  const clean = (list: string[]) =>
    [...new Set(list.filter((t) => /^[\p{L}\p{N}]+$/u.test(t)))].sort((a, b) => b.length - a.length);
  const prefixes = clean(terms.prefixes).map((t) => `${escapeRegExp(t)}${WORD}*`);
  const exact = clean(terms.exact).map(escapeRegExp);
  const options = [...prefixes, ...exact];
  if (options.length === 0) return null;
  return new RegExp(`(?<![${WORD_CHARS}&#])(?:${options.join('|')})(?!${WORD})`, 'gi');
}

/** Wraps matches of `pattern` in <mark>. `html` must already be escaped. */
export function markHtml(html: string, pattern: RegExp | null): string {
  return pattern ? html.replace(pattern, (word) => `<mark>${word}</mark>`) : html;
}

/** Escapes `text`, then marks the words that match. */
export function markText(text: string, pattern: RegExp | null): string {
  return markHtml(escapeHtml(text), pattern);
}
