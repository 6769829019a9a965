/**
 * The renderer tests' `app` fixture: the built renderer on the real handlers (see ../harness.ts), watched
 * for Content-Security-Policy violations, uncaught page errors and any attempt to reach the network.
 * Each test fails if any of those happened, whatever it was testing.
 */
import { test as base, expect, type Page } from '@playwright/test';
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

export const test = base.extend<{ app: Watched }>({
  // Automatic, so every test runs against the opened app and its checks, whether or not it names `app`.
  app: [
    async ({ page }, use) => {
      const problems: string[] = [];
      const app = await openWatchedApp(page, undefined, problems);
      await use(app);
      expect(await app.violations(), 'no Content-Security-Policy violations').toEqual([]);
      expect(problems, 'no CSP console errors or uncaught page errors').toEqual([]);
      expect(app.offlineRequests, 'no request left the app').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The search box. */
export const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Search Spasm Guide' });

/** The search results (options of the search listbox, not of other controls). */
export const results = (page: Page) =>
  page.getByRole('listbox', { name: /results|suggested|no results/i }).getByRole('option');

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
