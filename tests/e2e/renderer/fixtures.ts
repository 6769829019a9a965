/**
 * The renderer tests' `app` fixture: the built renderer on the real handlers (see ../harness.ts), watched
 * for Content-Security-Policy violations, uncaught page errors and any attempt to reach the network.
 * Each test fails if any of those happened, whatever it was testing.
 *
 * The network is watched twice: the page's own requests (which the harness blocks), and the browser's, from
 * Chromium's net-log (../net-log.ts): each worker's Chromium resolves no host name and logs every request,
 * the log is read after each test, and read in full when the worker's browser has closed, so a fetch by the
 * browser itself (a spellcheck dictionary, autofill data, a component update) fails the run with its URL.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Browser, type BrowserType, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../browser';
import { APP_ORIGIN } from '../harness';
import { NetLogWatch, netLogArgs } from '../net-log';
import type { SpasmApi } from '../../../src/shared/api';
import type { ApiError } from '../../../src/shared/contract';
import { openApp, type App } from '../harness';
import type { Backend } from '../backend';

export interface Watched extends App {
  /** CSP violations reported by the page, as "directive: blocked resource". */
  violations(): Promise<string[]>;
}

/** Opens the app on `page` and starts watching it; used directly to simulate a restart on a new page. */
export async function openWatchedApp(page: Page, backend?: Backend, problems: string[] = []): Promise<Watched> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (globalThis as unknown as { __csp: string[] }).__csp = seen;
    type Violation = { effectiveDirective: string; blockedURI: string };
    const page = globalThis as unknown as {
      document: { addEventListener(type: string, listener: (event: Violation) => void): void };
    };
    page.document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.effectiveDirective}: ${event.blockedURI || 'inline'}`),
    );
  });
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  const app = await openApp(page, backend);
  return {
    ...app,
    violations: () => page.evaluate(() => (globalThis as unknown as { __csp: string[] }).__csp),
  };
}

/** The app's own traffic: its origin (served by the harness, never resolved) and its host name. */
export const isAppTraffic = (entry: string) =>
  entry === `host ${new URL(APP_ORIGIN).hostname}` || entry.startsWith(`${APP_ORIGIN}/`);

/** Launches Chromium as the renderer tests run it: offline flags, no host name resolves, net-log to `netLogFile`. */
export function launchWatchedChromium(browserType: BrowserType, netLogFile: string): Promise<Browser> {
  return browserType.launch({
    executablePath: chromiumExecutable(),
    headless: true,
    args: [...CHROMIUM_ARGS, ...netLogArgs(netLogFile)],
  });
}

/** Chromium as the renderer tests run it (offline, net-log watched), without opening the app. */
export const browserTest = base.extend<object, { netLog: NetLogWatch }>({
  netLog: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const dir = mkdtempSync(join(tmpdir(), 'spasm-guide-net-log-'));
      await use(new NetLogWatch(join(dir, 'net-log.json'), isAppTraffic));
    },
    { scope: 'worker' },
  ],
  // Each worker's browser, launched with the net-log; closing it completes the log, which is then read in full.
  browser: [
    async ({ playwright, netLog }, use) => {
      const browser = await launchWatchedChromium(playwright.chromium, netLog.file);
      await use(browser);
      await browser.close();
      const foreign = netLog.newForeignTraffic();
      if (foreign.length > 0) {
        throw new Error(`Chromium reached for the network during these tests: ${foreign.join(', ')}`);
      }
    },
    { scope: 'worker' },
  ],
});

export const test = browserTest.extend<{ app: Watched }>({
  // Automatic, so every test runs against the opened app and its checks, whether or not it names `app`.
  app: [
    async ({ page, netLog }, use) => {
      const problems: string[] = [];
      const app = await openWatchedApp(page, undefined, problems);
      await use(app);
      expect(await app.violations(), 'no Content-Security-Policy violations').toEqual([]);
      expect(problems, 'no CSP console errors or uncaught page errors').toEqual([]);
      expect(app.offlineRequests, 'no request left the app').toEqual([]);
      expect(netLog.newForeignTraffic(), 'the browser itself reached for no network').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The search box. */
export const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Search Spasm Guide' });

/** The search results (options of the search listbox, not of other controls). */
export const results = (page: Page) =>
  page.getByRole('listbox', { name: /result|suggested|closest/i }).getByRole('option');

/** Fault injection: the next call of `method` answers with `error`, as a broken main process would. */
export async function failNextCall(page: Page, method: 'search' | 'getArticle', error: ApiError): Promise<void> {
  await page.evaluate(
    ([name, failure]) => {
      type Call = (request: unknown) => Promise<unknown>;
      const bridge = globalThis as unknown as { spasm: SpasmApi };
      const real = bridge.spasm;
      const call = real[name] as Call;
      let failures = 1;
      const failing: Call = (request) =>
        failures-- > 0 ? Promise.resolve({ ok: false, error: failure }) : call(request);
      bridge.spasm = { ...real, [name]: failing };
    },
    [method, error] as const,
  );
}
