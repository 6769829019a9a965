/**
 * Articles on paper: the pane's Print… and Save as PDF…, Ctrl+P for the active pane, and real PDFs from
 * Chromium read back with poppler: title, summary, dates, the doctor box, sources with full addresses, the
 * disclaimer and "Page X of Y" on every page, no app chrome, and drawings printed as vector paths.
 */
import type { Page } from '@playwright/test';
import type { SpasmApi } from '../../../src/shared/api';
import { DISCLAIMER } from '../../../src/shared/disclaimer';
import { expect, searchBox, test } from './fixtures';
import {
  normalize,
  PAPER_POINTS,
  pathOperators,
  pdfFooter,
  pdfPages,
  pdfPageSize,
  pdfText,
  printToFile,
  renderPages,
} from './pdf';

test.use({ locale: 'en-GB' });

async function openArticle(page: Page, id: string, beside = false) {
  await searchBox(page).fill(id.replace(/-/g, ' '));
  await page.keyboard.press(beside ? 'Control+Enter' : 'Enter');
}

const pane = (page: Page, title: string) => page.getByRole('region', { name: new RegExp(`Article: ${title}$`) });

test('an article prints with its sources, dates, doctor box and a footer on every page, and nothing else', async ({
  app,
  page,
}) => {
  const article = app.backend.content.articles.get('night-leg-cramps')!;
  await openArticle(page, article.id);
  const reading = page.getByRole('region', { name: /Article: / });
  await expect(reading.getByRole('heading', { level: 1 })).toHaveText(article.title);
  await reading.getByRole('button', { name: 'Print…' }).click();
  await expect.poll(() => app.backend.desktop.prints).toEqual([{ pageSize: 'A4' }]);
  await reading.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect.poll(() => app.backend.desktop.pdfRequests).toEqual([{ pageSize: 'A4', fileName: article.title }]);

  const file = await printToFile(page, 'article-night-leg-cramps-a4');
  renderPages(file);
  const pages = pdfPages(file);
  expect(pages).toBeGreaterThanOrEqual(2);
  const text = pdfText(file);
  expect(pdfText(file, 1)).toContain(article.title);
  expect(text).toContain(normalize(article.summary));
  expect(text).toMatch(/Reviewed \d+ \w+ \d{4} · Next review due \d+ \w+ \d{4}/);
  expect(text).toContain('When to see a doctor');
  for (const section of article.sections) expect(text).toContain(normalize(section.title));
  // Full source addresses (a long one may wrap, so compare without spaces).
  // pdftotext also drops a hyphen where a long address broke across lines, so hyphens are ignored too.
  const joined = text.replace(/[\s-]/g, '');
  for (const source of article.sources) expect(joined, source.url).toContain(source.url.replace(/-/g, ''));
  for (let p = 1; p <= pages; p++) {
    const footer = pdfFooter(file, p);
    expect(footer.right).toBe(`Page ${p} of ${pages}`);
    expect(footer.left, `disclaimer on page ${p}`).toBe(normalize(DISCLAIMER));
  }
  for (const chrome of ['On this page', 'Related articles', 'Search Spasm Guide', 'These links open', 'Find in']) {
    expect(text, `no "${chrome}" on paper`).not.toContain(chrome);
  }
  // The doctor section is printed, and its urgency boxes in full: the last sign is on paper (three boxes of
  // signs can run onto the next page).
  const doctorPage = Array.from({ length: pages }, (_, i) => pdfText(file, i + 1)).findIndex((t) =>
    t.includes('When to see a doctor'),
  );
  const box = await page.locator('.print-view section.see-doctor li').last().textContent();
  expect(doctorPage).toBeGreaterThanOrEqual(0);
  expect(pdfText(file)).toContain(normalize(box ?? '').slice(-30));
});

test('Ctrl+P prints the active pane, and Letter when the paper is set to Letter', async ({ app, page }) => {
  const left = app.backend.content.articles.get('night-leg-cramps')!;
  const right = app.backend.content.articles.get('heat-or-ice')!;
  await openArticle(page, left.id);
  await expect(pane(page, left.title)).toBeVisible();
  await openArticle(page, right.id, true);
  await expect(page.getByRole('region', { name: /Right article/ })).toBeVisible();

  await page
    .getByRole('region', { name: /Left article/ })
    .getByRole('heading', { level: 1 })
    .click();
  await page.keyboard.press('Control+p');
  await expect.poll(() => app.backend.desktop.prints).toHaveLength(1);
  const leftPdf = await printToFile(page, 'article-active-left');
  expect(pdfText(leftPdf, 1)).toContain(left.title);
  expect(pdfText(leftPdf)).not.toContain(normalize(right.summary));

  await page
    .getByRole('region', { name: /Right article/ })
    .getByRole('heading', { level: 1 })
    .click();
  await app.command('print');
  await expect.poll(() => app.backend.desktop.prints).toHaveLength(2);
  const rightPdf = await printToFile(page, 'article-active-right');
  expect(pdfText(rightPdf, 1)).toContain(right.title);

  // The paper size is the handout's setting, shared by every print.
  await app.command('print-handout');
  await page
    .getByRole('dialog', { name: 'Handout' })
    .getByRole('radio', { name: /^Letter/ })
    .check();
  await page.keyboard.press('Escape');
  await app.command('print');
  await expect.poll(() => app.backend.desktop.prints.at(-1)).toEqual({ pageSize: 'Letter' });
  const letter = await printToFile(page, 'article-letter');
  renderPages(letter);
  const [width, height] = pdfPageSize(letter);
  expect(Math.abs(width - PAPER_POINTS.Letter[0])).toBeLessThanOrEqual(2);
  expect(Math.abs(height - PAPER_POINTS.Letter[1])).toBeLessThanOrEqual(2);
});

test('an illustrated article prints its drawings as vector paths', async ({ app, page }) => {
  const article = app.backend.content.articles.get('stretches-for-cramps')!;
  const drawings = article.html.match(/<figure\b/g)?.length ?? 0;
  expect(drawings, 'the stretches article shows its drawings').toBeGreaterThanOrEqual(3);
  await openArticle(page, 'stretches-for-cramps');
  await expect(page.locator('.article figure svg').first()).toBeVisible();
  await page.keyboard.press('Control+p');
  await expect(page.locator('.print-view figure svg')).toHaveCount(drawings);
  const illustrated = await printToFile(page, 'article-stretches-illustrated');
  renderPages(illustrated);
  const caption = (await page.locator('.print-view figure figcaption').first().textContent())?.trim() ?? '';
  expect(caption.length).toBeGreaterThan(10);
  expect(normalize(pdfText(illustrated))).toContain(normalize(caption).slice(0, 40));

  // The same article without its drawings: the difference in path operators is the drawings, on paper.
  await page.addInitScript(() => {
    const bridge = globalThis as unknown as { spasm: SpasmApi };
    const real = bridge.spasm;
    bridge.spasm = {
      ...real,
      getArticle: async (request) => {
        const result = await real.getArticle(request);
        if (result.ok) result.value.html = result.value.html.replace(/<figure\b[\s\S]*?<\/figure>/g, '');
        return result;
      },
    };
  });
  await page.reload();
  await openArticle(page, 'stretches-for-cramps');
  await page.keyboard.press('Control+p');
  await expect(page.locator('.print-view figure svg')).toHaveCount(0);
  const plain = await printToFile(page, 'article-stretches-plain');
  // Each drawing is made of several strokes and shapes, each at least a moveto and a lineto or curve.
  expect(pathOperators(illustrated) - pathOperators(plain)).toBeGreaterThanOrEqual(drawings * 10);
});
