/**
 * The offline checks themselves: the browser-level network check catches fetches that page-level request
 * interception never sees (and fails with their URLs), the app's text fields never ask for a spellcheck
 * dictionary, and the page runs under Trusted Types.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { openApp } from '../harness';
import { NetLogWatch } from '../net-log';
import { browserTest as plain, expect, isAppTraffic, launchWatchedChromium, searchBox, test } from './fixtures';

/** Runs `act` in a fresh watched Chromium, closes it (completing its net-log) and answers the foreign traffic. */
async function foreignTrafficOf(
  playwright: { chromium: import('@playwright/test').BrowserType },
  act: (browser: Browser) => Promise<void>,
): Promise<string[]> {
  const watch = new NetLogWatch(
    join(mkdtempSync(join(tmpdir(), 'spasm-guide-net-log-')), 'net-log.json'),
    isAppTraffic,
  );
  const browser = await launchWatchedChromium(playwright.chromium, watch.file);
  try {
    await act(browser);
  } finally {
    await browser.close();
  }
  return watch.newForeignTraffic();
}

async function typeInto(browser: Browser, html: string, pageRequests: string[] = []) {
  const page = await browser.newPage();
  page.on('request', (request) => pageRequests.push(request.url()));
  await page.setContent(html);
  await page.locator('textarea').click();
  await page.keyboard.type('teh calff muscel crampd agian at nihgt ', { delay: 20 });
  // The spellchecker asks for its dictionary shortly after the first words.
  await page.waitForTimeout(3_000);
}

plain.describe('the browser-level network check', () => {
  // Each test starts a Chromium of its own and types at human speed.
  plain.describe.configure({ timeout: 90_000 });
  plain(
    'catches a spellcheck dictionary the browser fetches by itself (invisible to page.route)',
    async ({ playwright }) => {
      const pageRequests: string[] = [];
      const foreign = await foreignTrafficOf(playwright, async (browser) => {
        const page = await browser.newPage();
        page.on('request', (request) => pageRequests.push(request.url()));
        await page.setContent('<textarea spellcheck="true" lang="en-US"></textarea>');
        await typeInto(browser, '<textarea spellcheck="true" lang="en-US"></textarea>');
      });
      expect(
        foreign.some((entry) => /\/dict\/.*\.bdic$/.test(entry)),
        foreign.join('\n'),
      ).toBe(true);
      expect(
        pageRequests.filter((url) => url.startsWith('http')),
        'the page saw none of it',
      ).toEqual([]);
    },
  );

  plain(
    'sees no dictionary fetch for a field with spellcheck="false", as the app’s fields have',
    async ({ playwright }) => {
      const foreign = await foreignTrafficOf(playwright, (browser) =>
        typeInto(browser, '<textarea spellcheck="false" lang="en-US"></textarea>'),
      );
      expect(foreign).toEqual([]);
    },
  );

  plain('catches a navigation to an external host, which no name resolution lets through', async ({ playwright }) => {
    let failure = '';
    const foreign = await foreignTrafficOf(playwright, async (browser) => {
      const page = await browser.newPage();
      failure = await page.goto('https://example.com/').then(
        () => 'loaded',
        (error: Error) => error.message,
      );
    });
    expect(failure).toContain('ERR_NAME_NOT_RESOLVED');
    expect(foreign).toEqual(expect.arrayContaining(['https://example.com/', 'host example.com']));
  });
});

test('every text field in the app has the spellchecker off', async ({ app }) => {
  const { page } = app;
  await searchBox(page).fill('night leg cramps');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await app.command('find-in-article');
  await expect(
    page
      .getByRole('searchbox')
      .or(page.getByRole('textbox', { name: /find/i }))
      .first(),
  ).toBeVisible();
  const fields = page.locator('textarea, input:not([type]), input[type="text"], input[type="search"]');
  const states = await fields.evaluateAll((elements) =>
    elements.map(
      (element) =>
        `${element.getAttribute('aria-label') ?? element.id}: ${(element as unknown as { spellcheck: boolean }).spellcheck}`,
    ),
  );
  expect(states.length, states.join('\n')).toBeGreaterThanOrEqual(4);
  for (const state of states) expect(state).toMatch(/: false$/);
});

plain('the page runs under Trusted Types: a plain string written as HTML is refused', async ({ page }) => {
  await openApp(page);
  await expect(searchBox(page)).toBeVisible();
  const outcome = await page.evaluate(() => {
    const { document } = globalThis as unknown as {
      document: { body: { insertAdjacentHTML(where: string, html: string): void } };
    };
    try {
      document.body.insertAdjacentHTML('beforeend', '<b>injected</b>');
      return 'written';
    } catch (error) {
      return (error as Error).name;
    }
  });
  expect(outcome).toBe('TypeError');
  // The app's own HTML (search highlights) still renders through its policy.
  await searchBox(page).fill('cramp');
  await expect(page.locator('mark').first()).toBeVisible();
});
