import { sanitizeArticleHtml } from './article-html';
import { articleHtml } from './trusted-html';

/**
 * Article bodies use plain anchor ids ("what-it-is"). Two articles open side by side (or the same article
 * twice) would repeat ids and break aria-labelledby, so each pane gets its own id prefix. The HTML passes the
 * allow-list (article-html.ts) first.
 */
export function scopeIds(html: string, prefix: string) {
  const fragment = sanitizeArticleHtml(html);
  // Ids inside a drawing are already unique per figure (and its url(#…) references must keep pointing at them).
  for (const element of fragment.querySelectorAll('[id]:not(svg *)')) element.id = prefix + element.id;
  for (const element of fragment.querySelectorAll('[aria-labelledby]')) {
    const ids = (element.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
    element.setAttribute('aria-labelledby', ids.map((id) => prefix + id).join(' '));
  }
  for (const heading of fragment.querySelectorAll('h2, h3')) heading.setAttribute('tabindex', '-1');
  return serialized(fragment);
}

/** A line drawing from the content store (a checklist item's figure), through the same allow-list. */
export function drawingHtml(svg: string) {
  return serialized(sanitizeArticleHtml(svg));
}

function serialized(fragment: DocumentFragment) {
  const holder = document.createElement('div');
  holder.append(fragment);
  return articleHtml(holder.innerHTML);
}
