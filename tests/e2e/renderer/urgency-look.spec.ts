/**
 * How the urgency boxes look in an article: only the emergency box is red. The "When to see a doctor"
 * section around them is a plain frame, so the "today" and "soon" boxes do not sit on the emergency colour.
 */
import { expect, searchBox, test } from './fixtures';

for (const theme of ['light', 'dark'] as const) {
  test(`the doctor section around the urgency boxes is not tinted like an emergency (${theme})`, async ({
    app,
    page,
  }) => {
    await app.command(`theme-${theme}`);
    await searchBox(page).fill('calf strain');
    await page.keyboard.press('Enter');
    const section = page.locator('[data-pane-index] section.see-doctor');
    await expect(section.locator('.urgency-emergency')).toBeVisible();
    await expect(section.locator('.urgency-today')).toBeVisible();
    const colours = await section.evaluate((element) => {
      const { getComputedStyle } = element.ownerDocument.defaultView!;
      const background = (selector: string) =>
        getComputedStyle(element.querySelector(selector) ?? element).backgroundColor;
      return {
        section: getComputedStyle(element).backgroundColor,
        emergency: background('.urgency-emergency'),
        today: background('.urgency-today'),
      };
    });
    expect(colours.section).not.toBe(colours.emergency);
    expect(colours.today).not.toBe(colours.emergency);
    // The frame is the page's own surface (or transparent over it), not a red tint.
    const [r, g, b] = colours.section.match(/\d+/g)!.map(Number);
    expect(Math.abs(r - g), `section background ${colours.section}`).toBeLessThan(6);
    expect(Math.abs(g - b), `section background ${colours.section}`).toBeLessThan(6);
  });
}
