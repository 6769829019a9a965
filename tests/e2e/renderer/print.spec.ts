/**
 * The printed checklist, rendered to real PDFs by Chromium at A4 and US Letter: exactly two pages (the
 * checklist, then the diary), every item on page one, the disclaimer at the foot, and none of the app chrome.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';

const OUT = join(import.meta.dirname, '../../../test-results/print');
const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();
const pdfText = (file: string, page: number) =>
  normalize(execFileSync('pdftotext', ['-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' }));
const pdfPages = (file: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);

/** Words that appear only in the app's screen interface. */
const CHROME = [
  'Search Spasm Guide',
  'Suggested topics',
  'Skip to',
  'Save as PDF',
  'Print…',
  'Clear…',
  'About Spasm Guide',
  'On this page',
  'Open beside',
];

for (const format of ['A4', 'Letter'] as const) {
  test(`the checklist prints on one ${format} page and the diary on a second`, async ({ app, page }) => {
    const checklist = app.backend.content.checklist;
    const items = checklist.sections.flatMap((s) => s.items);
    const panel = page.getByRole('region', { name: 'Self-care checklist' });
    await panel.getByRole('checkbox', { name: items[0].text }).check();
    await panel.getByRole('textbox', { name: 'Name' }).fill('Ada Lovelace');
    // Print with an article open, so the test shows that its text stays off the paper.
    await page
      .getByRole('navigation', { name: /^All \d+ articles$/ })
      .getByRole('link')
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    await page.emulateMedia({ media: 'print' });
    mkdirSync(OUT, { recursive: true });
    const file = join(OUT, `checklist-${format}.pdf`);
    writeFileSync(file, await page.pdf({ format, printBackground: true }));

    expect(pdfPages(file)).toBe(2);
    const first = pdfText(file, 1);
    const second = pdfText(file, 2);
    expect(first).toContain(normalize(checklist.title));
    for (const item of items) expect(first, `page 1 lists "${item.text}"`).toContain(normalize(item.text));
    for (const section of checklist.sections) expect(first).toContain(section.title);
    expect(first).toContain('Ada Lovelace');
    expect(first).toContain('✓');
    expect(first).toContain(normalize(checklist.disclaimer));
    expect(first).toMatch(/→ \S/);

    expect(second).toContain(checklist.diary.title);
    for (const column of checklist.diary.columns) expect(second).toContain(column);
    expect(second).toContain(normalize(checklist.disclaimer));

    const article = app.backend.content.articles.get(app.backend.content.search.search('', 1).hits[0].id);
    for (const text of [...CHROME, article?.summary ?? '(none)']) {
      expect(`${first} ${second}`, `no "${text}" on paper`).not.toContain(normalize(text));
    }
  });
}
