/**
 * Loads a window's page and shows the window once there is something to see: never before its first paint
 * (a restored maximized window included), and never left invisible when the page cannot be loaded.
 */

/** What this module needs from a BrowserWindow. */
export interface PresentedWindow {
  once(event: 'ready-to-show', listener: () => void): unknown;
  loadURL(url: string): Promise<void>;
  maximize(): void;
  show(): void;
  isDestroyed(): boolean;
}

export interface Presentation {
  url: string;
  maximized: boolean;
  /** Prepares a page that says the app's page could not be loaded and answers its URL, or null if there is none. */
  fallback(error: unknown): string | null;
  log(message: string, error: unknown): void;
}

/** Resolves once the window shows its page, or the fallback page, or (if even that failed) whatever it has. */
export async function presentWindow(window: PresentedWindow, presentation: Presentation): Promise<void> {
  const { url, maximized, fallback, log } = presentation;
  // maximize() also shows the window (electron.d.ts), so it waits for the first paint like show() does.
  window.once('ready-to-show', () => {
    if (maximized) window.maximize();
    window.show();
  });
  let failure: unknown;
  try {
    await window.loadURL(url);
    return;
  } catch (error) {
    failure = error;
    log(`loading ${url} failed`, error);
  }
  const fallbackUrl = fallback(failure);
  if (fallbackUrl) {
    try {
      await window.loadURL(fallbackUrl);
    } catch (error) {
      log(`loading the error page failed`, error);
    }
  }
  // Whatever happened, the user sees a window they can read or close: never an invisible app left running.
  if (!window.isDestroyed()) window.show();
}
