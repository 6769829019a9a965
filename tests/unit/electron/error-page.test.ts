/**
 * The page shown when the content store is missing or damaged, rendered in real Chromium under its own CSP
 * header (served the way the app:// protocol serves it).
 */
import { chromium } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStore, StoreLoadError } from '../../../src/main/content/load-store';
import { describeStartupFailure, errorPage } from '../../../src/main/electron/error-page';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../e2e/browser';

async function failureOf(dir: string): Promise<unknown> {
  try {
    await loadStore(dir);
  } catch (error) {
    return error;
  }
  throw new Error('the store loaded');
}

describe('startup error page', () => {
  it('explains a missing store and what to do', async () => {
    const error = await failureOf(mkdtempSync(join(tmpdir(), 'spasm-guide-empty-')));
    expect(error).toBeInstanceOf(StoreLoadError);
    const problem = describeStartupFailure(error);
    expect(problem.title).toMatch(/cannot find its articles/);
    expect(problem.todo.join(' ')).toMatch(/Reinstall Spasm Guide/);
  });

  it('explains a damaged store', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spasm-guide-damaged-'));
    writeFileSync(join(dir, 'manifest.json'), '{ not json');
    writeFileSync(join(dir, 'content.json'), '{}');
    const problem = describeStartupFailure(await failureOf(dir));
    expect(problem.title).toMatch(/damaged/);
    expect(problem.detail).toMatch(/manifest/);
  });

  it('renders its message in Chromium with its stylesheet allowed by hash and no script', async () => {
    const page = errorPage({
      title: 'Spasm Guide cannot find its articles',
      happened: 'The file <script>alert(1)</script> is missing.',
      todo: ['Reinstall Spasm Guide.'],
      detail: 'ENOENT',
    });
    expect(page.policy).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]+=*'/);
    const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
    try {
      const tab = await browser.newPage();
      const violations: string[] = [];
      tab.on('console', (message) => {
        if (/Content Security Policy/.test(message.text())) violations.push(message.text());
      });
      await tab.route('http://error.test/', (route) =>
        route.fulfill({
          body: page.html,
          contentType: 'text/html',
          headers: { 'Content-Security-Policy': page.policy },
        }),
      );
      await tab.goto('http://error.test/');
      expect(await tab.getByRole('heading', { level: 1 }).textContent()).toBe('Spasm Guide cannot find its articles');
      expect(await tab.getByRole('alert').textContent()).toContain('<script>alert(1)</script> is missing');
      // The hashed stylesheet applied: system-ui font and the page padding.
      expect(
        await tab.locator('body').evaluate((body) => body.ownerDocument.defaultView?.getComputedStyle(body).paddingTop),
      ).toBe('48px');
      expect(violations).toEqual([]);
      await tab.screenshot({ path: 'test-results/startup-error-page.png' });
    } finally {
      await browser.close();
    }
  });
});
