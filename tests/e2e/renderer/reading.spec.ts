/** Reading: the parts of an article, links in and out, find, history and two articles side by side. */
import { expect, failNextCall, results, searchBox, test } from './fixtures';
import type { Page } from '@playwright/test';

async function openFromSearch(page: Page, query: string, title: string, beside = false) {
  await searchBox(page).fill(query);
  const option = results(page).filter({ hasText: title }).first();
  await option.click({ modifiers: beside ? ['ControlOrMeta'] : [] });
}

test('an article shows its title, summary, contents, evidence, doctor callout, related and sources', async ({
  app,
  page,
}) => {
  const article = app.backend.content.articles.get('night-leg-cramps');
  expect(article).toBeDefined();
  if (!article) return;
  await openFromSearch(page, 'night leg cramps', article.title);

  const pane = page.getByRole('region', { name: `Article: ${article.title}` });
  await expect(pane.getByRole('heading', { level: 1, name: article.title })).toBeVisible();
  await expect(pane.getByText(article.summary)).toBeVisible();
  await expect(pane.getByText(/^Reviewed /)).toBeVisible();

  const toc = pane.getByRole('navigation', { name: 'On this page' });
  for (const section of article.sections.filter((s) => s.level === 2)) {
    await expect(toc.getByRole('link', { name: section.title })).toBeVisible();
  }
  // Following a contents link brings its section into view and moves focus to its heading.
  await toc.getByRole('link', { name: 'When to see a doctor' }).click();
  const doctorHeading = pane.getByRole('heading', { level: 2, name: 'When to see a doctor' });
  await expect(doctorHeading).toBeFocused();
  await expect(doctorHeading).toBeInViewport();

  // The doctor section is a callout: framed and tinted unlike an ordinary section.
  const callout = pane.getByRole('region', { name: 'When to see a doctor' });
  const ordinary = pane.getByRole('region', { name: article.sections[0].title });
  const style = (l: typeof callout) =>
    l.evaluate((e) => {
      type Styles = { getComputedStyle(e: unknown): { backgroundColor: string; borderLeftWidth: string } };
      const computed = (globalThis as unknown as Styles).getComputedStyle(e);
      return `${computed.backgroundColor} ${computed.borderLeftWidth}`;
    });
  expect(await style(callout)).not.toBe(await style(ordinary));

  await expect(pane.locator('.evidence').first()).toBeVisible();
  await expect(pane.locator('.evidence').first()).toHaveText(/evidence|recommended|tested/i);

  const related = pane.getByRole('region', { name: 'Related articles' });
  await expect(related.getByRole('link')).toHaveCount(article.related.length);
  const sources = pane.getByRole('region', { name: 'Sources' });
  for (const source of article.sources) await expect(sources.getByText(source.publisher).first()).toBeVisible();
});

test('source links open in the system browser, never inside the app', async ({ app, page }) => {
  const article = app.backend.content.articles.get('night-leg-cramps');
  if (!article) throw new Error('missing article');
  await openFromSearch(page, 'night leg cramps', article.title);
  const url = page.url();
  const source = article.sources[0];
  await page.getByRole('link', { name: new RegExp(source.title.replace(/[()?]/g, '.')) }).click();
  await expect.poll(() => app.backend.desktop.opened).toEqual([source.url]);
  expect(page.url()).toBe(url);
  await expect(page.getByRole('heading', { level: 1, name: article.title })).toBeVisible();
});

test('in-article links open the linked article; back and forward return through history', async ({ app, page }) => {
  const first = app.backend.content.articles.get('night-leg-cramps');
  if (!first) throw new Error('missing article');
  const target = first.related[0];
  await openFromSearch(page, 'night leg cramps', first.title);
  await page.getByRole('region', { name: 'Related articles' }).getByRole('link', { name: target.title }).click();
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveText(target.title);

  await page.keyboard.press('Alt+ArrowLeft');
  await expect(h1).toHaveText(first.title);
  await page.keyboard.press('Alt+ArrowRight');
  await expect(h1).toHaveText(target.title);

  // Mouse side buttons (3 = back, 4 = forward), as Chromium reports them.
  const side = (button: number) =>
    page.evaluate((b) => {
      type Page = {
        MouseEvent: new (type: string, init: object) => { defaultPrevented: boolean };
        document: { querySelector(s: string): { dispatchEvent(e: unknown): void } };
      };
      const { MouseEvent, document } = globalThis as unknown as Page;
      const event = new MouseEvent('mouseup', { button: b, bubbles: true, cancelable: true });
      document.querySelector('main').dispatchEvent(event);
      return event.defaultPrevented;
    }, button);
  expect(await side(3), 'the page itself does not navigate').toBe(true);
  await expect(h1).toHaveText(first.title);
  await side(4);
  await expect(h1).toHaveText(target.title);

  await app.command('go-back');
  await expect(h1).toHaveText(first.title);
  await page.getByRole('button', { name: 'Forward' }).click();
  await expect(h1).toHaveText(target.title);
  expect(page.url()).toMatch(/index\.html$/);
});

test('two articles open side by side, by Ctrl+Enter, Ctrl+click and the "Open beside" button', async ({
  app,
  page,
}) => {
  const search = app.backend.content.search;
  const a = search.search('night leg cramps', 10).hits[0];
  const b = search.search('eyelid twitching', 10).hits[0];
  const c = search.search('hamstring strain', 10).hits[0];

  await searchBox(page).fill('night leg cramps');
  await page.keyboard.press('Enter');
  await searchBox(page).focus();
  await searchBox(page).fill('eyelid twitching');
  await page.keyboard.press('Control+Enter');

  const left = page.getByRole('region', { name: `Left article: ${a.title}` });
  const right = page.getByRole('region', { name: `Right article: ${b.title}` });
  await expect(left.getByRole('heading', { level: 1 })).toHaveText(a.title);
  await expect(right.getByRole('heading', { level: 1 })).toHaveText(b.title);
  const [lbox, rbox] = [await left.boundingBox(), await right.boundingBox()];
  expect(lbox && rbox && lbox.x + lbox.width <= rbox.x + 1, 'side by side').toBe(true);

  // With two open, "beside" replaces the pane you are not reading (the left one is active after a click).
  await left.getByRole('heading', { level: 1 }).click();
  await searchBox(page).fill('hamstring strain');
  await page.getByRole('button', { name: /Open beside/ }).click();
  await expect(page.getByRole('region', { name: `Right article: ${c.title}` })).toBeVisible();
  await expect(left).toBeVisible();

  // Closing one pane leaves the other.
  await page.getByRole('button', { name: `Close ${c.title}` }).click();
  await expect(page.getByRole('region', { name: `Article: ${a.title}` })).toBeVisible();

  await openFromSearch(page, 'eyelid twitching', b.title, true);
  await expect(page.getByRole('region', { name: `Right article: ${b.title}` })).toBeVisible();
});

test('find in article counts and steps through matches', async ({ app, page }) => {
  const article = app.backend.content.articles.get('night-leg-cramps');
  if (!article) throw new Error('missing article');
  await openFromSearch(page, 'night leg cramps', article.title);
  await page.getByRole('heading', { level: 1, name: article.title }).click();
  await page.keyboard.press('Control+f');
  const find = page.getByRole('textbox', { name: 'Find in article' });
  await expect(find).toBeFocused();
  await find.fill('calf');
  const expected = await page
    .locator('article')
    .evaluate((e) => (e.textContent ?? '').toLowerCase().split('calf').length - 1);
  expect(expected).toBeGreaterThan(1);
  const status = page.getByRole('search', { name: 'Find in article' }).getByRole('status');
  await expect(status).toHaveText(`1 of ${expected}`);
  await page.keyboard.press('Enter');
  await expect(status).toHaveText(`2 of ${expected}`);
  await page.keyboard.press('Shift+Enter');
  await expect(status).toHaveText(`1 of ${expected}`);
  await find.fill('zzqx');
  await expect(status).toHaveText('No matches');
  await page.keyboard.press('Escape');
  await expect(find).toHaveCount(0);
  await app.command('find-in-article');
  await expect(page.getByRole('textbox', { name: 'Find in article' })).toBeFocused();
});

test('an article that cannot be loaded says why, offers a retry, and the rest of the app still works', async ({
  app,
  page,
}) => {
  await failNextCall(page, 'getArticle', { code: 'unavailable', message: 'The content store is busy.' });
  const hit = app.backend.content.search.search('heat or ice', 10).hits[0];
  await searchBox(page).fill('heat or ice');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('This article could not be opened. The content store is busy.');
  await expect(searchBox(page)).toBeVisible();
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1, name: hit.title })).toBeVisible();
});

test('an article named in the address opens at startup; an unknown one gets a clear message', async ({ app, page }) => {
  expect(app.backend.content.articles.has('heat-or-ice')).toBe(true);
  await page.goto('http://spasm-guide.test/index.html#/article/heat-or-ice');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('http://spasm-guide.test/index.html?again#/article/no-such-article');
  await expect(page.getByRole('alert')).toContainText('There is no article "no-such-article".');
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
});
