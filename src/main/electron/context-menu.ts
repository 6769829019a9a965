/**
 * The right-click menu, as on any desktop app: Copy and Select All over reading text; Cut, Copy, Paste and
 * Select All in a text field. Items use Electron's editing roles (the platform's labels and shortcuts) and
 * are greyed out when the page says they cannot apply (nothing selected, nothing to paste).
 */
import type { MenuItemConstructorOptions } from 'electron';

/** The part of Electron's ContextMenuParams the menu depends on. */
export interface ContextMenuParams {
  x: number;
  y: number;
  isEditable: boolean;
  selectionText: string;
  editFlags: { canCut: boolean; canCopy: boolean; canPaste: boolean; canSelectAll: boolean };
}

export function contextMenuTemplate({
  isEditable,
  selectionText,
  editFlags,
}: ContextMenuParams): MenuItemConstructorOptions[] {
  const selectAll: MenuItemConstructorOptions = { role: 'selectAll', enabled: editFlags.canSelectAll };
  if (isEditable) {
    return [
      { role: 'cut', enabled: editFlags.canCut },
      { role: 'copy', enabled: editFlags.canCopy },
      { role: 'paste', enabled: editFlags.canPaste },
      { type: 'separator' },
      selectAll,
    ];
  }
  return [{ role: 'copy', enabled: editFlags.canCopy && selectionText.trim() !== '' }, selectAll];
}

/** What the menu needs from Electron: a WebContents to listen to and the Menu class to build with. */
export interface ContextMenuContents {
  on(event: 'context-menu', listener: (event: unknown, params: ContextMenuParams) => void): unknown;
}
export interface MenuFactory {
  buildFromTemplate(template: MenuItemConstructorOptions[]): { popup(options?: { x?: number; y?: number }): void };
}

/** Shows the menu where the user right-clicked (or pressed the menu key) in `contents`. */
export function attachContextMenu(contents: ContextMenuContents, menu: MenuFactory): void {
  contents.on('context-menu', (_event, params) => {
    menu.buildFromTemplate(contextMenuTemplate(params)).popup({ x: params.x, y: params.y });
  });
}
