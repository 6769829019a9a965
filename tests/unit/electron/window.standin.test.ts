/** The main window's options and its remembered size and position, with a stand-in for Electron's window. */
import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from '../../../src/main/electron/window-options';
import {
  DEFAULT_WINDOW_SIZE,
  restoreWindowState,
  trackWindowState,
  WINDOW_STATE_DOCUMENT,
  type Rect,
} from '../../../src/main/electron/window-state';
import { openStoredDocument } from '../../../src/main/storage/stored-document';

describe('main window options (with a stand-in for Electron)', () => {
  const options = mainWindowOptions({
    title: 'Spasm Guide',
    preload: '/app/out/preload/index.cjs',
    bounds: { x: 10, y: 20, width: 900, height: 700 },
    devTools: false,
  });

  it('sets every security-relevant web preference explicitly', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
    });
    expect(options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
    expect(options.webPreferences).not.toHaveProperty('additionalArguments');
  });

  it('waits for ready-to-show and opens at the restored bounds', () => {
    expect(options.show).toBe(false);
    expect(options).toMatchObject({ x: 10, y: 20, width: 900, height: 700 });
  });
});

const laptop: Rect = { x: 0, y: 0, width: 1440, height: 875 };
const monitorRight: Rect = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('window state restore', () => {
  it('opens at the default size centred on the primary display the first time', () => {
    const { bounds, maximized } = restoreWindowState(null, [laptop]);
    expect(bounds.width).toBe(DEFAULT_WINDOW_SIZE.width);
    expect(bounds.x).toBe((laptop.width - DEFAULT_WINDOW_SIZE.width) / 2);
    expect(maximized).toBe(false);
  });

  it('restores a window exactly where it was when that display is still there', () => {
    const saved = { bounds: { x: 1600, y: 100, width: 1200, height: 900 }, maximized: true };
    expect(restoreWindowState(saved, [laptop, monitorRight])).toEqual(saved);
  });

  it('brings a window back from a monitor that was unplugged', () => {
    const saved = { bounds: { x: 1600, y: 100, width: 1200, height: 900 }, maximized: false };
    const { bounds } = restoreWindowState(saved, [laptop]);
    expect(bounds.x).toBeGreaterThanOrEqual(laptop.x);
    expect(bounds.x + bounds.width).toBeLessThanOrEqual(laptop.x + laptop.width);
    expect(bounds.y + bounds.height).toBeLessThanOrEqual(laptop.y + laptop.height);
    expect(bounds.width).toBe(1200);
  });

  it('pulls a mostly off-screen window fully onto its display and shrinks it to fit', () => {
    const saved = { bounds: { x: -900, y: -50, width: 3000, height: 2000 }, maximized: false };
    const { bounds } = restoreWindowState(saved, [laptop]);
    expect(bounds).toEqual({ x: 0, y: 0, width: laptop.width, height: laptop.height });
  });

  it('treats a sliver on screen as gone', () => {
    const saved = { bounds: { x: 1400, y: 800, width: 1000, height: 700 }, maximized: false };
    const { bounds } = restoreWindowState(saved, [laptop]);
    expect(bounds.x).toBe(Math.round((laptop.width - 1000) / 2));
  });

  it('saves the normal bounds on close, to a file a restart reads back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spasm-guide-window-'));
    const { document } = await openStoredDocument(dir, WINDOW_STATE_DOCUMENT);
    const window = Object.assign(new EventEmitter(), {
      getNormalBounds: () => ({ x: 12.4, y: 30, width: 1000, height: 700.6 }),
      isMaximized: () => true,
    });
    const flush = trackWindowState(
      window,
      (state) => document.save(state),
      (error) => {
        throw error;
      },
    );
    window.emit('close');
    await flush();
    const reopened = await openStoredDocument(dir, WINDOW_STATE_DOCUMENT);
    expect(reopened.document.get()).toEqual({ bounds: { x: 12, y: 30, width: 1000, height: 701 }, maximized: true });
    expect(JSON.parse(readFileSync(join(dir, 'window-state.json'), 'utf8'))).toHaveProperty('schemaVersion');
  });
});
