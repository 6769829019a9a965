/** Showing the main window: after its first paint, maximized only then, and never left invisible. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { presentWindow } from '../../../src/main/electron/window-presentation';
import { StandInBrowserWindow } from './stand-in';

const ENTRY = 'app://spasm-guide/index.html';

beforeEach(() => {
  StandInBrowserWindow.failingLoads = null;
});

function present(maximized: boolean, fallback: (error: unknown) => string | null = () => null) {
  const window = new StandInBrowserWindow({});
  const log = vi.fn();
  const done = presentWindow(window, { url: ENTRY, maximized, fallback, log });
  return { window, log, done };
}

describe('window presentation (with a stand-in for Electron)', () => {
  it('shows the window only once it is ready to show', async () => {
    const { window, done } = present(false);
    await done;
    expect(window.loaded).toEqual([ENTRY]);
    expect(window.shown).toBe(false);
    window.emit('ready-to-show');
    expect(window.shown).toBe(true);
    expect(window.maximized).toBe(false);
  });

  it('maximizes a window restored as maximized at ready-to-show, not before (maximize() shows it)', async () => {
    const { window, done } = present(true);
    await done;
    expect(window.shown).toBe(false);
    expect(window.maximized).toBe(false);
    window.emit('ready-to-show');
    expect(window.maximized).toBe(true);
    expect(window.shown).toBe(true);
  });

  it('loads the fallback page when the page cannot be loaded, and shows the window', async () => {
    StandInBrowserWindow.failingLoads = /index\.html$/;
    const fallback = vi.fn(() => 'app://spasm-guide/error');
    const { window, log, done } = present(false, fallback);
    await done;
    expect(fallback).toHaveBeenCalledWith(
      expect.objectContaining({ message: expect.stringMatching(/ERR_FILE_NOT_FOUND/) }),
    );
    expect(window.loaded).toEqual([ENTRY, 'app://spasm-guide/error']);
    expect(window.shown).toBe(true);
    expect(log).toHaveBeenCalledOnce();
  });

  it('shows the window even when there is no fallback, or the fallback fails too', async () => {
    StandInBrowserWindow.failingLoads = /.*/;
    const none = present(false);
    await none.done;
    expect(none.window.shown).toBe(true);
    const failing = present(false, () => 'app://spasm-guide/error');
    await failing.done;
    expect(failing.window.loaded).toHaveLength(2);
    expect(failing.window.shown).toBe(true);
    expect(failing.log).toHaveBeenCalledTimes(2);
  });
});
