/**
 * Runs the built renderer in real Chromium with the real main-process handlers behind it.
 *
 * The page is served from out/renderer through Playwright's request interception (no server, no network)
 * with the app's Content-Security-Policy header (and the meta tag the build put in index.html),
 * and gets `window.spasm` built from the same channel list the preload uses; each call crosses into this
 * test process through page.exposeFunction and goes through the same dispatch (schema validation included)
 * that Electron's ipcMain uses. Only Electron's transport is substituted.
 */
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../src/main/electron/csp';
import { CHANNELS } from '../../src/shared/channels';
import type { Command } from '../../src/shared/types';
import { openBackend, type Backend } from './backend';

export const APP_ORIGIN = 'http://spasm-guide.test';
const RENDERER_DIR = join(import.meta.dirname, '../../out/renderer');
const MIME: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export interface App {
  page: Page;
  backend: Backend;
  /** Requests that tried to leave the app's own origin (all were blocked). */
  offlineRequests: string[];
  /** Sends a menu command, as the application menu would. */
  command(command: Command): Promise<void>;
}

/** Opens the renderer on `page`, backed by a fresh backend or the one given (e.g. to simulate a restart). */
export async function openApp(page: Page, backend?: Backend): Promise<App> {
  const be = backend ?? (await openBackend());
  const offline: string[] = [];
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== APP_ORIGIN) {
      offline.push(url.href);
      return route.abort('blockedbyclient');
    }
    const path = normalize(join(RENDERER_DIR, url.pathname === '/' ? 'index.html' : url.pathname));
    if (!path.startsWith(RENDERER_DIR)) return route.fulfill({ status: 403 });
    try {
      const body = await readFile(path);
      // The same Content-Security-Policy header app:// sends, so the page runs under both policies.
      const headers = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY };
      const contentType = MIME[extname(path)] ?? 'application/octet-stream';
      return route.fulfill({ status: 200, body, contentType, headers });
    } catch {
      return route.fulfill({ status: 404 });
    }
  });
  await page.exposeFunction('__spasmInvoke', (channel: string, payload: unknown) => be.invoke(channel, payload));
  await page.addInitScript((channels: Record<string, string>) => {
    const listeners = new Set<(command: string) => void>();
    const bridge = globalThis as unknown as {
      __spasmInvoke(channel: string, payload: unknown): Promise<unknown>;
      __spasmCommand(command: string): void;
      spasm: Record<string, unknown>;
    };
    const api: Record<string, unknown> = {
      onCommand(listener: (command: string) => void) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
    for (const [key, channel] of Object.entries(channels)) {
      api[key] = (request?: unknown) => bridge.__spasmInvoke(channel, request);
    }
    bridge.spasm = Object.freeze(api);
    bridge.__spasmCommand = (command) => listeners.forEach((listener) => listener(command));
  }, CHANNELS);
  await page.goto(`${APP_ORIGIN}/index.html`);
  return {
    page,
    backend: be,
    offlineRequests: offline,
    command: (command) =>
      page.evaluate((c) => (globalThis as unknown as { __spasmCommand(c: string): void }).__spasmCommand(c), command),
  };
}
