/**
 * Remembers the main window's size, position and maximized state in the user data folder, and restores them
 * only where they still make sense: a window saved on a monitor that is gone (or moved) comes back on a
 * monitor that exists, never off-screen.
 */
import { z } from 'zod';
import type { DocumentSpec } from '../storage/stored-document';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const;

const rectSchema = z.object({
  x: z.number().int().min(-100_000).max(100_000),
  y: z.number().int().min(-100_000).max(100_000),
  width: z.number().int().min(1).max(100_000),
  height: z.number().int().min(1).max(100_000),
});

/** Stored with the settings files (same atomic writes, versioning and damaged-file handling). */
export const WINDOW_STATE_DOCUMENT: DocumentSpec<WindowState | null> = {
  fileName: 'window-state.json',
  what: 'window position',
  schema: z.object({ bounds: rectSchema, maximized: z.boolean() }).nullable(),
  defaults: null,
  readFailure: 'The saved window position could not be read, so the window opened at its default size.',
};

/** How much of a saved window must lie on one display's work area for it to be restored there. */
const MIN_VISIBLE = { width: 200, height: 100 } as const;

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

function centeredIn(area: Rect, size: { width: number; height: number }): Rect {
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height,
  };
}

/** Moves and shrinks `rect` just enough to fit inside `area`. */
function fitInto(rect: Rect, area: Rect): Rect {
  const width = Math.min(rect.width, area.width);
  const height = Math.min(rect.height, area.height);
  const x = Math.min(Math.max(rect.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(rect.y, area.y), area.y + area.height - height);
  return { x, y, width, height };
}

/**
 * Where to open the window, given the saved state and the work areas of the displays attached now (primary
 * first). A saved window that still shows enough of itself on some display is fitted into that display;
 * otherwise it opens at its saved size (or the default), centred on the primary display.
 */
export function restoreWindowState(saved: WindowState | null, workAreas: readonly Rect[]): WindowState {
  const primary = workAreas[0];
  const size = saved?.bounds ?? DEFAULT_WINDOW_SIZE;
  if (!primary) return { bounds: { x: 0, y: 0, width: size.width, height: size.height }, maximized: false };
  if (saved) {
    const home = workAreas
      .map((area) => ({ area, shown: overlap(saved.bounds, area) }))
      .filter(({ shown }) => shown.width >= MIN_VISIBLE.width && shown.height >= MIN_VISIBLE.height)
      .sort((a, b) => b.shown.width * b.shown.height - a.shown.width * a.shown.height)[0];
    if (home) return { bounds: fitInto(saved.bounds, home.area), maximized: saved.maximized };
  }
  return { bounds: centeredIn(primary, size), maximized: saved?.maximized ?? false };
}

/** What the window-state tracker needs from a BrowserWindow. */
export interface TrackedWindow {
  getNormalBounds(): Rect;
  isMaximized(): boolean;
  on(event: 'close', listener: () => void): unknown;
}

function rounded(rect: Rect): Rect {
  return {
    x: Math.round(rect.x),
    y: Math.round(rect.y),
    width: Math.round(rect.width),
    height: Math.round(rect.height),
  };
}

/**
 * Saves the window's state when it closes (normal bounds, so a maximized window remembers its restored
 * size). Returns a function that resolves once the last save has settled, so quitting can wait for it.
 */
export function trackWindowState(
  window: TrackedWindow,
  save: (state: WindowState) => Promise<unknown>,
  log: (error: unknown) => void,
): () => Promise<void> {
  let pending: Promise<void> = Promise.resolve();
  window.on('close', () => {
    pending = save({ bounds: rounded(window.getNormalBounds()), maximized: window.isMaximized() }).then(
      () => undefined,
      log,
    );
  });
  return () => pending;
}
