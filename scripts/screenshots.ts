/**
 * `npm run screenshots`: drives the built renderer (run `npm run build` first) in Chromium through the
 * test harness, with the real handlers and content, and writes PNGs of the views a reader would want to see,
 * light and dark, and of a printed article and handout (real A4 PDFs rendered by poppler's pdftoppm), to
 * docs/screenshots/. Names given on the command line (`npm run screenshots -- tabs-900x650 print`) make only
 * those views ("print" for the printed pages).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { openBackend } from '../tests/e2e/backend';
import { chromiumExecutable, CHROMIUM_ARGS } from '../tests/e2e/browser';
import { openApp } from '../tests/e2e/harness';

const OUT = join(import.meta.dirname, '../docs/screenshots');
const LAPTOP = { width: 1280, height: 800 };

interface View {
  name: string;
  viewport?: { width: number; height: number };
  /** 2 shows the window as at 200% zoom: the CSS viewport stays as given, the picture is twice as large. */
  scale?: number;
  /** Brings the freshly opened app to the view. */
  setUp(page: Page): Promise<void>;
}

const search = (page: Page) => page.getByRole('combobox', { name: 'Search Spasm Guide' });
const titles = (page: Page) => page.locator('[data-pane-index] h1');

async function open(page: Page, query: string, beside = false) {
  const before = await titles(page).count();
  await search(page).fill(query);
  await page.locator('#search-results [role=option]').first().waitFor();
  await page.keyboard.press(beside ? 'Control+Enter' : 'Enter');
  await titles(page)
    .nth(beside ? before : 0)
    .waitFor();
}

/** Scrolls the article's own scroller (not the window) so that `selector` sits near its top. */
async function scrollTo(page: Page, selector: string) {
  const target = page.locator(`[data-pane-index] ${selector}`).first();
  await target.waitFor();
  await target.evaluate((element) => {
    const scroller = element.closest('.scroll');
    if (!scroller) throw new Error('the article has no scroller');
    const offset = element.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
    scroller.scrollTop += offset - 16;
  });
}

async function closeChecklist(page: Page) {
  const toggle = page.getByRole('button', { name: 'Checklist', exact: true });
  if ((await toggle.getAttribute('aria-expanded')) === 'true') await toggle.click();
}

async function openHandoutBuilder(page: Page) {
  await page.getByRole('button', { name: 'Print a handout…' }).click();
  const builder = page.getByRole('dialog', { name: 'Handout' });
  await builder.getByRole('textbox', { name: 'Patient’s name' }).fill('Ana Souza');
  await builder.getByRole('textbox', { name: 'Clinician' }).fill('Dr J. Okafor');
  await builder.getByRole('textbox', { name: 'Clinic', exact: true }).fill('Riverside Physiotherapy');
  await builder.getByRole('textbox', { name: 'Notes' }).fill(NOTES);
  return builder;
}

const NOTES =
  'Calf cramps most nights for three weeks, left more than right.\nStretch both calves before bed for the next two weeks and note each cramp in the diary.\nBring the diary to your review.';

const VIEWS: View[] = [
  {
    name: 'start-and-browse',
    setUp: async (page) => void (await page.getByRole('navigation', { name: /All \d+ articles/ }).waitFor()),
  },
  {
    name: 'search-results',
    setUp: async (page) => {
      await search(page).fill('calf cramp at night');
      await page.locator('#search-results mark').first().waitFor();
    },
  },
  {
    // Belly and period "cramps" are not muscle cramps: search sends them to the page that says so.
    name: 'search-scope-page',
    setUp: async (page) => {
      await search(page).fill('period cramps');
      await page.getByRole('option', { name: /Stomach, period and other belly cramps/ }).waitFor();
    },
  },
  {
    name: 'article-right-now',
    setUp: async (page) => {
      await open(page, 'night leg cramps');
    },
  },
  {
    name: 'article-urgency-boxes',
    // Tall enough for all three boxes.
    viewport: { width: 1280, height: 1200 },
    setUp: async (page) => {
      await closeChecklist(page);
      await open(page, 'calf strain');
      await scrollTo(page, '.urgency-boxes');
    },
  },
  {
    name: 'illustrated-article',
    setUp: async (page) => {
      await closeChecklist(page);
      await open(page, 'stretches for cramps');
      await scrollTo(page, '.figure');
    },
  },
  {
    name: 'two-articles-side-by-side',
    setUp: async (page) => {
      await open(page, 'night leg cramps');
      await search(page).focus();
      await open(page, 'heat or ice', true);
    },
  },
  {
    name: 'tabs-900x650',
    viewport: { width: 900, height: 650 },
    setUp: async (page) => {
      await open(page, 'night leg cramps');
      await search(page).focus();
      await open(page, 'eyelid twitching', true);
      await page.getByRole('tablist', { name: 'Open articles' }).waitFor();
    },
  },
  {
    name: 'small-window-200-percent-zoom',
    viewport: { width: 450, height: 325 },
    scale: 2,
    setUp: async (page) => open(page, 'stopping a cramp'),
  },
  {
    name: 'warning-signs',
    setUp: async (page) => {
      await closeChecklist(page);
      await open(page, 'warning signs red flags');
      await scrollTo(page, 'section.see-doctor');
    },
  },
  {
    name: 'handout-builder',
    setUp: async (page) => void (await openHandoutBuilder(page)),
  },
];

/** Printed pages: real A4 PDFs from Chromium (as Save as PDF makes them), rendered by poppler's pdftoppm. */
async function printedPages(browser: Browser, written: string[]) {
  const printed = async (name: string, pages: number[], setUp: (page: Page) => Promise<void>) => {
    const page = await browser.newPage({ locale: 'en-GB' });
    await openApp(page);
    await setUp(page);
    await page.emulateMedia({ media: 'print' });
    const pdf = join(tmpdir(), `spasm-guide-${name}-${process.pid}.pdf`);
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    for (const n of pages) {
      const file = join(OUT, `${name}-${n}`);
      execFileSync('pdftoppm', ['-png', '-r', '70', '-f', String(n), '-l', String(n), '-singlefile', pdf, file]);
      written.push(`${file}.png`);
    }
    rmSync(pdf);
    await page.close();
  };
  await printed('print-article-a4', [1, 2], async (page) => {
    await open(page, 'stretches for cramps');
    await page.keyboard.press('Control+p');
    await page.locator('.print-view h1').waitFor({ state: 'attached' });
  });
  await printed('print-handout-a4', [1, 2], async (page) => {
    const builder = await openHandoutBuilder(page);
    await builder.getByRole('button', { name: 'Print…' }).click();
    await page.locator('.print-view').waitFor({ state: 'attached' });
  });
}

const wanted = process.argv.slice(2);
const chosen = (name: string) => wanted.length === 0 || wanted.includes(name);

async function main() {
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  const written: string[] = [];
  try {
    for (const theme of ['light', 'dark'] as const) {
      for (const view of VIEWS.filter((v) => chosen(v.name))) {
        const userData = mkdtempSync(join(tmpdir(), 'spasm-guide-shots-'));
        const page = await browser.newPage({
          viewport: view.viewport ?? LAPTOP,
          deviceScaleFactor: view.scale ?? 1,
          colorScheme: theme,
          locale: 'en-GB',
        });
        const app = await openApp(page, await openBackend(userData));
        await view.setUp(page);
        await page.mouse.move(0, 0);
        // Let the last answer paint and the scroll settle.
        await page.waitForTimeout(200);
        const file = join(OUT, `${view.name}-${theme}.png`);
        await page.screenshot({ path: file });
        if (app.offlineRequests.length) throw new Error(`network requests: ${app.offlineRequests.join(', ')}`);
        // A screenshot with an error or a notice on it would show a broken app, not the view.
        const problems = await page.locator('.notices, [role=alert]').allInnerTexts();
        if (problems.length) throw new Error(`${view.name} (${theme}) shows: ${problems.join(' | ')}`);
        written.push(file);
        await page.close();
        // The page's last settings write may still be landing: retry instead of failing on a directory not yet empty.
        rmSync(userData, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
      }
    }
    if (chosen('print')) await printedPages(browser, written);
  } finally {
    await browser.close();
  }
  for (const file of written) console.log(file.slice(OUT.length - 'docs/screenshots'.length));
}

await main();
