/**
 * Electron entry point. Kept thin: it wires Electron's objects to plain modules that are tested without
 * Electron (content store, handlers, storage).
 */
import { app, BrowserWindow, ipcMain, shell } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_FACTS } from './app-info';
import { loadStore } from './content/load-store';
import { createHandlers } from './handlers';
import { registerIpc } from './ipc';
import { contentStoreDir } from './paths';
import { openSettingsStore } from './storage/file-settings-store';

const log = (message: string, error: unknown) => console.error(`[spasm-guide] ${message}:`, error);

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 640,
    minHeight: 480,
    show: false,
    title: APP_FACTS.name,
    webPreferences: {
      preload: fileURLToPath(new URL('../preload/index.cjs', import.meta.url)),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  if (process.env.ELECTRON_RENDERER_URL) void window.loadURL(process.env.ELECTRON_RENDERER_URL);
  else void window.loadFile(fileURLToPath(new URL('../renderer/index.html', import.meta.url)));
  return window;
}

async function start(): Promise<void> {
  await app.whenReady();
  const content = await loadStore(contentStoreDir());
  const settings = await openSettingsStore(join(app.getPath('userData'), 'settings'));
  let window: BrowserWindow | null = null;
  const handlers = createHandlers({
    content,
    settings,
    app: { ...APP_FACTS, version: app.getVersion() },
    desktop: {
      openExternal: async (url) => {
        if (new URL(url).protocol !== 'https:') return false;
        await shell.openExternal(url);
        return true;
      },
      printChecklist: () =>
        new Promise(
          (resolve) => window?.webContents.print({ printBackground: true }, (ok) => resolve(ok)) ?? resolve(false),
        ),
      saveChecklistPdf: () => Promise.resolve(null),
    },
  });
  registerIpc(ipcMain, handlers, (event) => event.senderFrame === window?.webContents.mainFrame, log);
  window = createWindow();
  app.on('window-all-closed', () => app.quit());
}

start().catch((error: unknown) => {
  log('startup failed', error);
  app.quit();
});
