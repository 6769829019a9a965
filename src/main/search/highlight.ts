/** Safe highlighting: text is HTML-escaped first, then matched words are wrapped in <mark>. */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Marks words that start with any of the terms. `html` must already be escaped; terms are plain text. */
export function markTerms(html: string, terms: string[]): string {
  const words = terms.map((t) => escapeHtml(t.trim())).filter((t) => t.length > 1);
  if (words.length === 0) return html;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}&#])(${words.map(escapeRegExp).join('|')})[\\p{L}\\p{N}]*`, 'giu');
  return html.replace(pattern, (word) => `<mark>${word}</mark>`);
}
