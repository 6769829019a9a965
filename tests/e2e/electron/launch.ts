/**
 * Launching the built app (out/) in the real Electron runtime for the end-to-end tests, each with its own
 * user-data folder, and with every outgoing connection pointed at a local proxy that records whatever
 * reaches it (the app must never send anything there).
 */
import { _electron as electron, type ElectronApplication, type Page } from '@playwright/test';
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadStore, type ContentStore } from '../../../src/main/content/load-store';
import type { Runtime } from './runtime';

export const PROJECT_DIR = join(import.meta.dirname, '../../..');

export const newUserDataDir = () => mkdtempSync(join(tmpdir(), 'spasm-guide-electron-'));

/** The content store the launched app reads, to know what the UI should show. */
export const builtStore = (): Promise<ContentStore> => loadStore(join(PROJECT_DIR, 'out', 'content'));

/** An HTTP proxy that answers nothing and records every connection, request and CONNECT tunnel it sees. */
export async function startRecordingProxy(): Promise<{ port: number; seen: string[]; close(): Promise<void> }> {
  const seen: string[] = [];
  const server: Server = createServer((request, response) => {
    seen.push(`${request.method} ${request.url}`);
    response.writeHead(403).end();
  });
  server.on('connect', (request, socket) => {
    seen.push(`CONNECT ${request.url}`);
    socket.destroy();
  });
  server.on('connection', () => seen.push('connection'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    seen,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface Launched {
  app: ElectronApplication;
  window: Page;
}

export async function launchApp(
  runtime: Extract<Runtime, { available: true }>,
  options: { userDataDir: string; proxyPort?: number; appDir?: string },
): Promise<Launched> {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key, value]) => value !== undefined && key !== 'ELECTRON_RENDERER_URL'),
  ) as Record<string, string>;
  const args = [options.appDir ?? PROJECT_DIR, `--user-data-dir=${options.userDataDir}`];
  if (options.proxyPort) {
    // Send every connection, loopback included, through the recording proxy.
    args.push(`--proxy-server=http://127.0.0.1:${options.proxyPort}`, '--proxy-bypass-list=<-loopback>');
  }
  // chromiumSandbox: Playwright otherwise adds --no-sandbox on Linux, and the tests would not run the app
  // the way users do (the workflow sets up Electron's sandbox helper for this).
  const app = await electron.launch({ executablePath: runtime.executablePath, args, env, chromiumSandbox: true });
  const window = await app.firstWindow();
  await window.waitForLoadState('domcontentloaded');
  return { app, window };
}

/** A copy of the built app whose content store is damaged, sharing the project's node_modules. */
export function appWithDamagedStore(): string {
  const dir = mkdtempSync(join(tmpdir(), 'spasm-guide-damaged-app-'));
  cpSync(join(PROJECT_DIR, 'package.json'), join(dir, 'package.json'));
  cpSync(join(PROJECT_DIR, 'out'), join(dir, 'out'), { recursive: true });
  cpSync(join(PROJECT_DIR, 'out', 'content', 'manifest.json'), join(dir, 'out', 'content', 'content.json'));
  symlinkSync(join(PROJECT_DIR, 'node_modules'), join(dir, 'node_modules'), 'junction');
  return dir;
}
