/**
 * The reader's own keyboard shortcuts, as commands (the same ones the application menu sends). Handled in the
 * page so they work wherever focus is; Electron only runs a menu accelerator for a key the page left alone.
 */
import type { Command } from '../../../shared/types';
import { isMac } from './format';

function isEditable(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/** The command a key press asks for, or null for keys the app leaves to the page. */
export function commandFor(event: KeyboardEvent): Command | null {
  const mod = isMac ? event.metaKey : event.ctrlKey;
  const key = event.key.toLowerCase();
  const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
  if ((mod && key === 'k') || (event.key === '/' && plain && !isEditable(event.target))) return 'focus-search';
  if (mod && !event.shiftKey && key === 'f') return 'find-in-article';
  // Ctrl/Cmd+P prints what is being read (the active pane); with Shift, the handout.
  if (mod && key === 'p') return event.shiftKey ? 'print-handout' : 'print';
  if ((event.altKey && !isMac && event.key === 'ArrowLeft') || (isMac && mod && event.key === '[')) return 'go-back';
  if ((event.altKey && !isMac && event.key === 'ArrowRight') || (isMac && mod && event.key === ']'))
    return 'go-forward';
  // F6 (desktop convention for the next pane) and Ctrl+Tab (Control on macOS too) cycle search and articles.
  if (event.key === 'F6' && !event.ctrlKey && !event.metaKey) return event.shiftKey ? 'previous-pane' : 'next-pane';
  if (event.ctrlKey && event.key === 'Tab') return event.shiftKey ? 'previous-pane' : 'next-pane';
  if (event.ctrlKey && (event.key === 'PageDown' || event.key === 'PageUp'))
    return event.key === 'PageDown' ? 'next-pane' : 'previous-pane';
  if (mod && !event.shiftKey && key === 'w') return 'close-article';
  if (mod && !event.shiftKey && key === 'b') return 'toggle-sidebar';
  if (mod && event.shiftKey && key === 'l') return 'toggle-checklist';
  if (mod && (event.key === '+' || event.key === '=')) return 'text-larger';
  if (mod && (event.key === '-' || event.key === '_')) return 'text-smaller';
  if (mod && event.key === '0') return 'text-reset';
  return null;
}
