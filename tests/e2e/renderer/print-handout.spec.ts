/**
 * The handout, printed to real PDFs by Chromium the way Electron's printToPDF makes them (print media, the
 * stylesheet's page size), read back with poppler: long notes never cut, the disclaimer and page number on
 * every page, only the chosen items, large print measurably larger, A4 and Letter, the preview's page count.
 */
import type { Page } from '@playwright/test';
import { DISCLAIMER } from '../../../src/shared/disclaimer';
import { MAX_NOTES_LENGTH } from '../../../src/shared/limits';
import { URGENCY_TEXT } from '../../../src/shared/urgency';
import { expect, test } from './fixtures';
import {
  median,
  normalize,
  PAPER_POINTS,
  pdfFooter,
  pdfPages,
  pdfPageSize,
  pdfRegionText,
  pdfText,
  printToFile,
  renderPages,
  wordHeights,
} from './pdf';

const builder = (page: Page) => page.getByRole('dialog', { name: 'Handout' });

async function openBuilder(page: Page) {
  await page
    .getByRole('region', { name: 'Self-care checklist' })
    .getByRole('button', { name: 'Print a handout…' })
    .click();
  await expect(builder(page)).toBeVisible();
  return builder(page);
}

/** The preview's own count of pages ("3 pages, A4"). */
async function previewPages(page: Page): Promise<number> {
  const status = builder(page).getByRole('region', { name: 'Preview of the printed pages' }).getByRole('status');
  return Number(/^(\d+)/.exec((await status.textContent()) ?? '')?.[1]);
}

/** Notes of exactly the maximum length, every word numbered so a missing one is caught. */
function longestNotes(): string {
  const words: string[] = [];
  for (let i = 0; words.join(' ').length < MAX_NOTES_LENGTH; i++) words.push(`w${String(i).padStart(4, '0')}`);
  let notes = words.join(' ');
  // Paragraphs as people type them: a line break every 12 words.
  notes = notes.replace(/((?:\S+ ){11}\S+) /g, '$1\n');
  return notes.slice(0, MAX_NOTES_LENGTH).replace(/\s\S*$/, '');
}

test.use({ locale: 'en-GB' });

test('notes of the maximum length print in full over several pages, with the disclaimer and page number on each', async ({
  app,
  page,
}) => {
  test.setTimeout(90_000);
  const checklist = app.backend.content.checklist;
  const dialog = await openBuilder(page);
  const notes = longestNotes();
  await dialog
    .getByRole('checkbox', { name: checklist.sections.find((s) => s.topic === 'strains')!.items[0].text })
    .check();
  await dialog.getByRole('textbox', { name: 'Notes' }).fill(notes);
  await dialog.getByRole('textbox', { name: 'Patient’s name' }).fill('Ana Souza');
  await dialog.getByRole('textbox', { name: 'Clinician' }).fill('Dr Okafor');
  await dialog.getByRole('textbox', { name: 'Clinic', exact: true }).fill('Riverside Physiotherapy');
  await expect(dialog.getByText(`${notes.length} of ${MAX_NOTES_LENGTH} characters`)).toBeVisible();

  await dialog.getByRole('button', { name: 'Print…' }).click();
  await expect.poll(() => app.backend.desktop.prints).toEqual([{ pageSize: 'A4' }]);
  const file = await printToFile(page, 'handout-long-notes-a4');
  renderPages(file);

  const pages = pdfPages(file);
  expect(pages, 'the notes need more than one page').toBeGreaterThanOrEqual(3);
  expect(await previewPages(page), 'the preview shows as many pages as print').toBe(pages);
  const text = pdfText(file);
  for (const word of notes.split(/\s+/)) expect(text, `note word ${word} on paper`).toContain(word);
  for (const field of ['Ana Souza', 'Dr Okafor', 'Riverside Physiotherapy']) expect(text).toContain(field);
  expect(text).toContain(checklist.diary.title);
  // The title, in full on page 1 and running on every page after it, names the topics chosen.
  const title = 'Self-care: muscle cramps, strains and pulled muscles';
  await expect(page.locator('.print-view h1')).toHaveText(title);
  expect(pdfText(file, 1)).toContain(title);
  for (let p = 2; p <= pages; p++) {
    expect(pdfRegionText(file, p, { x: 0, y: 0, width: 600, height: 14 * (72 / 25.4) })).toBe(`${title} – Ana Souza`);
  }
  for (let p = 1; p <= pages; p++) {
    const footer = pdfFooter(file, p);
    expect(footer.left, `disclaimer on page ${p}`).toBe(normalize(DISCLAIMER));
    expect(footer.right, `page number on page ${p}`).toBe(`Page ${p} of ${pages}`);
  }
  // No app chrome on paper.
  for (const chrome of ['Search Spasm Guide', 'What goes on paper', 'Save as PDF', 'Preview of']) {
    expect(text).not.toContain(chrome);
  }
});

test('a handout with chosen items prints only those, and "When to get help" never as tick boxes', async ({
  app,
  page,
}) => {
  const checklist = app.backend.content.checklist;
  const all = checklist.sections.flatMap((s) => s.items);
  const chosen = [all[0], all[5], all[all.length - 1]];
  const topicOf = (id: string) => checklist.sections.find((s) => s.items.some((item) => item.id === id))!.topic;
  const chosenTopics = new Set(chosen.map((item) => topicOf(item.id)));
  const dialog = await openBuilder(page);
  await dialog.getByRole('button', { name: 'None of muscle cramps' }).click();
  for (const item of chosen) await dialog.getByRole('checkbox', { name: item.text }).check();
  await dialog.getByRole('checkbox', { name: 'Add the cramp diary page' }).uncheck();

  const file = await printToFile(page, 'handout-chosen-a4');
  const text = pdfText(file);
  for (const item of all) {
    if (chosen.includes(item)) expect(text, `"${item.text}" printed`).toContain(normalize(item.text));
    else expect(text, `"${item.text}" left out`).not.toContain(normalize(item.text));
  }
  // "When to get help" holds the registry's signs for the chosen items' topics, and only those.
  const shown = checklist.getHelp.filter((list) => chosenTopics.has(list.topic)).flatMap((list) => list.signs);
  for (const sign of shown) expect(text, sign.id).toContain(normalize(sign.text));
  const others = checklist.getHelp
    .filter((list) => !chosenTopics.has(list.topic))
    .flatMap((list) => list.signs)
    .filter((sign) => !shown.some((s) => s.id === sign.id));
  for (const sign of others) expect(text, sign.id).not.toContain(normalize(sign.text));
  expect(text).not.toContain(checklist.diary.title);
  // The help boxes for the chosen topics take several pages; the preview counts them as print does.
  expect(pdfPages(file)).toBe(await previewPages(page));
  // The signs are a boxed list: no box to tick beside any of them.
  const printView = page.locator('.print-view');
  await expect(printView.locator('.handout-help .box, .handout-help input')).toHaveCount(0);
  await expect(printView.locator('.handout-section .box')).toHaveCount(chosen.length);

  // The choice is remembered.
  await expect
    .poll(async () => (await app.backend.handlers.getPreferences(undefined)).handout.items)
    .toEqual(chosen.map((i) => i.id));
});

test.describe('the preview counts the pages that print', () => {
  // The preview's columns and the printer break pages each on their own: a heading and its line once moved to the
  // next page on paper but not in the preview, which then counted a page fewer than were printed.
  for (const paper of ['A4', 'Letter'] as const) {
    for (const textSize of ['Normal', 'Large'] as const) {
      test(`${paper}, ${textSize.toLowerCase()} print: the handout as it opens, then with strains and the longest notes`, async ({
        app,
        page,
      }) => {
        test.setTimeout(90_000);
        const strains = app.backend.content.checklist.sections.find((s) => s.topic === 'strains')!;
        const dialog = await openBuilder(page);
        await dialog.getByRole('radio', { name: new RegExp(`^${paper}`) }).check();
        await dialog.getByRole('radio', { name: new RegExp(`^${textSize}`) }).check();
        const plain = pdfPages(await printToFile(page, `handout-count-${paper}-${textSize}`));
        await expect.poll(() => previewPages(page)).toBe(plain);
        await dialog.getByRole('checkbox', { name: strains.items[0].text }).check();
        await dialog.getByRole('textbox', { name: 'Notes' }).fill(longestNotes());
        const full = pdfPages(await printToFile(page, `handout-count-${paper}-${textSize}-full`));
        expect(full).toBeGreaterThan(plain);
        await expect.poll(() => previewPages(page)).toBe(full);
      });
    }
  }
});

test('large print is measurably larger on paper than normal print', async ({ page }) => {
  const dialog = await openBuilder(page);
  const normal = await printToFile(page, 'handout-normal-a4');
  await dialog.getByRole('radio', { name: /Large/ }).check();
  const large = await printToFile(page, 'handout-large-a4');
  renderPages(normal);
  renderPages(large);
  // Word heights on the first page (without the footer): the body text's median height.
  const body = (file: string) => median(wordHeights(file).map((w) => w.height));
  const [n, l] = [body(normal), body(large)];
  // Glyph boxes are about 1.15 times the font size: 11 pt is about 12.7 pt high, 14 pt about 16.1 pt.
  expect(n / 1.15, `normal body text (${n.toFixed(2)} pt box)`).toBeGreaterThanOrEqual(10.8);
  expect(l / 1.15, `large body text (${l.toFixed(2)} pt box)`).toBeGreaterThanOrEqual(13.8);
  expect(l / n).toBeGreaterThan(1.2);
  expect(pdfPages(large)).toBeGreaterThan(pdfPages(normal));
  expect(await previewPages(page)).toBe(pdfPages(large));
});

test.describe('paper size', () => {
  for (const [locale, size] of [
    ['en-GB', 'A4'],
    ['en-US', 'Letter'],
    ['fr-CA', 'Letter'],
    ['es-MX', 'Letter'],
    ['de-DE', 'A4'],
  ] as const) {
    test.describe(locale, () => {
      test.use({ locale });
      test(`defaults to ${size}, for the print dialog, Save as PDF and the PDF itself`, async ({ app, page }) => {
        const dialog = await openBuilder(page);
        await expect(dialog.getByRole('radio', { name: new RegExp(`^${size}`) })).toBeChecked();
        await dialog.getByRole('button', { name: 'Save as PDF…' }).click();
        await expect
          .poll(() => app.backend.desktop.pdfRequests)
          .toEqual([{ pageSize: size, fileName: 'Self-care handout' }]);
        const file = await printToFile(page, `handout-${locale}`);
        const [width, height] = pdfPageSize(file);
        expect(Math.abs(width - PAPER_POINTS[size][0])).toBeLessThanOrEqual(2);
        expect(Math.abs(height - PAPER_POINTS[size][1])).toBeLessThanOrEqual(2);
      });
    });
  }

  test('a chosen size overrides the locale, prints at that size and is remembered', async ({ app, page }) => {
    const dialog = await openBuilder(page);
    await dialog.getByRole('radio', { name: /^Letter/ }).check();
    await dialog.getByRole('textbox', { name: 'Patient’s name' }).fill('Ana/Souza');
    await dialog.getByRole('button', { name: 'Print…' }).click();
    await expect.poll(() => app.backend.desktop.prints).toEqual([{ pageSize: 'Letter' }]);
    await dialog.getByRole('button', { name: 'Save as PDF…' }).click();
    await expect
      .poll(() => app.backend.desktop.pdfRequests)
      .toEqual([{ pageSize: 'Letter', fileName: 'Self-care handout for Ana/Souza' }]);
    const file = await printToFile(page, 'handout-letter-chosen');
    renderPages(file);
    expect(Math.round(pdfPageSize(file)[1])).toBeGreaterThanOrEqual(790);
    expect(Math.round(pdfPageSize(file)[1])).toBeLessThanOrEqual(794);
    await expect
      .poll(async () => (await app.backend.handlers.getPreferences(undefined)).handout.pageSize)
      .toBe('Letter');
  });
});

test('with topics, registry signs and drawings: lists by topic, "When to get help" boxed by urgency, drawings beside items', async ({
  app,
  page,
}) => {
  // The real checklist: sections with topics, items naming a drawing, one generated help list per topic.
  const checklist = app.backend.content.checklist;
  const firstOf = (topic: string) => checklist.sections.find((s) => s.topic === topic)!.items[0];
  const helpFor = (topic: string) => checklist.getHelp.find((h) => h.topic === topic)!.signs;
  const strain = firstOf('strains');
  const twitch = firstOf('twitches');
  const chosenSigns = new Map([...helpFor('cramps'), ...helpFor('strains')].map((sign) => [sign.id, sign]));
  const twitchOnly = helpFor('twitches').find((sign) => !chosenSigns.has(sign.id));
  const onBoth = helpFor('cramps').find((sign) => helpFor('strains').some((other) => other.id === sign.id));
  const drawn = checklist.sections
    .filter((s) => s.topic === 'cramps')
    .flatMap((s) => s.items)
    .find((item) => item.figure);
  expect(twitchOnly, 'a twitching sign that the cramps and strains lists do not carry').toBeDefined();
  expect(onBoth, 'a sign on both the cramps and the strains list').toBeDefined();
  expect(drawn, 'a cramps item with a drawing').toBeDefined();
  const withContact = [...chosenSigns.values()].filter((sign) => sign.contact);
  expect(withContact.length, 'a chosen sign that names whom to call').toBeGreaterThan(0);

  const dialog = await openBuilder(page);
  await dialog.getByRole('checkbox', { name: strain.text }).check();
  await expect(dialog.getByRole('checkbox', { name: twitch.text })).not.toBeChecked();
  await dialog.getByRole('checkbox', { name: 'Add the cramp diary page' }).uncheck();
  const file = await printToFile(page, 'handout-topics-signs-figures');
  renderPages(file);
  const text = normalize(pdfText(file));
  expect(text).toContain(normalize(strain.text));
  expect(text).not.toContain(normalize(twitch.text));
  // Boxes most urgent first, only the chosen topics' signs, a sign on two lists printed once.
  const order = ['Call an ambulance now', 'Get help today', 'See a doctor soon'].map((h) => text.indexOf(h));
  expect(order.every((at) => at >= 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
  expect(text.split(normalize(onBoth!.text)).length - 1).toBe(1);
  // pdftotext drops the hyphen of a word such as "near-fainting", "24-hour" or "out-of-hours" where it breaks across lines.
  const unhyphenated = (t: string) => normalize(t).replace(/([\p{L}\p{N}])-(\p{L})/gu, '$1$2');
  for (const sign of chosenSigns.values()) expect(unhyphenated(text)).toContain(unhyphenated(sign.text));
  expect(unhyphenated(text)).not.toContain(unhyphenated(twitchOnly!.text));
  // Each box says what to do in the on-screen words, and a sign's own contact is printed with it.
  for (const { action } of Object.values(URGENCY_TEXT)) expect(unhyphenated(text)).toContain(unhyphenated(action));
  for (const sign of withContact) expect(unhyphenated(text)).toContain(unhyphenated(sign.contact!));
  // Who it is for, the sign, why it matters and whom to call read as words apart ("chest pain. It can be").
  for (const sign of chosenSigns.values()) {
    const parts = [sign.who && `${sign.who}:`, sign.text, sign.why, sign.contact].filter(Boolean);
    expect(unhyphenated(text), sign.id).toContain(unhyphenated(parts.join(' ')));
  }
  const view = page.locator('.print-view');
  await expect(view.locator('.handout-help .box, .handout-help input')).toHaveCount(0);
  // The print view is hidden on screen, so it is found by its markup rather than its role.
  await expect(view.locator(`figure[role="img"][aria-label="${drawn!.figure!.alt}"] svg`)).toHaveCount(1);
});

test('the title says what the sheet covers, whichever topics are chosen', async ({ app, page }) => {
  const checklist = app.backend.content.checklist;
  const firstOf = (topic: string) => checklist.sections.find((s) => s.topic === topic)!.items[0].text;
  const title = page.locator('.print-view h1');
  const dialog = await openBuilder(page);
  // The first choice is every cramps item: the title names cramps only, not the checklist's three topics.
  await expect(title).toHaveText('Self-care: muscle cramps');
  await dialog.getByRole('button', { name: 'None of muscle cramps' }).click();
  await dialog.getByRole('checkbox', { name: firstOf('twitches') }).check();
  await expect(title).toHaveText('Self-care: muscle twitching');
  await expect(dialog.locator('.preview-flow h1')).toHaveText('Self-care: muscle twitching');
  await dialog.getByRole('checkbox', { name: firstOf('strains') }).check();
  const file = await printToFile(page, 'handout-title-twitches-strains');
  expect(pdfText(file, 1)).toContain('Self-care: muscle twitching, strains and pulled muscles');
  expect(pdfText(file, 1)).not.toMatch(/Self-care[^.]*cramps/);
});

test.describe('an American reader', () => {
  test.use({ locale: 'en-US' });
  test('the date on the handout is written as the app writes every date (day, month in words, year)', async ({
    page,
  }) => {
    const dialog = await openBuilder(page);
    await dialog.getByLabel('Date', { exact: true }).fill('2026-03-04');
    // Not 3/4/2026 (or 4/3/2026 elsewhere): the month in words reads the same everywhere, as "Reviewed" does.
    await expect(dialog.locator('.preview-flow .handout-fields')).toContainText('Date: 4 March 2026');
    const file = await printToFile(page, 'handout-date-en-us');
    expect(pdfText(file, 1)).toMatch(/Date: 4 March 2026\b/);
  });
});

test('every printed page type carries the same disclaimer: an article, the handout and its preview', async ({
  app,
  page,
}) => {
  const expected = normalize(DISCLAIMER);
  const footers = (file: string, bottomMm?: number) =>
    Array.from({ length: pdfPages(file) }, (_, i) => pdfFooter(file, i + 1, bottomMm).left);

  const dialog = await openBuilder(page);
  const preview = dialog.getByRole('region', { name: 'Preview of the printed pages' });
  for (const foot of await preview.locator('.preview-foot span:first-child').allTextContents()) {
    expect(normalize(foot)).toBe(expected);
  }
  const handout = await printToFile(page, 'handout-disclaimer');
  await dialog.getByRole('radio', { name: /Large/ }).check();
  const large = await printToFile(page, 'handout-disclaimer-large');
  await dialog.getByRole('button', { name: 'Close' }).click();

  const article = app.backend.content.articles.get('night-leg-cramps')!;
  await page.getByRole('combobox', { name: 'Search Spasm Guide' }).fill('night leg cramps');
  await page.keyboard.press('Enter');
  const reading = page.getByRole('region', { name: `Article: ${article.title}` });
  await reading.getByRole('button', { name: 'Print…' }).click();
  await expect(page.locator('.print-view h1')).toHaveText(article.title);
  const printed = await printToFile(page, 'article-disclaimer');

  for (const [name, texts] of [
    ['handout', footers(handout)],
    ['large-print handout', footers(large, 28)],
    ['article', footers(printed)],
  ] as const) {
    expect(texts.length, name).toBeGreaterThan(0);
    texts.forEach((text, i) => expect(text, `${name}, page ${i + 1}`).toBe(expected));
  }
});

test('large print has a larger footer on A4 and on Letter alike', async ({ page }) => {
  const dialog = await openBuilder(page);
  const pageNumberHeight = (file: string) =>
    median(
      wordHeights(file)
        .filter((w) => w.word === 'Page')
        .map((w) => w.height),
    );
  for (const size of ['A4', 'Letter'] as const) {
    await dialog.getByRole('radio', { name: new RegExp(`^${size}`) }).check();
    await dialog.getByRole('radio', { name: /Normal/ }).check();
    const normal = await printToFile(page, `handout-footer-normal-${size}`);
    await dialog.getByRole('radio', { name: /Large/ }).check();
    const large = await printToFile(page, `handout-footer-large-${size}`);
    expect(Math.abs(pdfPageSize(large)[1] - PAPER_POINTS[size][1]), size).toBeLessThanOrEqual(2);
    // 12 pt against 10 pt.
    expect(pageNumberHeight(large) / pageNumberHeight(normal), `${size} page number`).toBeGreaterThan(1.15);
    expect(pdfFooter(large, 1, 28).right, size).toBe(`Page 1 of ${pdfPages(large)}`);
  }
});

test('in a narrow window or at 200% zoom the preview sits below the choices at full width, not squeezed beside them', async ({
  page,
}) => {
  const dialog = await openBuilder(page);
  // 900x650 at 200% zoom is a CSS viewport of 450x325.
  await page.setViewportSize({ width: 450, height: 325 });
  const preview = dialog.getByRole('region', { name: 'Preview of the printed pages' });
  await preview.scrollIntoViewIfNeeded();
  const box = await preview.boundingBox();
  const dialogBox = await dialog.boundingBox();
  expect(box && dialogBox).toBeTruthy();
  expect(box!.width).toBeGreaterThan(0.8 * dialogBox!.width);
  expect(box!.height).toBeGreaterThan(150);
  const choices = await dialog.getByText('What goes on paper').boundingBox();
  expect(choices).toBeTruthy();
  expect(box!.y).toBeGreaterThan(choices!.y);
});
