/** The checklist: ticks and notes persist through the main process and survive a restart; reset asks first. */
import { openBackend } from '../backend';
import { DISCLAIMER } from '../../../src/shared/disclaimer';
import { expect, openWatchedApp, test } from './fixtures';

test('ticks, name and notes survive a restart', async ({ app, page, context }) => {
  const items = app.backend.content.checklist.sections.flatMap((s) => s.items);
  const [first, second] = [items[0], items[items.length - 1]];
  const panel = page.getByRole('region', { name: 'Self-care checklist' });
  await panel.getByRole('checkbox', { name: first.text }).check();
  await panel.getByRole('checkbox', { name: second.text }).check();
  await panel.getByRole('textbox', { name: 'Name' }).fill('Ada Lovelace');
  await panel.getByRole('textbox', { name: 'Notes' }).fill('Cramps mostly after long walks.');
  await panel.getByRole('textbox', { name: 'Notes' }).blur();
  await expect
    .poll(async () => (await app.backend.handlers.getChecklistState(undefined)).notes)
    .toBe('Cramps mostly after long walks.');

  // A restart: a new page and a new backend over the same user-data folder.
  const restarted = await openWatchedApp(await context.newPage(), await openBackend(app.backend.userDataDir));
  const again = restarted.page.getByRole('region', { name: 'Self-care checklist' });
  await expect(again.getByRole('checkbox', { name: first.text })).toBeChecked();
  await expect(again.getByRole('checkbox', { name: second.text })).toBeChecked();
  await expect(again.getByRole('checkbox', { name: items[1].text })).not.toBeChecked();
  await expect(again.getByRole('textbox', { name: 'Name' })).toHaveValue('Ada Lovelace');
  await expect(again.getByRole('textbox', { name: 'Notes' })).toHaveValue('Cramps mostly after long walks.');
  expect(restarted.offlineRequests).toEqual([]);
});

test('clearing asks first, and cancelling keeps everything', async ({ app, page }) => {
  const item = app.backend.content.checklist.sections[0].items[0];
  const panel = page.getByRole('region', { name: 'Self-care checklist' });
  const box = panel.getByRole('checkbox', { name: item.text });
  await box.check();
  await panel.getByRole('button', { name: 'Clear…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Clear the checklist?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(box).toBeChecked();

  await panel.getByRole('button', { name: 'Clear…' }).click();
  await dialog.getByRole('button', { name: 'Clear', exact: true }).click();
  await expect(box).not.toBeChecked();
  await expect.poll(async () => (await app.backend.handlers.getChecklistState(undefined)).checked).toEqual([]);
});

test("the panel ends with the app's one disclaimer, the wording of the start page and every printed page", async ({
  page,
}) => {
  const panel = page.getByRole('region', { name: 'Self-care checklist' });
  await expect(panel.locator('p.disclaimer')).toHaveText(DISCLAIMER);
  await expect(page.locator('main p.disclaimer').first()).toHaveText(DISCLAIMER);
});

test('each item opens the article that explains it', async ({ app, page }) => {
  const item = app.backend.content.checklist.sections[1].items[0];
  const article = app.backend.content.articles.get(item.article);
  if (!article) throw new Error(`missing article ${item.article}`);
  await page
    .getByRole('region', { name: 'Self-care checklist' })
    .getByRole('link', { name: new RegExp(`explains: ${item.text.slice(0, 30)}`) })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: article.title })).toBeVisible();
});

test('the checklist panel can be hidden and the choice is remembered', async ({ app, page, context }) => {
  const toggle = page.getByRole('button', { name: 'Checklist', exact: true });
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await app.command('toggle-checklist');
  await expect(page.getByRole('region', { name: 'Self-care checklist' })).toHaveCount(0);
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect
    .poll(async () => (await app.backend.handlers.getPreferences(undefined)).layout.checklistOpen)
    .toBe(false);

  const restarted = await openWatchedApp(await context.newPage(), await openBackend(app.backend.userDataDir));
  await expect(restarted.page.getByRole('button', { name: 'Checklist', exact: true })).toHaveAttribute(
    'aria-expanded',
    'false',
  );
  await restarted.page.getByRole('button', { name: 'Checklist', exact: true }).click();
  await expect(restarted.page.getByRole('region', { name: 'Self-care checklist' })).toBeVisible();
});

test('dragging the sidebar splitter resizes it, and the width is remembered', async ({ app, page, context }) => {
  const splitter = page.getByRole('separator', { name: 'Resize the search sidebar' });
  const sidebar = page.getByRole('complementary', { name: 'Search' });
  const before = (await sidebar.boundingBox())?.width ?? 0;
  const grip = await splitter.boundingBox();
  if (!grip) throw new Error('no splitter');
  await page.mouse.move(grip.x + grip.width / 2, grip.y + 200);
  await page.mouse.down();
  await page.mouse.move(grip.x + 80, grip.y + 200, { steps: 4 });
  await page.mouse.up();
  const after = (await sidebar.boundingBox())?.width ?? 0;
  expect(after).toBeGreaterThan(before + 60);
  await expect
    .poll(async () => (await app.backend.handlers.getPreferences(undefined)).layout.sidebarWidth)
    .toBeGreaterThan(before + 60);

  // The keyboard moves it too.
  await splitter.focus();
  await page.keyboard.press('ArrowLeft');
  const nudged = (await sidebar.boundingBox())?.width ?? 0;
  expect(nudged).toBeLessThan(after);
  // Layout saves are debounced: restart only once the last change has reached the settings file.
  await expect
    .poll(async () => (await app.backend.handlers.getPreferences(undefined)).layout.sidebarWidth)
    .toBeCloseTo(nudged, 0);

  const restarted = await openWatchedApp(await context.newPage(), await openBackend(app.backend.userDataDir));
  const saved = (await app.backend.handlers.getPreferences(undefined)).layout.sidebarWidth;
  await expect
    .poll(async () => (await restarted.page.getByRole('complementary', { name: 'Search' }).boundingBox())?.width)
    .toBeCloseTo(saved, 0);
});

test('the panel and the menu open the handout builder; Print and Save as PDF go through the main process', async ({
  app,
  page,
}) => {
  const panel = page.getByRole('region', { name: 'Self-care checklist' });
  await panel.getByRole('button', { name: 'Print a handout…' }).click();
  const builder = page.getByRole('dialog', { name: 'Handout' });
  await expect(builder).toBeVisible();
  await builder.getByRole('button', { name: 'Print…' }).click();
  await expect.poll(() => app.backend.desktop.prints).toHaveLength(1);
  await builder.getByRole('button', { name: 'Close' }).click();
  await expect(builder).toBeHidden();
  await app.command('print-handout');
  await expect(builder).toBeVisible();
  await page.keyboard.press('Escape');
  // With no article open, Print and Save as PDF from the menu act on the handout.
  await app.command('print');
  await expect.poll(() => app.backend.desktop.prints).toHaveLength(2);
  // One job at a time (a second request while the first is with the main process is ignored).
  await app.command('save-pdf');
  await expect.poll(() => app.backend.desktop.pdfRequests.map((r) => r.fileName)).toEqual(['Self-care handout']);
});
