/**
 * The built app in the real Electron runtime: search, two articles side by side, the checklist kept across
 * a restart, Save as PDF from the menu, zero network requests, and the error page for a damaged store.
 * Where the runtime is absent these tests are skipped with the reason, within a second; they never count
 * as passed. The save dialog is stood in for from the test, through Playwright's hook into the main
 * process (app.evaluate); the app itself has no test switch.
 */
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from '../../../src/shared/types';
import { appWithDamagedStore, builtStore, launchApp, newUserDataDir, startRecordingProxy } from './launch';
import { electronRuntime } from './runtime';

const runtime = electronRuntime();
// The list reporter does not print skip reasons, so say it here too.
if (!runtime.available) console.log(`Electron end-to-end tests skipped: ${runtime.reason}`);

test.beforeEach(() => {
  test.skip(!runtime.available, runtime.available ? '' : runtime.reason);
});

function available() {
  if (!runtime.available) throw new Error(runtime.reason);
  return runtime;
}

const searchBox = (window: import('@playwright/test').Page) =>
  window.getByRole('combobox', { name: 'Search Spasm Guide' });

test('searches, opens two articles side by side, and keeps checklist ticks across a restart', async () => {
  const store = await builtStore();
  const first = store.search.search('night leg cramps', 10).hits[0];
  const second = store.search.search('eyelid twitching', 10).hits[0];
  const items = store.checklist.sections.flatMap((section) => section.items);
  const userDataDir = newUserDataDir();

  const { app, window } = await launchApp(available(), { userDataDir });
  try {
    expect(await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'))).toBe(userDataDir);
    expect(window.url()).toBe('app://spasm-guide/index.html');
    await searchBox(window).fill('night leg cramps');
    await window.keyboard.press('Enter');
    await searchBox(window).fill('eyelid twitching');
    await window.keyboard.press('Control+Enter');
    await expect(window.getByRole('region', { name: `Left article: ${first.title}` })).toBeVisible();
    await expect(window.getByRole('region', { name: `Right article: ${second.title}` })).toBeVisible();

    const panel = window.getByRole('region', { name: 'Self-care checklist' });
    await panel.getByRole('checkbox', { name: items[0].text }).check();
    await panel.getByRole('checkbox', { name: items[2].text }).check();
    const checklistFile = join(userDataDir, 'settings', 'checklist.json');
    await expect
      .poll(() => (existsSync(checklistFile) ? JSON.parse(readFileSync(checklistFile, 'utf8')).data.checked : []))
      .toEqual(expect.arrayContaining([items[0].id, items[2].id]));
  } finally {
    await app.close();
  }
  expect(existsSync(join(userDataDir, 'settings', 'window-state.json'))).toBe(true);

  const restarted = await launchApp(available(), { userDataDir });
  try {
    const panel = restarted.window.getByRole('region', { name: 'Self-care checklist' });
    await expect(panel.getByRole('checkbox', { name: items[0].text })).toBeChecked();
    await expect(panel.getByRole('checkbox', { name: items[2].text })).toBeChecked();
    await expect(panel.getByRole('checkbox', { name: items[1].text })).not.toBeChecked();
  } finally {
    await restarted.app.close();
  }
});

test('saves the handout as a PDF from the File menu (no article open)', async () => {
  const userDataDir = newUserDataDir();
  const target = join(userDataDir, 'checklist.pdf');
  const { app, window } = await launchApp(available(), { userDataDir });
  try {
    await expect(window.getByRole('region', { name: 'Self-care checklist' })).toBeVisible();
    // Stand in for the native save dialog: the app calls dialog.showSaveDialog at the moment it saves.
    await app.evaluate(({ dialog }, file) => {
      Object.assign(dialog, { showSaveDialog: async () => ({ canceled: false, filePath: file }) });
    }, target);
    const command: Command = 'save-pdf';
    const clicked = await app.evaluate(({ Menu }, id) => {
      const item = Menu.getApplicationMenu()?.getMenuItemById(id);
      item?.click();
      return Boolean(item);
    }, command);
    expect(clicked).toBe(true);
    await expect.poll(() => existsSync(target), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => readFileSync(target).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readFileSync(target).length).toBeGreaterThan(1000);
  } finally {
    await app.close();
  }
});

test('makes no network request, and blocks the ones a page might try', async () => {
  const proxy = await startRecordingProxy();
  const userDataDir = newUserDataDir();
  const { app, window } = await launchApp(available(), { userDataDir, proxyPort: proxy.port });
  const requested: string[] = [];
  window.on('request', (request) => requested.push(request.url()));
  try {
    await searchBox(window).fill('cramp');
    await window.keyboard.press('Enter');
    await expect(window.getByRole('heading', { level: 1 })).toBeVisible();
    // The app's pages carry the strict policy as a response header.
    const policy = await window.evaluate(() =>
      fetch('/index.html').then((response) => response.headers.get('content-security-policy')),
    );
    expect(policy).toContain("default-src 'none'");
    // Attempts to leave: each is refused by the CSP, the window-open handler, the navigation guard or the session.
    const attempts = await window.evaluate(async () => {
      const fetched = await fetch('https://example.com/').then(
        () => 'loaded',
        () => 'blocked',
      );
      const opened = (globalThis as unknown as { open(url: string): unknown }).open('https://example.com/');
      return { fetched, opened: opened === null ? 'denied' : 'opened' };
    });
    expect(attempts).toEqual({ fetched: 'blocked', opened: 'denied' });
    await window.evaluate(() => {
      (globalThis as unknown as { location: { href: string } }).location.href = 'https://example.com/';
    });
    await window.waitForTimeout(500);
    expect(window.url()).toBe('app://spasm-guide/index.html');
    expect(app.windows()).toHaveLength(1);
  } finally {
    await app.close();
    await proxy.close();
  }
  // The page itself asked only for the app's own files, apart from the probes above.
  const foreign = requested.filter((url) => !url.startsWith('app://spasm-guide/') && !url.startsWith('data:'));
  expect(foreign.filter((url) => url !== 'https://example.com/')).toEqual([]);
  expect(proxy.seen, 'nothing reached the network').toEqual([]);
});

test('runs sandboxed and never downloads a spellcheck dictionary, even while the user types', async () => {
  const userDataDir = newUserDataDir();
  const { app, window } = await launchApp(available(), { userDataDir });
  try {
    // Recorded from the moment the test can reach the main process; the languages below show the cause is gone.
    await app.evaluate(({ session }) => {
      const seen: string[] = [];
      (globalThis as unknown as { __dictionaryDownloads: string[] }).__dictionaryDownloads = seen;
      session.defaultSession.on('spellcheck-dictionary-download-begin', (_event, language) => seen.push(language));
    });
    expect(await app.evaluate(({ app: electronApp }) => electronApp.commandLine.hasSwitch('no-sandbox'))).toBe(false);
    const spellchecker = await app.evaluate(({ session }) => ({
      languages: session.defaultSession.getSpellCheckerLanguages(),
      enabled: session.defaultSession.isSpellCheckerEnabled(),
    }));
    expect(spellchecker).toEqual({ languages: process.platform === 'darwin' ? expect.any(Array) : [], enabled: false });

    await searchBox(window).fill('teh crampps agian');
    const panel = window.getByRole('region', { name: 'Self-care checklist' });
    await panel.getByLabel('Notes').pressSequentially('calff muscel crampd at nihgt ', { delay: 20 });
    await window.waitForTimeout(3_000);
    const downloads = await app.evaluate(
      () => (globalThis as unknown as { __dictionaryDownloads: string[] }).__dictionaryDownloads,
    );
    expect(downloads, 'spellcheck-dictionary-download-begin never fired').toEqual([]);
  } finally {
    await app.close();
  }
  expect(existsSync(join(userDataDir, 'Dictionaries')), 'no Dictionaries folder in the user data').toBe(false);
});

test('shows what happened and what to do when the content store is damaged', async () => {
  const { app, window } = await launchApp(available(), {
    userDataDir: newUserDataDir(),
    appDir: appWithDamagedStore(),
  });
  try {
    await expect(window.getByRole('heading', { level: 1 })).toHaveText(/articles are damaged/);
    await expect(window.getByRole('alert')).toContainText('Reinstall Spasm Guide');
  } finally {
    await app.close();
  }
});
