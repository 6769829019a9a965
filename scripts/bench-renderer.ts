/**
 * `npm run bench:renderer`: how fast the built renderer feels, measured in Chromium through the test
 * harness with the real handlers and content (run `npm run build` first). Prints numbers, not pass/fail.
 *
 * - keystroke to results painted: from the keydown event's timestamp to the first frame after the results
 *   for that keystroke are in the DOM (a requestAnimationFrame followed by a task), for every keystroke of
 *   typing a set of real queries. This includes waiting for the next frame (up to 16.7 ms at 60 Hz), so
 *   the time until the results are in the DOM is printed too, with the bare request round trip.
 * - first article visible: from navigation start of a launch that opens an article to the first frame
 *   after its title is in the DOM.
 * - renderer JavaScript and CSS, gzipped.
 *
 * The harness carries each request over Playwright's page.exposeFunction (a DevTools round trip), which is
 * slower than Electron's IPC, so the latencies here are an upper bound for the desktop app.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import type { SpasmApi } from '../src/shared/api';
import { chromiumExecutable, CHROMIUM_ARGS } from '../tests/e2e/browser';
import { APP_ORIGIN, openApp } from '../tests/e2e/harness';

const QUERIES = [
  'night leg cramps',
  'eyelid twitching',
  'hamstring strain',
  'magnesium',
  'heat or ice',
  'cramp in pregnancy',
  'back spasm',
  'quinine',
  'stretches for calf',
  'muscle twitch anxiety',
];
const LAUNCHES = 15;
const ASSETS = join(import.meta.dirname, '../out/renderer/assets');

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

/**
 * Installed before the app loads: records keystroke-to-paint samples and when the first article painted.
 * Plain JavaScript text, so the TypeScript runner's helpers never end up in the page.
 */
const INSTRUMENT = `
  const bench = { samples: [], inDom: [], articlePainted: null };
  globalThis.__bench = bench;
  const afterPaint = (done) => requestAnimationFrame(() => setTimeout(done, 0));
  let keyAt = null;
  document.addEventListener('keydown', (event) => { keyAt = event.timeStamp; }, true);
  new MutationObserver(() => {
    const list = document.getElementById('search-results');
    const box = document.getElementById('search-input');
    if (keyAt !== null && list && box && list.dataset.query === box.value) {
      const started = keyAt;
      keyAt = null;
      bench.inDom.push(performance.now() - started);
      afterPaint(() => bench.samples.push(performance.now() - started));
    }
    if (bench.articlePainted === null && document.querySelector('article h1')) {
      bench.articlePainted = -1;
      afterPaint(() => { bench.articlePainted = performance.now(); });
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-query'] });
`;

async function typingLatencies(page: Page): Promise<number[]> {
  const box = page.getByRole('combobox', { name: 'Search Spasm Guide' });
  const count = () =>
    page.evaluate(() => (globalThis as unknown as { __bench: { samples: number[] } }).__bench.samples.length);
  for (const query of QUERIES) {
    await box.fill('');
    await page.waitForFunction(
      () =>
        (
          globalThis as unknown as { document: { getElementById(id: string): { dataset: { query?: string } } | null } }
        ).document.getElementById('search-results')?.dataset.query === '',
    );
    for (const key of query) {
      const before = await count();
      await page.keyboard.type(key);
      await page.waitForFunction(
        (n) => (globalThis as unknown as { __bench: { samples: number[] } }).__bench.samples.length > n,
        before,
      );
    }
  }
  return page.evaluate(() => (globalThis as unknown as { __bench: { samples: number[] } }).__bench.samples);
}

/** The same searches called straight through window.spasm, without rendering: the transport's share. */
async function requestRoundTrips(page: Page): Promise<number[]> {
  const prefixes = QUERIES.flatMap((q) => [...q].map((_, i) => q.slice(0, i + 1)));
  return page.evaluate(async (queries) => {
    const api = (globalThis as unknown as { spasm: SpasmApi }).spasm;
    const times: number[] = [];
    for (const query of queries) {
      const started = performance.now();
      await api.search({ query });
      times.push(performance.now() - started);
    }
    return times;
  }, prefixes);
}

async function firstArticleTimes(page: Page): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < LAUNCHES; i++) {
    await page.goto(`${APP_ORIGIN}/index.html?launch=${i}#/article/night-leg-cramps`);
    const painted = await page.waitForFunction(() => {
      const at = (globalThis as unknown as { __bench: { articlePainted: number | null } }).__bench.articlePainted;
      return at !== null && at > 0 ? at : null;
    });
    times.push((await painted.jsonValue()) as number);
  }
  return times;
}

function bundleSizes() {
  const files = readdirSync(ASSETS);
  const size = (ext: string) =>
    files
      .filter((f) => f.endsWith(ext))
      .reduce(
        (total, f) => {
          const bytes = readFileSync(join(ASSETS, f));
          return { raw: total.raw + bytes.length, gzip: total.gzip + gzipSync(bytes, { level: 9 }).length };
        },
        { raw: 0, gzip: 0 },
      );
  return { js: size('.js'), css: size('.css') };
}

async function main() {
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.addInitScript({ content: INSTRUMENT });
    const app = await openApp(page);
    await page.locator('#search-results [role=option]').first().waitFor();
    // Warm up once (first searches compile code paths), then measure.
    await typingLatencies(page);
    await page.evaluate(() => {
      const bench = (globalThis as unknown as { __bench: { samples: number[]; inDom: number[] } }).__bench;
      bench.samples = [];
      bench.inDom = [];
    });
    const typing = await typingLatencies(page);
    const inDom = await page.evaluate(() => (globalThis as unknown as { __bench: { inDom: number[] } }).__bench.inDom);
    const roundTrips = await requestRoundTrips(page);
    const launches = await firstArticleTimes(page);
    if (app.offlineRequests.length) throw new Error(`network requests: ${app.offlineRequests.join(', ')}`);

    const { js, css } = bundleSizes();
    console.log(`Renderer benchmark (Chromium ${browser.version()}, harness transport)`);
    console.log(
      `  keystroke to results painted: p50 ${ms(percentile(typing, 50))}, p95 ${ms(percentile(typing, 95))}, ` +
        `max ${ms(Math.max(...typing))} over ${typing.length} keystrokes`,
    );
    console.log(
      `    results in the DOM (before waiting for the next frame): p50 ${ms(percentile(inDom, 50))}, ` +
        `p95 ${ms(percentile(inDom, 95))}`,
    );
    console.log(
      `    of which the search request's round trip alone: p50 ${ms(percentile(roundTrips, 50))}, ` +
        `p95 ${ms(percentile(roundTrips, 95))}`,
    );
    console.log(
      `  first article visible after launch: p50 ${ms(percentile(launches, 50))}, p95 ${ms(percentile(launches, 95))} ` +
        `over ${launches.length} launches`,
    );
    console.log(`  renderer JS: ${(js.gzip / 1024).toFixed(1)} KB gzipped (${(js.raw / 1024).toFixed(1)} KB raw)`);
    console.log(`  renderer CSS: ${(css.gzip / 1024).toFixed(1)} KB gzipped (${(css.raw / 1024).toFixed(1)} KB raw)`);
  } finally {
    await browser.close();
  }
}

await main();
