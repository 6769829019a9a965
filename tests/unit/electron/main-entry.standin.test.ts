/**
 * The Electron entry point (src/main/index.ts) run against a stand-in for the whole `electron` module: what
 * it registers, in what order, and what the window loads — with a good content store, and with a damaged one.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../src/shared/channels';
import { buildStore } from '../../../src/main/content/build-store';
import { loadStore } from '../../../src/main/content/load-store';
import { FIXTURE_ARTICLE_COUNT, FIXTURE_LIBRARY } from '../../content/fixture';
import { contextMenuParams, electronStandIn, StandInBrowserWindow, StandInMenu, StandInWebContents } from './stand-in';

let standIn: ReturnType<typeof electronStandIn>;

async function load(storeDir: string, options: { isPackaged?: boolean } = {}) {
  standIn = electronStandIn(mkdtempSync(join(tmpdir(), 'spasm-guide-entry-')), options);
  // A fresh entry module each time, seeing this test's stand-in and content store.
  vi.resetModules();
  vi.doMock('electron', () => standIn.module);
  vi.doMock('../../../src/main/paths', () => ({ contentStoreDir: () => storeDir }));
  vi.spyOn(console, 'error').mockImplementation(() => {});
  await import('../../../src/main/index');
}

async function start(storeDir: string) {
  await load(storeDir);
  await vi.waitFor(() => expect(StandInBrowserWindow.created).toHaveLength(1), { timeout: 5_000 });
  return StandInBrowserWindow.created[0];
}

let lastStore = '';
const storeDirOf = () => lastStore;

async function builtStore(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'spasm-guide-entry-store-'));
  await buildStore(FIXTURE_LIBRARY, dir, '1.0.0');
  lastStore = dir;
  return dir;
}

const argv = process.argv;
beforeEach(() => {
  StandInBrowserWindow.created = [];
  StandInBrowserWindow.failingLoads = null;
});
afterEach(() => {
  process.argv = argv;
  vi.restoreAllMocks();
});

describe('main entry point (with a stand-in for Electron)', () => {
  it('sandboxes renderers and registers the app scheme before the app is ready', async () => {
    await start(await builtStore());
    const ready = standIn.calls.indexOf('whenReady');
    expect(standIn.calls.indexOf('enableSandbox')).toBeLessThan(ready);
    const scheme = standIn.calls.find((call) => call.startsWith('registerSchemesAsPrivileged'));
    expect(standIn.calls.indexOf(scheme!)).toBeLessThan(ready);
    expect(scheme).toContain('"scheme":"app"');
    expect(scheme).not.toContain('corsEnabled');
  });

  it('turns the spellchecker off at the first touch of the default session', async () => {
    await start(await builtStore());
    expect(standIn.session.touched.slice(0, 2).sort()).toEqual(['setSpellCheckerEnabled', 'setSpellCheckerLanguages']);
    expect(standIn.session.spellCheckerLanguages).toEqual([]);
    expect(standIn.session.spellCheckerEnabled).toBe(false);
  });

  it('quits before it is ready when a packaged build is started with a debugging switch', async () => {
    process.argv = [argv[0], '--remote-debugging-port=9222'];
    await load(await builtStore(), { isPackaged: true });
    expect(standIn.calls).toContain('exit 1');
    expect(standIn.calls).not.toContain('whenReady');
    expect(StandInBrowserWindow.created).toHaveLength(0);
  });

  it('starts normally when packaged without a debugging switch, and unpackaged with one', async () => {
    process.argv = [argv[0], '--user-data-dir=/somewhere'];
    await load(await builtStore(), { isPackaged: true });
    await vi.waitFor(() => expect(StandInBrowserWindow.created).toHaveLength(1));
    expect(standIn.calls).not.toContain('exit 1');
    StandInBrowserWindow.created = [];
    process.argv = [argv[0], '--inspect=9229'];
    await start(await builtStore());
    expect(standIn.calls).not.toContain('exit 1');
  });

  it('opens a source link only from the user’s click (openSource), never from a navigation or window.open', async () => {
    const window = await start(await builtStore());
    window.emit('ready-to-show');
    const content = await loadStore(storeDirOf());
    const cited = [...content.articles.values()].flatMap((a) => a.sources.map((s) => s.url))[0];
    const contents = new StandInWebContents();
    standIn.app.emit('web-contents-created', {}, contents);
    expect(contents.fire('will-navigate', cited)).toBe(true);
    expect(contents.windowOpenHandler?.({ url: cited })).toEqual({ action: 'deny' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(standIn.opened).toEqual([]);

    const top = { url: 'app://spasm-guide/index.html', parent: null };
    expect(await standIn.ipcMain.invoke(CHANNELS.openSource, top, { url: cited })).toEqual({
      ok: true,
      value: { opened: true },
    });
    const hostOnly = `${new URL(cited).origin}/some/other/path`;
    expect(await standIn.ipcMain.invoke(CHANNELS.openSource, top, { url: hostOnly })).toEqual({
      ok: true,
      value: { opened: false },
    });
    expect(standIn.opened).toEqual([new URL(cited).href]);
  });

  it('gives every web contents a right-click menu', async () => {
    await start(await builtStore());
    StandInMenu.popups = [];
    const contents = new StandInWebContents();
    standIn.app.emit('web-contents-created', {}, contents);
    contents.rightClick(contextMenuParams({ isEditable: true }));
    expect(StandInMenu.popups.map((p) => p.items.map((i) => i.role ?? i.type))).toEqual([
      ['cut', 'copy', 'paste', 'separator', 'selectAll'],
    ]);
  });

  it('shows the error page in the same window when the renderer cannot be loaded, never an invisible window', async () => {
    StandInBrowserWindow.failingLoads = /^app:\/\/spasm-guide\/index\.html$/;
    const window = await start(await builtStore());
    await vi.waitFor(() => expect(window.loaded).toHaveLength(2));
    expect(window.shown).toBe(true);
    const page = await standIn.protocolHandlers.get('app')!(new Request('app://spasm-guide/index.html'));
    const html = await page.text();
    expect(html).toContain('could not start');
    expect(html).toContain('ERR_FILE_NOT_FOUND');
  });

  it('locks the session down, registers every IPC channel and the protocol, and sets the menu', async () => {
    await start(await builtStore());
    expect(standIn.session.request('https://example.com/')).toBe(true);
    expect(standIn.session.request('app://spasm-guide/index.html')).toBe(false);
    expect(await standIn.session.askPermission('media')).toBe(false);
    expect([...standIn.ipcMain.handlers.keys()].sort()).toEqual(Object.values(CHANNELS).sort());
    expect([...standIn.protocolHandlers.keys()]).toEqual(['app']);
    expect(standIn.menus).toHaveLength(1);
  });

  it('opens a sandboxed window on app://, shown once ready, that answers its own IPC only', async () => {
    const window = await start(await builtStore());
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    expect(window.options.webPreferences?.preload).toMatch(/preload[\\/]index\.cjs$/);
    expect(window.loaded).toEqual(['app://spasm-guide/index.html']);
    expect(window.shown).toBe(false);
    window.emit('ready-to-show');
    expect(window.shown).toBe(true);

    const top = { url: 'app://spasm-guide/index.html', parent: null };
    const info = await standIn.ipcMain.invoke(CHANNELS.getAppInfo, top, undefined);
    expect(info).toMatchObject({ ok: true, value: { version: '9.9.9', articleCount: FIXTURE_ARTICLE_COUNT } });
    expect(
      await standIn.ipcMain.invoke(CHANNELS.getAppInfo, { url: 'https://example.com/', parent: null }, undefined),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('sends menu commands to the window', async () => {
    const window = await start(await builtStore());
    const template = standIn.menus[0] as { submenu: { id?: string; click?: () => void }[] }[];
    const item = template.flatMap((menu) => menu.submenu).find((entry) => entry.id === 'toggle-checklist');
    item?.click?.();
    expect(window.webContents.sent).toEqual([['app:command', 'toggle-checklist']]);
  });

  it('serves the renderer with the CSP header', async () => {
    await start(await builtStore());
    const response = await standIn.protocolHandlers.get('app')!(new Request('app://spasm-guide/nope.js'));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('shows the error page, never a blank window, when the content store is damaged', async () => {
    const dir = await builtStore();
    writeFileSync(join(dir, 'content.json'), '{"tampered": true}');
    const window = await start(dir);
    expect(window.loaded).toEqual(['app://spasm-guide/index.html']);
    const page = await standIn.protocolHandlers.get('app')!(new Request('app://spasm-guide/index.html'));
    const html = await page.text();
    expect(html).toContain('articles are damaged');
    expect(html).toContain('Reinstall Spasm Guide');
    expect(page.headers.get('content-security-policy')).toMatch(/style-src 'sha256-/);
    // No IPC for a page that is only an error message.
    expect(standIn.ipcMain.handlers.size).toBe(0);
    // Closing it ends the app, on every platform (on macOS nothing else would).
    expect(standIn.calls).not.toContain('quit');
    window.close();
    expect(standIn.calls).toContain('quit');
  });
});
