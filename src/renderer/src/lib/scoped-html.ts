/**
 * Article bodies use plain anchor ids ("what-it-is"). Two articles open side by side (or the same article
 * twice) would repeat ids and break aria-labelledby, so each pane gets its own id prefix.
 */
import { articleHtml } from './trusted-html';

export function scopeIds(html: string, prefix: string): string {
  const template = document.createElement('template');
  template.innerHTML = articleHtml(html);
  for (const element of template.content.querySelectorAll('[id]')) element.id = prefix + element.id;
  for (const element of template.content.querySelectorAll('[aria-labelledby]')) {
    const ids = (element.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
    element.setAttribute('aria-labelledby', ids.map((id) => prefix + id).join(' '));
  }
  for (const heading of template.content.querySelectorAll('h2, h3')) heading.setAttribute('tabindex', '-1');
  return articleHtml(template.innerHTML);
}
