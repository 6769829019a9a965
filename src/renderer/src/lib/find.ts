/**
 * Find in article with the CSS Custom Highlight API: matches are painted without touching the article's
 * DOM. Every open find bar shares the two named highlights; each adds and removes its own ranges.
 */

import { foldCase } from '../../../shared/fold-case';

const matches = new Highlight();
const current = new Highlight();
let registered = false;

function register(): void {
  if (registered || typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  CSS.highlights.set('find-match', matches);
  CSS.highlights.set('find-current', current);
  registered = true;
}

/** Case-insensitive matches of `query` within the text of `root`. */
export function findRanges(root: Element, query: string): Range[] {
  const needle = foldCase(query.trim());
  if (!needle) return [];
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // Length-preserving, so an offset in `text` is the same offset in the node.
    const text = foldCase((node as Text).data);
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      ranges.push(range);
    }
  }
  return ranges;
}

/** Shows `ranges` as matches with `focused` as the current one; returns a function that removes them. */
export function paint(ranges: Range[], focused: Range | undefined): () => void {
  register();
  for (const range of ranges) matches.add(range);
  if (focused) current.add(focused);
  return () => {
    for (const range of ranges) matches.delete(range);
    if (focused) current.delete(focused);
  };
}
