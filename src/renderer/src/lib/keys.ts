/** Key names as each platform writes them, for hints and the welcome page (⌘ and ⌥ on macOS). */
import { isMac, MOD_KEY } from './format';

export const KEYS = {
  mod: MOD_KEY,
  alt: isMac ? '⌥' : 'Alt',
  /** The Control key itself (Ctrl+Tab is Control on macOS too: ⌘Tab switches apps). */
  ctrl: isMac ? '⌃' : 'Ctrl',
  back: isMac ? ['⌘', '['] : ['Alt', '←'],
  forward: isMac ? ['⌘', ']'] : ['Alt', '→'],
} as const;

/** "Ctrl+B" or "⌘B": a shortcut as the platform's menus print it. */
export function shortcut(key: string): string {
  return isMac ? `⌘${key}` : `Ctrl+${key}`;
}
