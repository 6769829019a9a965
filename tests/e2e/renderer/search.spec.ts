/** Searching: results on every keystroke, the combobox keyboard model, marks, and the empty and no-match states. */
import { expect, failNextCall, results, searchBox, test } from './fixtures';
import { MAX_QUERY_LENGTH } from '../../../src/shared/limits';

test('an empty box shows the browse list of every article instead of suggestions', async ({ app, page }) => {
  const start = app.backend.content.search.search('', 10);
  expect(start.kind).toBe('start');
  const count = app.backend.content.summaries.length;
  await expect(page.getByRole('heading', { name: `All ${count} articles` })).toBeVisible();
  await expect(results(page)).toHaveCount(0);
});

test('results follow every keystroke, with matched words marked', async ({ app, page }) => {
  const box = searchBox(page);
  await box.focus();
  let typed = '';
  for (const key of 'hamstring') {
    typed += key;
    await page.keyboard.type(key);
    const expected = app.backend.content.search.search(typed, 10);
    if (expected.kind !== 'results') continue;
    await expect(results(page)).toHaveCount(expected.hits.length);
    await expect(results(page).first()).toContainText(expected.hits[0].title);
  }
  const first = results(page).first();
  await expect(first.locator('mark').first()).toHaveText(/hamstring/i);
  await expect(page.getByRole('listbox')).toBeVisible();
});

test('arrow keys move through results, Enter opens, Escape clears', async ({ app, page }) => {
  const box = searchBox(page);
  await box.fill('cramp');
  const hits = app.backend.content.search.search('cramp', 10).hits;
  await expect(results(page)).toHaveCount(hits.length);

  // The first result is active as results arrive; arrows move the active option the combobox points at.
  await expect(box).toHaveAttribute('aria-activedescendant', 'search-option-0');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-activedescendant', 'search-option-2');
  await expect(page.locator('#search-option-2')).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('#search-option-0')).toHaveAttribute('aria-selected', 'false');
  await page.keyboard.press('ArrowUp');
  await expect(box).toHaveAttribute('aria-activedescendant', 'search-option-1');

  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: hits[1].title })).toBeVisible();
  // Opening from the keyboard moves focus to the article so it can be read and scrolled.
  await expect(page.getByRole('heading', { level: 1, name: hits[1].title })).toBeFocused();

  await page.keyboard.press('Control+k');
  await expect(box).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(box).toHaveValue('');
  await expect(page.getByRole('heading', { name: /^All \d+ articles$/ })).toBeVisible();
});

test('Ctrl+K and "/" focus the search box from anywhere', async ({ page }) => {
  await page.getByRole('button', { name: 'Options' }).focus();
  await page.keyboard.press('/');
  await expect(searchBox(page)).toBeFocused();
  await expect(searchBox(page)).toHaveValue('');
  await page.getByRole('button', { name: 'Options' }).focus();
  await page.keyboard.press('Control+k');
  await expect(searchBox(page)).toBeFocused();
});

test('the focus-search menu command focuses the box', async ({ app, page }) => {
  await app.command('focus-search');
  await expect(searchBox(page)).toBeFocused();
});

test('a query with no match gets a friendly answer and ideas to try', async ({ page }) => {
  await searchBox(page).fill('qqxzv');
  await expect(page.getByRole('heading', { name: 'No results' })).toBeVisible();
  await expect(page.getByText('Nothing in Spasm Guide matches “qqxzv”.')).toBeVisible();
  // Someone searching in another language learns why nothing matches.
  await expect(page.getByText(/Spasm Guide is written in English\./)).toBeVisible();
  await expect(results(page)).toHaveCount(0);
  await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'false');
  await page.getByRole('button', { name: 'night cramps' }).click();
  await expect(searchBox(page)).toHaveValue('night cramps');
  await expect(results(page).first()).toBeVisible();
});

test('"did you mean" offers the engine\'s correction and searches it', async ({ app, page }) => {
  const typo = ['hamstrnig', 'twitchign', 'magnesum', 'crmaps'].find(
    (q) => app.backend.content.search.search(q, 10).suggestion,
  );
  test.skip(!typo, 'the search engine offers no corrections for these typos');
  const suggestion = app.backend.content.search.search(typo as string, 10).suggestion as string;
  await searchBox(page).fill(typo as string);
  await page.getByRole('button', { name: suggestion, exact: true }).click();
  await expect(searchBox(page)).toHaveValue(suggestion);
  await expect(results(page).first()).toContainText(app.backend.content.search.search(suggestion, 10).hits[0].title);
});

test('a failed search says so and searches again on retry', async ({ app, page }) => {
  await failNextCall(page, 'search', { code: 'internal', message: 'The index is rebuilding.' });
  await searchBox(page).fill('calf');
  await expect(page.getByRole('alert')).toContainText('Search is not working right now. The index is rebuilding.');
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  const expected = app.backend.content.search.search('calf', 10).hits[0];
  await expect(results(page).first()).toContainText(expected.title);
});

test('an app feature the query names is the first option: counted, chosen, opened by Enter', async ({ page }) => {
  const box = searchBox(page);
  // Only the feature matches these words: it is counted, never "No results".
  for (const [query, label, dialog] of [
    ['print', 'Print the checklist as a handout', 'Handout'],
    ['about', 'About Spasm Guide', 'About Spasm Guide'],
  ]) {
    await box.focus();
    await box.fill(query);
    await expect(results(page)).toHaveCount(1);
    await expect(results(page).first()).toContainText(label);
    await expect(page.getByRole('heading', { name: '1 result', exact: true })).toBeVisible();
    await expect(page.getByText('No results')).toHaveCount(0);
    await expect(box).toHaveAttribute('aria-activedescendant', 'search-option-0');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: dialog })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: dialog })).toHaveCount(0);
  }
});

test('a feature offered above articles comes first, and arrows move between it and them', async ({ app, page }) => {
  const box = searchBox(page);
  // 'leaflet' names the handout and is also a word of some articles (a medicine's leaflet).
  const handout = app.backend.content.search.search('leaflet', 10);
  expect(handout.feature).toBe('handout');
  expect(handout.hits.length).toBeGreaterThan(0);
  await box.fill('leaflet');
  await expect(results(page)).toHaveCount(handout.hits.length + 1);
  await expect(page.getByRole('heading', { name: `${handout.hits.length + 1} results` })).toBeVisible();
  await expect(box).toHaveAttribute('aria-activedescendant', 'search-option-0');
  await page.keyboard.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-activedescendant', 'search-option-1');
  await expect(results(page).nth(1)).toContainText(handout.hits[0].title);
  await page.keyboard.press('ArrowUp');
  await expect(results(page).first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Handout' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: handout.hits[0].title })).toHaveCount(0);
});

test('arrows in the empty box highlight nothing, and Enter then opens nothing', async ({ page }) => {
  const box = searchBox(page);
  await box.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  // Nothing to wait for when nothing should happen: give a wrong article the time it would take to open.
  await page.waitForTimeout(500);
  await expect(box).not.toHaveAttribute('aria-activedescendant');
  await expect(page.locator('search [aria-selected="true"]')).toHaveCount(0);
  await expect(page.locator('article h1')).toHaveCount(0);
});

test('a query longer than the engine searches stays whole in the box and says so', async ({ page }) => {
  const box = searchBox(page);
  const long = 'my calf cramps at night and I wake up in pain, '.repeat(25);
  expect(long.length).toBeGreaterThan(MAX_QUERY_LENGTH);
  await box.focus();
  await page.keyboard.insertText(long);
  await expect(box).toHaveValue(long);
  const note = page.getByRole('status').filter({ hasText: 'Only the first 1,000 characters are searched.' });
  await expect(note).toBeVisible();
  await expect(results(page).first()).toBeVisible();
  // Cut back to what fits, the note goes.
  await box.fill(long.slice(0, MAX_QUERY_LENGTH));
  await expect(note).toHaveCount(0);
});

test('typing at a normal pace never flashes "nothing matches" on the way to results', async ({ app, page }) => {
  const query = 'why do my calves cramp';
  const prefixes = [...query].map((_, i) => query.slice(0, i + 1));
  // The engine has no match for some of the words on the way, and results at the end.
  expect(prefixes.some((q) => app.backend.content.search.search(q, 10).kind === 'no-match')).toBe(true);
  expect(app.backend.content.search.search(query, 10).kind).toBe('results');
  // Everything the sidebar shows while typing: each heading, and whether the no-match panel appeared.
  await page.evaluate(() => {
    type Text = { textContent: string | null };
    const page = globalThis as unknown as {
      __seen: Set<string>;
      document: Text & { body: Text; getElementById(id: string): Text | null };
      MutationObserver: new (note: () => void) => { observe(target: Text, options: object): void };
    };
    const seen = (page.__seen = new Set<string>());
    const note = () => {
      seen.add(page.document.getElementById('search-heading')?.textContent?.trim() ?? '');
      if (page.document.body.textContent?.includes('Nothing in Spasm Guide matches')) seen.add('no-match panel');
    };
    new page.MutationObserver(note).observe(page.document.body, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
  await searchBox(page).focus();
  await page.keyboard.type(query, { delay: 80 });
  await expect(results(page).first()).toBeVisible();
  const seen = await page.evaluate(() => [...(globalThis as unknown as { __seen: Set<string> }).__seen]);
  expect(seen).not.toContain('no-match panel');
  expect(seen).not.toContain('No results');

  // Once typing pauses on a query with no match, the answer does come.
  await page.keyboard.press('Control+a');
  await page.keyboard.type('qqxzv', { delay: 80 });
  await expect(page.getByText('Nothing in Spasm Guide matches')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No results' })).toBeVisible();
});

test('the box shows the start of a long query once focus has left it', async ({ page }) => {
  await page.setViewportSize({ width: 900, height: 650 });
  const box = searchBox(page);
  const scrolled = () => box.evaluate((input) => input.scrollLeft);
  await box.fill('night cramps');
  await page.keyboard.press('Enter');
  await expect(page.locator('article h1')).toBeFocused();
  // Left by a click on the article, by Enter (which opens a result) and by Tab.
  for (const leave of ['click', 'Enter', 'Tab']) {
    await box.focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('calf swollen hot one side');
    await expect(page.locator('#search-results')).toHaveAttribute('data-query', 'calf swollen hot one side');
    expect(await scrolled(), 'the end of the query is in view while typing').toBeGreaterThan(0);
    if (leave === 'click') await page.locator('article h1').click();
    else await page.keyboard.press(leave);
    await expect(box).not.toBeFocused();
    expect(await scrolled(), `the start is in view after ${leave}`).toBe(0);
  }
});
