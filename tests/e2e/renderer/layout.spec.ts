/** Keyboard-only use with a visible focus ring, and the layout from a small laptop window to 200% zoom. */
import { expect, results, searchBox, test } from './fixtures';

test('every stop in the tab order shows a visible focus indicator', async ({ page }) => {
  await searchBox(page).fill('night leg cramps');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.locator('body').focus();
  const seen = new Set<string>();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      type El = { tagName: string; textContent: string | null; getAttribute(n: string): string | null };
      type Win = {
        document: { activeElement: El | null };
        getComputedStyle(e: El): { outlineStyle: string; outlineWidth: string; boxShadow: string };
      };
      const w = globalThis as unknown as Win;
      const el = w.document.activeElement;
      if (!el) return null;
      const s = w.getComputedStyle(el);
      return {
        name: `${el.tagName} ${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30)}`,
        visible: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none',
      };
    });
    if (!focus) continue;
    seen.add(focus.name);
    expect(focus.visible, `focus ring on ${focus.name}`).toBe(true);
  }
  expect(seen.size).toBeGreaterThan(20);
});

test.describe('a small laptop window (1024 x 640)', () => {
  test.use({ viewport: { width: 1024, height: 640 } });
  test('the checklist opens as a drawer over the article and Escape closes it', async ({ app, page }) => {
    await searchBox(page).fill('night leg cramps');
    await page.keyboard.press('Enter');
    const article = page.getByRole('region', { name: /^Article: / });
    expect((await article.boundingBox())?.width ?? 0).toBeGreaterThan(600);
    await expect(page.getByRole('region', { name: 'Self-care checklist' })).toHaveCount(0);
    await app.command('toggle-checklist');
    await expect(page.getByRole('region', { name: 'Self-care checklist' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Self-care checklist' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('region', { name: 'Self-care checklist' })).toHaveCount(0);
  });
});

test.describe('200% zoom on a 1280 x 800 screen (640 x 400 CSS pixels)', () => {
  test.use({ viewport: { width: 640, height: 400 } });
  test('search drops down over the article and gets out of the way once one opens', async ({ page }) => {
    await searchBox(page).fill('eyelid');
    await expect(results(page).first()).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(results(page).first()).toBeHidden();
    const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
    expect(heading && heading.x + heading.width).toBeLessThanOrEqual(640);
    // Nothing is wider than the window: no sideways scrolling.
    expect(
      await page.evaluate(
        () =>
          (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement
            .scrollWidth,
      ),
    ).toBeLessThanOrEqual(640);
  });
});
