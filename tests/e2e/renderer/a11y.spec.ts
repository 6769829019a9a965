/**
 * axe-core scans of every main view (WCAG 2.2 A/AA rules and best practices): no serious or critical
 * violation is allowed in any of them, in light or dark, on a wide screen or the equivalent of 200% zoom.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';
import { expect, results, searchBox, test } from './fixtures';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/*
 * axe-core runs in the page itself (the app has one frame). @axe-core/playwright's builder never finished
 * against this harness's watched browser (it drives every frame and a helper page), so the engine is used
 * directly, with the same rules.
 */
async function scan(page: Page, view: string) {
  await page.evaluate(AXE_SOURCE);
  const { violations } = await page.evaluate(() =>
    (globalThis as unknown as { axe: { run(): Promise<AxeResults> } }).axe.run(),
  );
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, `${view}: serious or critical accessibility violations`).toEqual([]);
}

async function openTwo(page: Page) {
  await searchBox(page).fill('night leg cramps');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await searchBox(page).focus();
  await searchBox(page).fill('eyelid twitching');
  await page.keyboard.press('Control+Enter');
  // Two panes, side by side or (in a narrow window) as tabs.
  await expect(page.locator('[data-pane-index]')).toHaveCount(2);
}

// axe-core writes HTML strings into the page, which the app's Trusted Types policy refuses (axe then never
// finishes), so these scans run with the page's CSP bypassed; every other spec runs under it.
test.use({ bypassCSP: true });

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ viewport: { width: 1600, height: 900 } });
    test.beforeEach(async ({ app }) => {
      await app.command(`theme-${theme}`);
      await expect(app.page.locator('html')).toHaveAttribute('data-theme', theme);
    });

    test('start view with the browse list', async ({ page }) => {
      await expect(
        page
          .getByRole('navigation', { name: /^All \d+ articles$/ })
          .getByRole('link')
          .first(),
      ).toBeVisible();
      await scan(page, 'start');
    });

    test('search results, no-match and find', async ({ page }) => {
      await searchBox(page).fill('cramp');
      await expect(results(page).first().locator('mark').first()).toBeVisible();
      await scan(page, 'results');
      await searchBox(page).fill('qqxzv');
      await expect(page.getByRole('heading', { name: 'No results' })).toBeVisible();
      await scan(page, 'no match');
    });

    test('one article with find open', async ({ app, page }) => {
      await searchBox(page).fill('night leg cramps');
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await app.command('find-in-article');
      await page.getByRole('textbox', { name: 'Find in article' }).fill('calf');
      await scan(page, 'one article');
    });

    test('two articles with the checklist', async ({ page }) => {
      await openTwo(page);
      // The second article closed the checklist; its shortcut opens it again.
      await expect(page.getByRole('region', { name: 'Self-care checklist' })).toHaveCount(0);
      await page.keyboard.press('Control+Shift+L');
      await expect(page.getByRole('region', { name: 'Self-care checklist' })).toBeVisible();
      await scan(page, 'two articles and checklist');
    });

    test('options menu, browse by category, and two articles as tabs', async ({ page }) => {
      await page.getByRole('button', { name: 'By category' }).click();
      await page.getByRole('button', { name: 'Options' }).click();
      await expect(page.getByRole('dialog', { name: 'Options' })).toBeVisible();
      await scan(page, 'options menu and browse');
      await page.keyboard.press('Escape');
      await page.setViewportSize({ width: 900, height: 650 });
      await openTwo(page);
      await expect(page.getByRole('tablist', { name: 'Open articles' })).toBeVisible();
      await scan(page, 'two articles as tabs');
      await page.keyboard.press('Control+b');
      await expect(page.getByRole('tablist', { name: 'Open articles' })).toHaveCount(0);
      await scan(page, 'two articles side by side, sidebar hidden');
    });

    test('dialogs', async ({ app, page }) => {
      await app.command('show-about');
      await expect(page.getByRole('dialog', { name: 'About Spasm Guide' })).toBeVisible();
      await scan(page, 'about');
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Clear…' }).click();
      await expect(page.getByRole('dialog', { name: 'Clear the checklist?' })).toBeVisible();
      await scan(page, 'confirm');
    });
  });
}

test('print view', async ({ page }) => {
  await page.getByRole('checkbox').first().check();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-view')).toBeVisible();
  await expect(page.locator('.app')).toBeHidden();
  await scan(page, 'print');
});

test.describe('a small window at 200% zoom (640 x 400 CSS pixels)', () => {
  test.use({ viewport: { width: 640, height: 400 } });
  test('search, two articles as tabs, and the checklist drawer', async ({ app, page }) => {
    await searchBox(page).fill('cramp');
    await expect(results(page).first()).toBeVisible();
    await scan(page, 'narrow results');
    await openTwo(page);
    await scan(page, 'narrow two articles');
    await app.command('toggle-checklist');
    await expect(page.getByRole('region', { name: 'Self-care checklist' })).toBeVisible();
    await app.command('theme-dark');
    await scan(page, 'narrow checklist, dark');
  });
});
