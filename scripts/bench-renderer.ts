/**
 * `npm run bench:renderer`: how fast the built renderer feels, measured in Chromium through the test
 * harness with the real handlers and content (run `npm run build` first). Prints numbers, not pass/fail.
 * What each number means, and why it is measured this way, is in docs/renderer-benchmark.md.
 *
 * - keystroke to results painted: from the keydown event's timestamp to the end of the first frame that
 *   shows the results for that keystroke (the frame after they are in the DOM: a requestAnimationFrame
 *   callback, then a task after that frame's rendering), for every keystroke of typing a set of real
 *   queries. Keys are pressed after a human-like pause that is independent of the frame clock, and
 *   nothing in the page runs per frame while waiting, so no keystroke is lined up to just miss a frame.
 * - results in the DOM: the same keystrokes, up to the moment the results are in the DOM.
 * - the search request's round trip through the harness, and the handler's own time in Node: the
 *   difference is the harness's transport (Playwright's page.exposeFunction, a DevTools round trip that is
 *   slower than Electron's IPC), so the latencies above are an upper bound for the desktop app.
 * - first article visible: from navigation start of a launch that opens an article to the first frame
 *   after its title is in the DOM.
 * - renderer JavaScript and CSS, gzipped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import type { SpasmApi } from '../src/shared/api';
import { CHANNELS } from '../src/shared/channels';
import type { Backend } from '../tests/e2e/backend';
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
const PREFIXES = QUERIES.flatMap((q) => [...q].map((_, i) => q.slice(0, i + 1)));
const LAUNCHES = 15;
/** Pause before each key, as between a person's keystrokes; spread over several frames so its phase is random. */
const PAUSE_MS = [50, 150];
/** One frame at 60 Hz, the rate headless Chromium draws at. */
const FRAME_MS = 1000 / 60;
const ASSETS = join(import.meta.dirname, '../out/renderer/assets');

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const spread = (values: number[]) => `p50 ${ms(percentile(values, 50))}, p95 ${ms(percentile(values, 95))}`;

/** A fixed pseudo-random sequence of pauses (the same on every run). */
function pauses(seed = 1): () => number {
  let state = seed;
  return () => {
    state = (state * 48271) % 2147483647;
    return PAUSE_MS[0] + (state / 2147483647) * (PAUSE_MS[1] - PAUSE_MS[0]);
  };
}

interface Bench {
  painted: number[];
  inDom: number[];
  /** Keystroke to the search request leaving the page (the browser's and the app's input handling). */
  sent: number[];
  /** Frames between the keystroke's first frame and the one showing its results (0: the same frame). */
  framesLate: number[];
  /** Keystroke to the search answer reaching the page (input handling, transport and the handler). */
  answered: number[];
  articlePainted: number | null;
  /** Resolves once more than `count` keystrokes have painted their results. */
  painting(count: number): Promise<void>;
}
/** The page's globals this script reads (its own types have no DOM). */
type Paged = {
  __bench: Bench;
  document: { getElementById(id: string): { dataset: { query?: string } } | null };
  Event: new (type: string, init: { bubbles: boolean }) => unknown;
};

/**
 * Installed before the app loads: records keystroke-to-paint samples and when the first article painted.
 * Plain JavaScript text, so the TypeScript runner's helpers never end up in the page. The observers watch
 * only what they need (the listbox's data-query attribute; the article title only on launches that open
 * one), so the measuring adds no work per rendered row.
 */
const INSTRUMENT = `
  const FRAME_MS = ${FRAME_MS};
  const waiters = [];
  const bench = {
    painted: [],
    inDom: [],
    sent: [],
    answered: [],
    framesLate: [],
    articlePainted: null,
    painting: (count) => new Promise((resolve) => {
      const check = () => (bench.painted.length > count ? resolve() : waiters.push(check));
      check();
    }),
  };
  globalThis.__bench = bench;
  // The end of the next frame: its requestAnimationFrame callbacks run before its style, layout and paint,
  // and a task queued from there runs after them.
  const afterFrame = (done) => requestAnimationFrame((frame) => setTimeout(() => done(frame), 0));
  let keyAt = null;
  let sentAt = null;
  let answeredAt = null;
  // The first frame after a keystroke (the one that shows the typed letter, which asks for it anyway).
  let firstFrame = null;
  document.addEventListener('keydown', (event) => {
    keyAt = event.timeStamp;
    sentAt = answeredAt = firstFrame = null;
    requestAnimationFrame((frame) => { firstFrame = frame; });
  }, true);
  // When each search answer reaches the page (wrapped once both init scripts have run, before the app starts).
  document.addEventListener('readystatechange', () => {
    const api = globalThis.spasm;
    if (!api || api.search.timed) return;
    const search = (request) => {
      if (keyAt !== null && sentAt === null) sentAt = performance.now();
      return api.search(request).then((answer) => { answeredAt = performance.now(); return answer; });
    };
    search.timed = true;
    globalThis.spasm = Object.freeze({ ...api, search });
  });
  new MutationObserver(() => {
    const list = document.getElementById('search-results');
    const box = document.getElementById('search-input');
    if (keyAt !== null && list && box && list.dataset.query === box.value) {
      const started = keyAt;
      keyAt = null;
      bench.inDom.push(performance.now() - started);
      bench.sent.push(sentAt - started);
      bench.answered.push(answeredAt - started);
      afterFrame((frame) => {
        bench.painted.push(performance.now() - started);
        bench.framesLate.push(Math.round((frame - firstFrame) / FRAME_MS));
        waiters.splice(0).forEach((check) => check());
      });
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-query'] });
  if (location.hash.startsWith('#/article/')) {
    const title = new MutationObserver(() => {
      if (!document.querySelector('article h1')) return;
      title.disconnect();
      afterFrame(() => { bench.articlePainted = performance.now(); });
    });
    title.observe(document, { subtree: true, childList: true });
  }
`;

/** Types every query key by key, waiting for each keystroke's results to paint before the next pause. */
async function typeQueries(page: Page): Promise<void> {
  const box = page.getByRole('combobox', { name: 'Search Spasm Guide' });
  const pause = pauses();
  let count = await page.evaluate(() => (globalThis as unknown as Paged).__bench.painted.length);
  await box.focus();
  for (const query of QUERIES) {
    // Cleared without a keystroke (fill('') would press Delete, an extra sample): only typed keys count.
    await box.evaluate((input: { value: string; dispatchEvent(event: unknown): boolean }) => {
      input.value = '';
      input.dispatchEvent(new (globalThis as unknown as Paged).Event('input', { bubbles: true }));
    });
    await page.waitForFunction(
      () => (globalThis as unknown as Paged).document.getElementById('search-results')?.dataset.query === '',
    );
    for (const key of query) {
      await page.waitForTimeout(pause());
      // The key is let go once its results have painted, so the harness is not busy sending the key-up
      // (a DevTools round trip of its own) while it carries the search request.
      await page.keyboard.down(key);
      await page.evaluate((n) => (globalThis as unknown as Paged).__bench.painting(n), count++);
      await page.keyboard.up(key);
    }
  }
}

/** The same searches called straight through window.spasm, without rendering: the transport's share. */
async function requestRoundTrips(page: Page): Promise<number[]> {
  return page.evaluate(async (queries) => {
    const api = (globalThis as unknown as { spasm: SpasmApi }).spasm;
    const times: number[] = [];
    for (const query of queries) {
      const started = performance.now();
      await api.search({ query });
      times.push(performance.now() - started);
    }
    return times;
  }, PREFIXES);
}

/** The same searches answered by the handler in this process: what the round trip adds is transport. */
async function handlerTimes(backend: Backend): Promise<number[]> {
  const times: number[] = [];
  for (const query of PREFIXES) {
    const started = performance.now();
    await backend.invoke(CHANNELS.search, { query });
    times.push(performance.now() - started);
  }
  return times;
}

async function firstArticleTimes(page: Page): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < LAUNCHES; i++) {
    await page.goto(`${APP_ORIGIN}/index.html?launch=${i}#/article/night-leg-cramps`);
    const painted = await page.waitForFunction(() => (globalThis as unknown as Paged).__bench.articlePainted);
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
    await typeQueries(page);
    await page.evaluate(() => {
      const bench = (globalThis as unknown as Paged).__bench;
      bench.painted = [];
      bench.inDom = [];
      bench.sent = [];
      bench.answered = [];
      bench.framesLate = [];
    });
    await typeQueries(page);
    const [typing, inDom, sent, answered, framesLate] = await page.evaluate(() => {
      const bench = (globalThis as unknown as Paged).__bench;
      return [bench.painted, bench.inDom, bench.sent, bench.answered, bench.framesLate];
    });
    const roundTrips = await requestRoundTrips(page);
    const handler = await handlerTimes(app.backend);
    const launches = await firstArticleTimes(page);
    if (app.offlineRequests.length) throw new Error(`network requests: ${app.offlineRequests.join(', ')}`);

    const { js, css } = bundleSizes();
    console.log(`Renderer benchmark (Chromium ${browser.version()}, harness transport)`);
    console.log(
      `  keystroke to results painted: ${spread(typing)}, max ${ms(Math.max(...typing))} over ${typing.length} keystrokes`,
    );
    const sameFrame = framesLate.filter((n) => n === 0).length;
    console.log(
      `    shown in the same frame as the typed letter: ${sameFrame} of ${framesLate.length} keystrokes ` +
        `(the others in a later frame)`,
    );
    console.log(`    search request sent: ${spread(sent)}`);
    console.log(`    answer reached the page: ${spread(answered)}`);
    console.log(`    results in the DOM: ${spread(inDom)}`);
    console.log(
      `    from the answer to the DOM (the renderer's update): ${spread(inDom.map((t, i) => t - answered[i]))}`,
    );
    console.log(`    from the DOM to the end of the frame showing them: ${spread(typing.map((t, i) => t - inDom[i]))}`);
    console.log(`    the search request's round trip through the harness alone: ${spread(roundTrips)}`);
    console.log(`    of which the search handler itself (in Node): ${spread(handler)}`);
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
