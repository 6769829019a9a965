/**
 * Scrolls `target` into view inside its own scrolling pane only. (Element.scrollIntoView also scrolls
 * every ancestor, which would shift the whole window under the top bar.)
 */
export function scrollWithin(target: Element, block: 'start' | 'center' = 'start'): void {
  const pane = target.parentElement?.closest('.scroll, .welcome-scroll, .results');
  if (!(pane instanceof HTMLElement)) return;
  const offset = target.getBoundingClientRect().top - pane.getBoundingClientRect().top;
  const margin = block === 'center' ? (pane.clientHeight - target.getBoundingClientRect().height) / 2 : 16;
  pane.scrollTop += offset - Math.max(0, margin);
}
