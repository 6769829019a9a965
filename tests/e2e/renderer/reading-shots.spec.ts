/**
 * Screenshots of the reading-comfort states (two articles, tabs, browse, options, 200% zoom), light and dark,
 * into test-results/reading-comfort for looking at. Not compared against anything: the assertions are in
 * reading-comfort.spec.ts.
 */
import { join } from 'node:path';
import { expect, searchBox, test } from './fixtures';

const OUT = join(import.meta.dirname, '../../../test-results/reading-comfort');
const SIZES = [
  { name: '1280x800', viewport: { width: 1280, height: 800 } },
  { name: '900x650', viewport: { width: 900, height: 650 } },
  { name: '200pct-900x650', viewport: { width: 450, height: 325 } },
];

for (const size of SIZES) {
  for (const theme of ['light', 'dark'] as const) {
    test(`${size.name} ${theme}`, async ({ app, page }) => {
      await page.setViewportSize(size.viewport);
      await app.command(`theme-${theme}`);
      const shot = (name: string) => page.screenshot({ path: join(OUT, `${size.name}-${theme}-${name}.png`) });
      await shot('start-browse');
      await page.getByRole('button', { name: 'Options' }).click();
      await shot('options');
      await page.keyboard.press('Escape');
      await searchBox(page).fill('night leg cramps');
      await page.keyboard.press('Enter');
      await searchBox(page).focus();
      await searchBox(page).fill('eyelid twitching');
      await page.keyboard.press('Control+Enter');
      await expect(page.locator('[data-pane-index] h1')).toHaveCount(2);
      await shot('two-articles');
      await page.keyboard.press('Control+b');
      await shot('two-articles-sidebar-hidden');
      await page.keyboard.press('Control+=');
      await page.keyboard.press('Control+=');
      await shot('two-articles-text-125');
    });
  }
}
