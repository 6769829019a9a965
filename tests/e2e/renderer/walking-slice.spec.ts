/**
 * The walking slice, end to end in Chromium: type a query, the renderer asks the (real) main-process
 * handlers through the preload-shaped API, the hits come back from the built store, and an article opens.
 * See ../harness.ts for what is real and what stands in for Electron's transport.
 */
import { browserTest as test, expect } from './fixtures';
import { openApp } from '../harness';

test('typing a query shows hits from the content store and opens the chosen article', async ({ page }) => {
  const app = await openApp(page);
  const expected = app.backend.content.search.search('eye twitch', 5).hits[0];
  expect(expected, 'the store answers the query').toBeDefined();

  await page.getByRole('combobox', { name: 'Search Spasm Guide' }).fill('eye twitch');
  // The top hit is the first option whose name holds its title (a later one may quote it in its snippet).
  const hit = page.getByRole('option', { name: new RegExp(expected.title, 'i') }).first();
  await expect(hit).toBeVisible();
  await hit.click();

  await expect(page.getByRole('heading', { level: 1, name: expected.title })).toBeVisible();
  const article = app.backend.content.articles.get(expected.id);
  const firstSection = article?.sections[0]?.title ?? '';
  await expect(page.getByRole('heading', { name: firstSection }).first()).toBeVisible();
  expect(app.offlineRequests).toEqual([]);
});
