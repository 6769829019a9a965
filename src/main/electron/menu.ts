/**
 * The application menu, following each platform's conventions: on macOS the app menu holds About and Quit
 * and there is a Window menu; on Windows and Linux, File holds Exit/Quit and Help holds About. Items that
 * belong to the page send a Command to the renderer; zoom, editing and window items use Electron's roles.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { Command } from '../../shared/types';

export interface MenuSettings {
  platform: NodeJS.Platform;
  appName: string;
  /** Adds reload and DevTools, only in an unpackaged development run. */
  developer: boolean;
  send(command: Command): void;
}

export function menuTemplate({ platform, appName, developer, send }: MenuSettings): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  // Each command item's id is its command, so tests (and future code) can find it in the built menu.
  const command = (label: string, cmd: Command, accelerator?: string): MenuItemConstructorOptions => ({
    id: cmd,
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(cmd),
  });
  // Shortcuts the page handles itself (so they work in the browser tests and never fire twice): the menu
  // shows them but leaves the keys to the page.
  const pageKeys = (label: string, cmd: Command, accelerator: string): MenuItemConstructorOptions => ({
    ...command(label, cmd, accelerator),
    registerAccelerator: false,
  });
  const about = command(`About ${appName}`, 'show-about');
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      about,
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };

  const file: MenuItemConstructorOptions = {
    label: mac ? 'File' : '&File',
    submenu: [
      // Print and Save as PDF act on what is being read: the active article, or the handout builder when open.
      command('Print…', 'print', 'CmdOrCtrl+P'),
      command('Print Handout…', 'print-handout', 'CmdOrCtrl+Shift+P'),
      command('Save as PDF…', 'save-pdf', 'CmdOrCtrl+Shift+S'),
      separator,
      pageKeys('Close Article', 'close-article', 'CmdOrCtrl+W'),
      mac
        ? { role: 'close', accelerator: 'Cmd+Shift+W' }
        : {
            role: 'quit',
            label: platform === 'win32' ? 'E&xit' : '&Quit',
            accelerator: platform === 'win32' ? 'Alt+F4' : 'Ctrl+Q',
          },
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: mac ? 'Edit' : '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      separator,
      command('Find in Article…', 'find-in-article', 'CmdOrCtrl+F'),
      command('Search Articles', 'focus-search', 'CmdOrCtrl+K'),
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: mac ? 'View' : '&View',
    submenu: [
      pageKeys('Show or Hide Search Sidebar', 'toggle-sidebar', 'CmdOrCtrl+B'),
      pageKeys('Show or Hide Checklist', 'toggle-checklist', 'CmdOrCtrl+Shift+L'),
      {
        label: 'Theme',
        submenu: [
          command('Match System', 'theme-system'),
          command('Light', 'theme-light'),
          command('Dark', 'theme-dark'),
        ],
      },
      separator,
      // Text size reflows the text (the root font size) instead of zooming the whole window.
      pageKeys('Actual Text Size', 'text-reset', 'CmdOrCtrl+0'),
      pageKeys('Larger Text', 'text-larger', 'CmdOrCtrl+Plus'),
      pageKeys('Smaller Text', 'text-smaller', 'CmdOrCtrl+-'),
      separator,
      { role: 'togglefullscreen' },
      ...(developer ? [separator, { role: 'reload' } as const, { role: 'toggleDevTools' } as const] : []),
    ],
  };

  const go: MenuItemConstructorOptions = {
    label: mac ? 'Go' : '&Go',
    submenu: [
      command('Back', 'go-back', mac ? 'Cmd+[' : 'Alt+Left'),
      command('Forward', 'go-forward', mac ? 'Cmd+]' : 'Alt+Right'),
      separator,
      pageKeys('Next Pane', 'next-pane', 'F6'),
      pageKeys('Previous Pane', 'previous-pane', 'Shift+F6'),
    ],
  };

  const help: MenuItemConstructorOptions = mac
    ? { role: 'help', submenu: [{ label: `${appName} Disclaimer and Licenses`, click: () => send('show-about') }] }
    : { label: '&Help', submenu: [about] };

  return mac ? [appMenu, file, edit, view, go, { role: 'windowMenu' }, help] : [file, edit, view, go, help];
}
