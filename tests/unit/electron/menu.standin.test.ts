/** The application menu template per platform, with a stand-in for Electron's Menu (the template is plain data). */
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { COMMANDS, type Command } from '../../../src/shared/types';
import { menuTemplate } from '../../../src/main/electron/menu';

function build(platform: NodeJS.Platform, developer = false) {
  const sent: Command[] = [];
  const template = menuTemplate({ platform, appName: 'Spasm Guide', developer, send: (c) => sent.push(c) });
  return { template, sent };
}

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? items(item.submenu as MenuItemConstructorOptions[]) : []),
  ]);
}

function click(item: MenuItemConstructorOptions): void {
  (item.click as () => void)();
}

const byLabel = (template: MenuItemConstructorOptions[], label: RegExp) => {
  const found = items(template).find((item) => item.label && label.test(item.label));
  if (!found) throw new Error(`no menu item ${label}`);
  return found;
};

describe('application menu (with a stand-in for Electron)', () => {
  it.each(['darwin', 'win32', 'linux'] as const)('on %s has every command and the shortcuts', (platform) => {
    const { template, sent } = build(platform);
    const expected: [RegExp, Command, string | undefined][] = [
      [/^Print…$/, 'print', 'CmdOrCtrl+P'],
      [/^Print Handout…$/, 'print-handout', 'CmdOrCtrl+Shift+P'],
      [/^Save as PDF…$/, 'save-pdf', 'CmdOrCtrl+Shift+S'],
      [/^Find in Article/, 'find-in-article', 'CmdOrCtrl+F'],
      [/^Search Articles/, 'focus-search', 'CmdOrCtrl+K'],
      [/Checklist$/, 'toggle-checklist', 'CmdOrCtrl+Shift+L'],
      [/^Match System/, 'theme-system', undefined],
      [/^Light/, 'theme-light', undefined],
      [/^Dark/, 'theme-dark', undefined],
      [/^About Spasm Guide/, 'show-about', undefined],
      [/^Back/, 'go-back', platform === 'darwin' ? 'Cmd+[' : 'Alt+Left'],
    ];
    for (const [label, command, accelerator] of expected) {
      const item = byLabel(template, label);
      expect(item.accelerator, String(label)).toBe(accelerator);
      if (command !== 'show-about') expect(item.id).toBe(command);
      sent.length = 0;
      click(item);
      expect(sent).toEqual([command]);
    }
    const roles = items(template).map((item) => item.role);
    for (const role of ['quit', 'copy', 'paste']) expect(roles).toContain(role);
    // Text size replaces window zoom; the page handles its keys, the menu only shows them.
    for (const role of ['zoomIn', 'zoomOut', 'resetZoom']) expect(roles).not.toContain(role);
    for (const id of ['text-larger', 'text-smaller', 'text-reset', 'toggle-sidebar', 'next-pane', 'close-article']) {
      const item = items(template).find((i) => i.id === id);
      expect(item?.registerAccelerator, id).toBe(false);
    }
    expect(roles).not.toContain('toggleDevTools');
    // Every command the renderer understands is reachable from the menu.
    sent.length = 0;
    for (const item of items(template).filter((i) => i.click)) click(item);
    expect([...new Set(sent)].sort()).toEqual([...COMMANDS].sort());
  });

  it('follows macOS conventions: app menu first with About and Quit, a Window menu, Close in File', () => {
    const { template } = build('darwin');
    expect(template[0].label).toBe('Spasm Guide');
    const appItems = items([template[0]]);
    expect(appItems.some((item) => item.label === 'About Spasm Guide')).toBe(true);
    expect(appItems.some((item) => item.role === 'quit')).toBe(true);
    expect(template.some((item) => item.role === 'windowMenu')).toBe(true);
    expect(items([template[1]]).some((item) => item.role === 'close')).toBe(true);
  });

  it('follows Windows and Linux conventions: File first with Exit/Quit, About under Help', () => {
    const win = build('win32').template;
    expect(win[0].label).toBe('&File');
    expect(items([win[0]]).find((item) => item.role === 'quit')?.label).toBe('E&xit');
    expect(items([win[win.length - 1]]).some((item) => item.label === 'About Spasm Guide')).toBe(true);
    const linux = build('linux').template;
    expect(items([linux[0]]).find((item) => item.role === 'quit')).toMatchObject({
      label: '&Quit',
      accelerator: 'Ctrl+Q',
    });
    expect(linux.some((item) => item.role === 'windowMenu')).toBe(false);
  });

  it('offers reload and DevTools only in a development run', () => {
    const roles = items(build('linux', true).template).map((item) => item.role);
    expect(roles).toContain('toggleDevTools');
  });
});
