/**
 * Reading comfort: pane widths with two articles, tabs when they would be squeezed, the top bar at 200% zoom,
 * moving between panes by keyboard, browse, text size, and the session reopened after a restart.
 */
import type { Page } from '@playwright/test';
import { openBackend } from '../backend';
import { expect, openWatchedApp, searchBox, test } from './fixtures';

async function openTwo(page: Page, first = 'night leg cramps', second = 'eyelid twitching') {
  await searchBox(page).fill(first);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await searchBox(page).focus();
  await searchBox(page).fill(second);
  await page.keyboard.press('Control+Enter');
  await expect(page.locator('[data-pane-index]')).toHaveCount(2);
}

/** Width of each pane, characters per line of its first paragraph, and whether the panes are tabs. */
function measure(page: Page) {
  return page.evaluate(() => {
    type El = {
      getBoundingClientRect(): { width: number };
      querySelector(s: string): El | null;
      textContent: string | null;
      clientWidth: number;
    };
    type Doc = { querySelectorAll(s: string): El[]; querySelector(s: string): El | null; documentElement: El };
    const g = globalThis as unknown as {
      document: Doc;
      getComputedStyle(e: El): { font: string; fontSize: string };
      OffscreenCanvas: new (
        w: number,
        h: number,
      ) => {
        getContext(t: '2d'): { font: string; measureText(t: string): { width: number } };
      };
    };
    const doc = g.document;
    const context = new g.OffscreenCanvas(1, 1).getContext('2d');
    const panes = [...doc.querySelectorAll('[data-pane-index]')].map((pane) => {
      const paragraph = pane.querySelector('.body p');
      let chars = 0;
      if (paragraph) {
        context.font = g.getComputedStyle(paragraph).font;
        // Average character width of the paragraph's own text, and the width it is set in.
        const text = paragraph.textContent ?? '';
        chars = Math.round(paragraph.clientWidth / (context.measureText(text).width / text.length));
      }
      return { width: Math.round(pane.getBoundingClientRect().width), chars };
    });
    return {
      panes,
      tabs: doc.querySelector('[role="tablist"][aria-label="Open articles"]') !== null,
      scrollWidth: (doc.documentElement as unknown as { scrollWidth: number }).scrollWidth,
      clientWidth: doc.documentElement.clientWidth,
    };
  });
}

/** The text of the element at the top left of the left pane's reading area. */
function topText(page: Page) {
  return page.locator('[data-pane-index="0"] .scroll').evaluate((scroller) => {
    const r = scroller.getBoundingClientRect();
    const doc = (
      globalThis as unknown as {
        document: { elementFromPoint(x: number, y: number): { textContent: string | null } | null };
      }
    ).document;
    return doc.elementFromPoint(r.left + 40, r.top + 8)?.textContent?.slice(0, 60) ?? '';
  });
}

const SIZES = [
  { name: '1280 x 800', viewport: { width: 1280, height: 800 } },
  { name: '900 x 650', viewport: { width: 900, height: 650 } },
  { name: '200% zoom of 1280 x 800', viewport: { width: 640, height: 400 } },
  { name: '200% zoom of 900 x 650', viewport: { width: 450, height: 325 } },
];

for (const size of SIZES) {
  test.describe(size.name, () => {
    test.use({ viewport: size.viewport });

    test('two articles each get at least 420 px or become tabs; nothing scrolls sideways', async ({ page }) => {
      await openTwo(page);
      const m = await measure(page);
      test.info().annotations.push({ type: 'measured', description: `${size.name}: ${JSON.stringify(m)}` });
      if (m.tabs) {
        await expect(page.getByRole('tab')).toHaveCount(2);
        await expect(page.getByRole('tab', { selected: true })).toHaveText(/eyelid|twitch/i);
      } else {
        for (const pane of m.panes) expect(pane.width).toBeGreaterThanOrEqual(420);
      }
      expect(m.scrollWidth).toBeLessThanOrEqual(m.clientWidth);
      // Opening the second article closed the checklist, and it says so on its button.
      await expect(page.getByRole('button', { name: 'Checklist', exact: true })).toHaveAttribute(
        'aria-expanded',
        'false',
      );
      // Every control of the top bar is inside the window.
      for (const box of await page.locator('header.topbar button').evaluateAll((buttons) =>
        buttons.map((b) => {
          const r = (
            b as unknown as { getBoundingClientRect(): { left: number; right: number } }
          ).getBoundingClientRect();
          return { left: r.left, right: r.right };
        }),
      )) {
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(size.viewport.width);
      }
    });
  });
}

test.describe('900 x 650', () => {
  test.use({ viewport: { width: 900, height: 650 } });
  test('hiding the sidebar (Ctrl+B) puts two tabbed articles side by side at 420 px or more', async ({ page }) => {
    await openTwo(page);
    await expect(page.getByRole('tablist', { name: 'Open articles' })).toBeVisible();
    await page.keyboard.press('Control+b');
    await expect(page.getByRole('complementary', { name: 'Search' })).toBeHidden();
    await expect(page.getByRole('tablist', { name: 'Open articles' })).toHaveCount(0);
    const m = await measure(page);
    test.info().annotations.push({ type: 'measured', description: `900 x 650, sidebar hidden: ${JSON.stringify(m)}` });
    for (const pane of m.panes) expect(pane.width).toBeGreaterThanOrEqual(420);
    await page.getByRole('button', { name: 'Search sidebar' }).click();
    await expect(page.getByRole('complementary', { name: 'Search' })).toBeVisible();
  });
});

test('the search box has focus at launch and its shortcut hint gives way to the placeholder', async ({ page }) => {
  await expect(searchBox(page)).toBeFocused();
  await expect(page.locator('kbd.hint')).toBeHidden();
  await page.getByRole('button', { name: 'Options' }).focus();
  await expect(page.locator('kbd.hint')).toBeVisible();
  // The placeholder's text ends before the hint begins.
  const fits = await searchBox(page).evaluate((input) => {
    type Box = { getBoundingClientRect(): { left: number; right: number } };
    const field = input as unknown as Box & { placeholder: string; parentElement: { querySelector(s: string): Box } };
    const style = (
      globalThis as unknown as { getComputedStyle(e: unknown): { font: string; paddingLeft: string } }
    ).getComputedStyle(input);
    const g = globalThis as unknown as {
      OffscreenCanvas: new (
        w: number,
        h: number,
      ) => {
        getContext(t: '2d'): { font: string; measureText(t: string): { width: number } };
      };
    };
    const context = new g.OffscreenCanvas(1, 1).getContext('2d');
    context.font = style.font;
    const textEnd =
      field.getBoundingClientRect().left + parseFloat(style.paddingLeft) + context.measureText(field.placeholder).width;
    return textEnd <= field.parentElement.querySelector('.hint').getBoundingClientRect().left;
  });
  expect(fits).toBe(true);
});

test('F6 and Ctrl+Tab move between search and the two articles, landing on titles without scrolling', async ({
  page,
}) => {
  await openTwo(page);
  const titles = page.locator('[data-pane-index] h1');
  const left = page.locator('[data-pane-index="0"] .scroll');
  await left.evaluate((e) => ((e as unknown as { scrollTop: number }).scrollTop = 600));

  await page.keyboard.press('F6'); // from the right article's title (opened from the keyboard) to search
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.press('F6');
  await expect(titles.nth(0)).toBeFocused();
  expect(await left.evaluate((e) => (e as unknown as { scrollTop: number }).scrollTop)).toBe(600);
  await page.keyboard.press('Control+Tab');
  await expect(titles.nth(1)).toBeFocused();
  await page.keyboard.press('Control+Shift+Tab');
  await expect(titles.nth(0)).toBeFocused();
  await page.keyboard.press('Shift+F6');
  await expect(searchBox(page)).toBeFocused();

  // Ctrl+W closes the active article; focus goes to the one left.
  await page.keyboard.press('F6');
  await expect(titles.nth(0)).toBeFocused();
  await page.keyboard.press('Control+w');
  await expect(titles).toHaveCount(1);
  await expect(titles.first()).toBeFocused();
  await expect(titles.first()).toHaveText(/twitch/i);
  await page.keyboard.press('Control+w');
  await expect(titles).toHaveCount(0);
  await expect(searchBox(page)).toBeFocused();
});

test('in tabs, F6 shows and focuses the other article', async ({ page }) => {
  await page.setViewportSize({ width: 900, height: 650 });
  await openTwo(page);
  const tabs = page.getByRole('tab');
  await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('F6'); // right title -> search
  await page.keyboard.press('F6'); // search -> left article, its tab shown
  await expect(tabs.nth(0)).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('[data-pane-index="0"] h1')).toBeFocused();
  await expect(page.locator('[data-pane-index="1"] h1')).toBeHidden();
});

test('a third article replaces the one not being read, and says so', async ({ app, page }) => {
  await openTwo(page);
  const hamstring = app.backend.content.search.search('hamstring strain', 10).hits[0];
  await page.locator('[data-pane-index="0"] h1').click();
  await searchBox(page).fill('hamstring strain');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('status').filter({ hasText: 'opened in place of' })).toContainText(hamstring.title);
  await expect(page.locator('[data-pane-index="1"] h1')).toHaveText(hamstring.title);
  await expect(page.locator('[data-pane-index="0"] h1')).toHaveText(/night/i);
});

test('each result row has its own "Open beside" button', async ({ app, page }) => {
  await searchBox(page).fill('night leg cramps');
  await page.keyboard.press('Enter');
  await searchBox(page).fill('cramp');
  const third = page.getByRole('option').nth(2);
  // The rows of the earlier query stay until the new results arrive: wait for the new third row.
  await expect(third).toContainText(app.backend.content.search.search('cramp', 10).hits[2].title);
  await third.hover();
  const button = page.getByRole('button', { name: /^Open beside: / });
  const [row, box] = [await third.boundingBox(), await button.boundingBox()];
  expect(row && box && box.y >= row.y && box.y + box.height <= row.y + row.height + 1).toBe(true);
  const title = (await button.textContent())?.trim().replace(/^Open beside:\s*/, '');
  await button.click();
  await expect(page.locator('[data-pane-index="1"] h1')).toHaveText(title ?? '');
});

test('Browse lists every article A–Z and by category, and recently read ones first', async ({ app, page }) => {
  const all = [...app.backend.content.summaries].sort((a, b) => a.title.localeCompare(b.title, 'en'));
  const browse = page.getByRole('navigation', { name: `All ${all.length} articles` });
  await expect(browse.getByRole('link')).toHaveText(all.map((a) => a.title));
  await browse.getByRole('button', { name: 'By category' }).click();
  await expect(browse.getByRole('link')).toHaveCount(all.length);
  await expect(browse.getByRole('heading', { level: 3, name: 'Cramps' })).toBeVisible();

  await browse.getByRole('link', { name: all[3].title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(all[3].title);
  await page.getByRole('button', { name: 'Spasm Guide' }).click();
  await expect(page.getByRole('list', { name: 'Recently read' }).first()).toContainText(all[3].title);
});

test('text size: A+ and Ctrl +/−/0 reflow the text, and the size is remembered', async ({ app, page, context }) => {
  const fontSize = (p: Page) =>
    p.evaluate(() => {
      const g = globalThis as unknown as {
        document: { documentElement: unknown };
        getComputedStyle(e: unknown): { fontSize: string };
      };
      return g.getComputedStyle(g.document.documentElement).fontSize;
    });
  await expect.poll(() => fontSize(page)).toBe('16px');
  await page.getByRole('button', { name: 'Options' }).click();
  await page.getByRole('button', { name: 'Larger text' }).click();
  await expect.poll(() => fontSize(page)).toBe('17.6px');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+=');
  await expect.poll(() => fontSize(page)).toBe('20px');
  await page.keyboard.press('Control+-');
  await page.keyboard.press('Control+0');
  await expect.poll(() => fontSize(page)).toBe('16px');
  await page.keyboard.press('Control+=');
  await page.keyboard.press('Control+=');
  await expect.poll(() => fontSize(page)).toBe('20px');
  // The window is not zoomed: the page is as wide as before, and nothing scrolls sideways.
  expect(
    await page.evaluate(
      () =>
        (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement
          .scrollWidth,
    ),
  ).toBeLessThanOrEqual(1280);

  await expect.poll(async () => (await app.backend.handlers.getPreferences(undefined)).reading.textSize).toBe(125);
  const restarted = await openWatchedApp(await context.newPage(), await openBackend(app.backend.userDataDir));
  await expect.poll(() => fontSize(restarted.page)).toBe('20px');
});

test('the open articles, their scroll positions and the last search come back after a restart', async ({
  app,
  page,
  context,
}) => {
  await openTwo(page);
  const left = page.locator('[data-pane-index="0"] .scroll');
  await left.evaluate((e) => ((e as unknown as { scrollTop: number }).scrollTop = 500));
  const atTop = await topText(page);
  await searchBox(page).fill('magnesium');
  await expect
    .poll(async () => (await app.backend.handlers.getPreferences(undefined)).reading.session)
    .toMatchObject({ panes: [{ scroll: 500 }, { scroll: 0 }], active: 1, query: 'magnesium' });

  const restarted = await openWatchedApp(await context.newPage(), await openBackend(app.backend.userDataDir));
  const again = restarted.page;
  await expect(again.locator('[data-pane-index] h1')).toHaveCount(2);
  await expect(again.locator('[data-pane-index="0"] h1')).toHaveText(/night/i);
  await expect(again.locator('[data-pane-index="1"] h1')).toHaveText(/twitch/i);
  // The same text is at the top of the left pane (scroll anchoring may adjust the offset as panes settle).
  await expect.poll(() => topText(again)).toBe(atTop);
  expect(await again.locator('[data-pane-index="0"] .scroll').evaluate((e) => e.scrollTop)).toBeGreaterThan(300);
  await expect(searchBox(again)).toHaveValue('magnesium');
  await expect(searchBox(again)).toBeFocused();
});

test('the start page points at the search box where it is, and the sidebar choice is remembered', async ({
  app,
  page,
  context,
}) => {
  await expect(page.getByText('Search on the left, or start with one of these.')).toBeVisible();
  await page.keyboard.press('Control+b');
  await expect(page.getByText('Press Ctrl K to search, or start with one of these.')).toBeVisible();
  await page.setViewportSize({ width: 640, height: 400 });
  await page.keyboard.press('Control+b');
  await expect(page.getByText('Search above, or start with one of these.')).toBeVisible();
  await page.keyboard.press('Control+b');
  await expect.poll(async () => (await app.backend.handlers.getPreferences(undefined)).reading.sidebarOpen).toBe(false);
  const restarted = await openWatchedApp(await context.newPage(), await openBackend(app.backend.userDataDir));
  await expect(restarted.page.getByRole('complementary', { name: 'Search' })).toBeHidden();
  // Ctrl+K brings the sidebar back with focus in the box.
  await restarted.page.keyboard.press('Control+k');
  await expect(searchBox(restarted.page)).toBeFocused();
});
