/**
 * Electron entry point. Kept thin: it hands Electron's objects to small modules in ./electron (each tested
 * against a stand-in) and to the plain modules that hold the behaviour (content store, handlers, storage).
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMMAND_CHANNEL } from '../shared/channels';
import type { Command } from '../shared/types';
import { APP_FACTS } from './app-info';
import { loadStore } from './content/load-store';
import { createHandlers } from './handlers';
import { registerIpc } from './ipc';
import { contentStoreDir } from './paths';
import { openSettingsStore } from './storage/file-settings-store';
import { openStoredDocument, type StoredDocument } from './storage/stored-document';
import { APP_ENTRY_URL, APP_SCHEME, ownUrlCheck } from './electron/app-origin';
import { APP_SCHEME_PRIVILEGES, serveRenderer, serveSinglePage } from './electron/app-protocol';
import { refuseDebugging } from './electron/debug-switches';
import { attachContextMenu } from './electron/context-menu';
import { desktopActions } from './electron/desktop-actions';
import { presentWindow } from './electron/window-presentation';
import { describeStartupFailure, errorPage } from './electron/error-page';
import { externalOpener, sourceUrls } from './electron/external-links';
import { menuTemplate } from './electron/menu';
import { guardNavigation } from './electron/navigation';
import { isTrustedSender } from './electron/sender-check';
import { lockDownSession } from './electron/session-guard';
import { claimSingleInstance } from './electron/single-instance';
import { mainWindowOptions } from './electron/window-options';
import { restoreWindowState, trackWindowState, WINDOW_STATE_DOCUMENT, type WindowState } from './electron/window-state';

const log = (message: string, error: unknown) => console.error(`[spasm-guide] ${message}:`, error);

// electron-vite's dev server, honoured only in an unpackaged development run.
const devServer = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const isOwnUrl = ownUrlCheck(devServer);
const preload = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
const rendererDir = fileURLToPath(new URL('../renderer/', import.meta.url));

app.enableSandbox();
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);

let mainWindow: BrowserWindow | null = null;
let flushWindowState: () => Promise<void> = () => Promise.resolve();
let openExternal: (url: string) => Promise<boolean> = () => Promise.resolve(false);

function sendCommand(command: Command): void {
  mainWindow?.webContents.send(COMMAND_CHANNEL, command);
}

function setMenu(): void {
  const template = menuTemplate({
    platform: process.platform,
    appName: APP_FACTS.name,
    developer: !app.isPackaged,
    send: sendCommand,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/**
 * Opens the main window on `url`; if that page cannot be loaded, `fallback` prepares a page saying so and
 * answers its URL (or null when there is nothing better to show).
 */
function openWindow(
  url: string,
  state: StoredDocument<WindowState | null> | null,
  fallback: (error: unknown) => string | null,
): BrowserWindow {
  const workAreas = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((display) => display.workArea);
  const restored = restoreWindowState(state?.get() ?? null, workAreas);
  const window = new BrowserWindow(
    mainWindowOptions({ title: APP_FACTS.name, preload, bounds: restored.bounds, devTools: !app.isPackaged }),
  );
  if (state)
    flushWindowState = trackWindowState(
      window,
      (s) => state.save(s),
      (e) => log('saving the window state failed', e),
    );
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  void presentWindow(window, { url, maximized: restored.maximized, fallback, log });
  return window;
}

/** Serves the page that says what went wrong and what to do, on every app URL, and answers its URL. */
function serveStartupError(error: unknown): string {
  const page = errorPage(describeStartupFailure(error));
  serveSinglePage(protocol, page.html, page.policy);
  return APP_ENTRY_URL;
}

/** Shows what went wrong and what to do, in place of the app; never a blank window. */
function showStartupError(error: unknown): void {
  const window = openWindow(serveStartupError(error), null, () => null);
  mainWindow = window;
  // Nothing else can happen in this run: closing the page ends the app (on macOS too, where the app would
  // otherwise stay running with no window and nothing to reopen).
  window.on('closed', () => app.quit());
}

function showNotices(notices: string[]): void {
  const window = mainWindow;
  if (notices.length === 0 || !window) return;
  window.once('ready-to-show', () => {
    void dialog.showMessageBox(window, {
      type: 'warning',
      title: APP_FACTS.name,
      message: 'Some of your saved settings could not be read',
      detail: notices.join('\n\n'),
    });
  });
}

async function start(): Promise<void> {
  await app.whenReady();
  // DevTools' own pages (devtools://) are let through only in an unpackaged development run.
  const allowedRequest = (url: string) => isOwnUrl(url) || (!app.isPackaged && url.startsWith('devtools://'));
  lockDownSession(session.defaultSession, allowedRequest, (url) =>
    log('blocked a request that would leave the app', url),
  );
  app.on('web-contents-created', (_event, contents) => {
    guardNavigation(contents, { isOwnUrl, refused: (url) => log('refused to leave the app for', url) });
    attachContextMenu(contents, Menu);
  });
  setMenu();

  const settingsDir = join(app.getPath('userData'), 'settings');
  let started;
  try {
    const [content, settings] = await Promise.all([loadStore(contentStoreDir()), openSettingsStore(settingsDir)]);
    started = { content, settings };
  } catch (error) {
    log('startup failed', error);
    showStartupError(error);
    return;
  }
  const { content, settings } = started;
  const windowState = await openStoredDocument(settingsDir, WINDOW_STATE_DOCUMENT).catch((error: unknown) => {
    log('the window state cannot be used', error);
    return null;
  });

  openExternal = externalOpener(sourceUrls(content.articles.values()), shell);
  const handlers = createHandlers({
    content,
    settings,
    app: { ...APP_FACTS, version: app.getVersion() },
    desktop: desktopActions({
      contents: () => mainWindow?.webContents ?? null,
      dialog,
      openExternal: (url) => openExternal(url),
      documentsDir: () => app.getPath('documents'),
    }),
  });
  registerIpc(ipcMain, handlers, (event) => isTrustedSender(event, isOwnUrl), log);
  serveRenderer(protocol, rendererDir);

  const showApp = () => {
    // A page that cannot be loaded (a missing renderer, a dev server that is not running) is explained in place.
    mainWindow = openWindow(devServer ?? APP_ENTRY_URL, windowState?.document ?? null, serveStartupError);
  };
  showApp();
  // Once the window has shown its first frame, so that the first search a person types runs compiled code with
  // the spelling tables ready. Not sooner: this process serves the page's own files, and the warm-up holds it
  // for some tens of milliseconds.
  mainWindow?.once('ready-to-show', () =>
    setImmediate(() => {
      try {
        content.search.warmUp();
      } catch (error) {
        // Searches still prepare what they need themselves, only more slowly the first time.
        log('the search warm-up failed', error);
      }
    }),
  );
  showNotices([...settings.notices(), ...(windowState?.notice ? [windowState.notice] : [])]);
  // macOS convention: closing the window keeps the app running; clicking the Dock icon opens it again.
  app.on('activate', () => {
    if (!mainWindow) showApp();
  });
}

const debugging = refuseDebugging(app.isPackaged, process.argv.slice(1), process.platform);
if (debugging) {
  console.error(`[spasm-guide] refusing to start with the debugging switch ${debugging}`);
  // Exits before the app is ready, so Chromium never opens the debugging port or pipe.
  app.exit(1);
} else if (claimSingleInstance(app, () => mainWindow)) {
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // Let the last window-state write finish before the process ends.
  let stateSaved = false;
  app.on('will-quit', (event) => {
    if (stateSaved) return;
    event.preventDefault();
    stateSaved = true;
    void flushWindowState().finally(() => app.quit());
  });
  start().catch((error: unknown) => {
    log('startup failed', error);
    dialog.showErrorBox(`${APP_FACTS.name} could not start`, error instanceof Error ? error.message : String(error));
    app.quit();
  });
}
