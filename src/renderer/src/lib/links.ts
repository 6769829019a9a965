/**
 * Every link click in the app comes through here, so nothing ever navigates the app's own page:
 * in-app article links open panes, "#id" links scroll within their pane, and web links (the sources)
 * go to the system browser through the main process.
 */
import { scrollWithin } from './scroll';
export interface LinkActions {
  openArticle(id: string, options: { beside: boolean; paneIndex: number | null; section: string | null }): void;
  openSource(url: string): void;
}

export function handleLinkClick(event: MouseEvent, actions: LinkActions): void {
  if (event.defaultPrevented || (event.button !== 0 && event.button !== 1)) return;
  const link = (event.target as Element | null)?.closest?.('a[href]');
  if (!(link instanceof HTMLAnchorElement)) return;
  event.preventDefault();

  const href = link.getAttribute('href') ?? '';
  const beside = event.ctrlKey || event.metaKey || event.shiftKey || event.button === 1;
  const paneElement = link.closest('[data-pane-index]');
  const paneIndex = paneElement ? Number(paneElement.getAttribute('data-pane-index')) : null;

  const article = /^#\/article\/([a-z0-9-]+)(?:\/([a-z0-9-]+))?$/.exec(href);
  if (article) {
    actions.openArticle(link.dataset.article ?? article[1], { beside, paneIndex, section: article[2] ?? null });
  } else if (href.startsWith('#') && href.length > 1) {
    goToAnchor(href.slice(1));
  } else if (/^https:\/\//i.test(href)) {
    actions.openSource(link.href);
  }
}

/** Scrolls to a heading on the page and moves focus there, as following an anchor would. */
export function goToAnchor(id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  scrollWithin(target);
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
}
