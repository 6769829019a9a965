/** The main window's options: every web preference set to Electron's secure values explicitly, none left implicit. */
import type { BrowserWindowConstructorOptions } from 'electron';
import type { Rect } from './window-state';

export interface MainWindowSettings {
  title: string;
  preload: string;
  bounds: Partial<Rect> & { width: number; height: number };
  /** DevTools only in an unpackaged development run. */
  devTools: boolean;
}

export const MIN_WINDOW_SIZE = { width: 640, height: 480 } as const;

export function mainWindowOptions({
  title,
  preload,
  bounds,
  devTools,
}: MainWindowSettings): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title,
    // Shown on ready-to-show, so the user never sees an empty frame.
    show: false,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Chromium's spellchecker downloads dictionaries from the network; the app stays offline.
      spellcheck: false,
      devTools,
    },
  };
}
