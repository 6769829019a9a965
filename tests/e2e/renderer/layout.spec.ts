/** Keyboard-only use with a visible focus ring, and the layout from a small laptop window to 200% zoom. */
import { URGENCY_TEXT } from '../../../src/shared/urgency';
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

/**
 * The Right now box's emergency sign for people on baclofen is the longest: who it is for, the sign, why it
 * matters, then the numbers to call. Each reads as a line of its own, and no number is parted from its country.
 */
for (const size of [
  { name: '900 x 650', viewport: { width: 900, height: 650 } },
  { name: '200% zoom of 900 x 650 (450 x 325 CSS pixels)', viewport: { width: 450, height: 325 } },
]) {
  test.describe(size.name, () => {
    test.use({ viewport: size.viewport });
    test('the Right now emergency sign reads in whole lines', async ({ app, page }) => {
      const article = app.backend.content.articles.get('spasticity-and-dystonia')!;
      const sign = article.rightNow!.emergency;
      expect(sign.who && sign.why, 'a sign with who it is for and why').toBeTruthy();
      await searchBox(page).fill('spasticity dystonia');
      await page.keyboard.press('Enter');
      const box = page.locator('[data-pane-index] .right-now-emergency');
      await expect(box).toContainText(sign.text);
      // The wording is the registry's and the app's, word for word.
      for (const part of [sign.who!, sign.why!]) await expect(box).toContainText(part);
      await expect(box.locator('.urgency-action')).toHaveText(URGENCY_TEXT.emergency.action);
      const lines = await box.evaluate(
        (element, parts) => {
          type Rect = { top: number; bottom: number; left: number; right: number };
          type Doc = {
            createTreeWalker(root: unknown, what: number): { nextNode(): { textContent: string | null } | null };
            createRange(): {
              setStart(node: unknown, at: number): void;
              setEnd(node: unknown, at: number): void;
              getClientRects(): ArrayLike<Rect>;
            };
          };
          const doc = (globalThis as unknown as { document: Doc }).document;
          /** The lines (distinct tops) a piece of the box's text is laid out on. */
          const linesOf = (text: string) => {
            const walker = doc.createTreeWalker(element, 4);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const at = node.textContent?.indexOf(text) ?? -1;
              if (at < 0) continue;
              const range = doc.createRange();
              range.setStart(node, at);
              range.setEnd(node, at + text.length);
              const rects = Array.from(range.getClientRects()).filter((r) => r.right > r.left);
              return { count: new Set(rects.map((r) => Math.round(r.top))).size, rects };
            }
            throw new Error(`"${text}" is not in the box`);
          };
          const who = linesOf(parts.who);
          const text = linesOf(parts.text);
          const why = linesOf(parts.why);
          const box = (element as { getBoundingClientRect(): Rect }).getBoundingClientRect();
          return {
            numbers: parts.numbers.map((n) => ({ n, lines: linesOf(n).count })),
            textBelowWho: text.rects[0].top >= who.rects.at(-1)!.bottom - 1,
            whyBelowText: why.rects[0].top >= text.rects.at(-1)!.bottom - 1,
            whyStartsLine: Math.abs(why.rects[0].left - text.rects[0].left) < 2,
            overflows:
              (element as { scrollWidth: number }).scrollWidth > (element as { clientWidth: number }).clientWidth,
            right: box.right,
          };
        },
        {
          who: sign.who!,
          text: sign.text,
          why: sign.why!,
          numbers: [...URGENCY_TEXT.emergency.action.matchAll(/\d{3} in [^,.]+/g)].map((m) => m[0]),
        },
      );
      expect(lines.numbers.length, 'numbers in the action line').toBeGreaterThanOrEqual(3);
      for (const { n, lines: count } of lines.numbers) expect(count, `"${n}" on one line`).toBe(1);
      expect(lines.textBelowWho, 'the sign starts below whom it is for').toBe(true);
      expect(lines.whyBelowText && lines.whyStartsLine, 'why it matters starts a line of its own').toBe(true);
      expect(lines.overflows).toBe(false);
      expect(lines.right).toBeLessThanOrEqual(size.viewport.width);
    });
  });
}
