/**
 * `npm run screenshots`: drives the built renderer (run `npm run build` first) in Chromium through the
 * test harness, with the real handlers and content, and writes PNGs of the main views, light and dark, and of
 * a printed article and handout, to docs/screenshots/.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { openBackend } from '../tests/e2e/backend';
import { chromiumExecutable, CHROMIUM_ARGS } from '../tests/e2e/browser';
import { openApp } from '../tests/e2e/harness';

const OUT = join(import.meta.dirname, '../docs/screenshots');
const WIDE = { width: 1440, height: 900 };

interface View {
  name: string;
  viewport?: { width: number; height: number };
  /** Brings the freshly opened app to the view. */
  setUp(page: Page): Promise<void>;
}

const search = (page: Page) => page.getByRole('combobox', { name: 'Search Spasm Guide' });

async function open(page: Page, query: string, beside = false) {
  await search(page).fill(query);
  await page.keyboard.press(beside ? 'Control+Enter' : 'Enter');
  await page.getByRole('heading', { level: 1 }).last().waitFor();
}

async function tick(page: Page, count: number) {
  const boxes = page.getByRole('region', { name: 'Self-care checklist' }).getByRole('checkbox');
  for (let i = 0; i < count; i++) await boxes.nth(i * 3).check();
}

const NOTES =
  'Calf cramps most nights for three weeks, left more than right.\nStretch both calves before bed for the next two weeks and note each cramp in the diary.\nBring the diary to your review.';

const VIEWS: View[] = [
  {
    name: 'start',
    setUp: async (page) => void (await page.locator('#search-results [role=option]').first().waitFor()),
  },
  {
    name: 'search-results',
    setUp: async (page) => {
      await search(page).fill('calf cramp at night');
      await page.locator('#search-results mark').first().waitFor();
    },
  },
  {
    name: 'article',
    setUp: async (page) => {
      await page.getByRole('button', { name: 'Checklist', exact: true }).click();
      await open(page, 'night leg cramps');
      await page.getByRole('link', { name: 'What you can do' }).first().click();
    },
  },
  {
    name: 'two-articles-and-checklist',
    viewport: { width: 1680, height: 960 },
    setUp: async (page) => {
      await open(page, 'night leg cramps');
      await search(page).focus();
      await open(page, 'heat or ice', true);
      await tick(page, 4);
    },
  },
  {
    name: 'doctor-callout',
    setUp: async (page) => {
      await page.getByRole('button', { name: 'Checklist', exact: true }).click();
      await open(page, 'calf strain');
      await page.getByRole('link', { name: 'When to see a doctor' }).first().click();
    },
  },
  {
    name: 'handout-builder',
    viewport: { width: 1440, height: 960 },
    setUp: async (page) => {
      await page.getByRole('button', { name: 'Print a handout…' }).click();
      const builder = page.getByRole('dialog', { name: 'Handout' });
      await builder.getByRole('textbox', { name: 'Patient’s name' }).fill('Ana Souza');
      await builder.getByRole('textbox', { name: 'Clinician' }).fill('Dr J. Okafor');
      await builder.getByRole('textbox', { name: 'Clinic', exact: true }).fill('Riverside Physiotherapy');
      await builder.getByRole('textbox', { name: 'Notes' }).fill(NOTES);
    },
  },
  {
    name: 'small-window-200-percent-zoom',
    viewport: { width: 640, height: 400 },
    setUp: async (page) => open(page, 'eyelid twitching'),
  },
];

async function main() {
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  const written: string[] = [];
  try {
    for (const theme of ['light', 'dark'] as const) {
      for (const view of VIEWS) {
        const userData = mkdtempSync(join(tmpdir(), 'spasm-guide-shots-'));
        const page = await browser.newPage({ viewport: view.viewport ?? WIDE, colorScheme: theme });
        const app = await openApp(page, await openBackend(userData));
        await view.setUp(page);
        await page.mouse.move(0, 0);
        // Let the last answer paint and the find/scroll settle.
        await page.waitForTimeout(150);
        const file = join(OUT, `${view.name}-${theme}.png`);
        await page.screenshot({ path: file });
        if (app.offlineRequests.length) throw new Error(`network requests: ${app.offlineRequests.join(', ')}`);
        written.push(file);
        await page.close();
        rmSync(userData, { recursive: true, force: true });
      }
    }
    // Printed pages: real A4 PDFs from Chromium (as Save as PDF makes them), rendered by poppler's pdftoppm.
    const printed = async (name: string, setUp: (page: Page) => Promise<void>) => {
      const page = await browser.newPage({ locale: 'en-GB' });
      await openApp(page);
      await setUp(page);
      await page.emulateMedia({ media: 'print' });
      const pdf = join(tmpdir(), `spasm-guide-${name}-${process.pid}.pdf`);
      writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '2', pdf, join(OUT, name)]);
      rmSync(pdf);
      await page.close();
      written.push(join(OUT, `${name}-1.png`), join(OUT, `${name}-2.png`));
    };
    await printed('print-article-a4', async (page) => {
      await open(page, 'stretches for cramps');
      await page.keyboard.press('Control+p');
    });
    await printed('print-handout-a4', async (page) => {
      await page.getByRole('button', { name: 'Print a handout…' }).click();
      const builder = page.getByRole('dialog', { name: 'Handout' });
      await builder.getByRole('textbox', { name: 'Patient’s name' }).fill('Ana Souza');
      await builder.getByRole('textbox', { name: 'Notes' }).fill(NOTES);
      await builder.getByRole('button', { name: 'Print…' }).click();
    });
  } finally {
    await browser.close();
  }
  for (const file of written) console.log(file.slice(OUT.length - 'docs/screenshots'.length));
}

await main();
