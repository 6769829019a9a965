/**
 * Launches the built app in the real Electron runtime: search, open an article, close. Where the runtime
 * is absent the test is skipped with the reason, within a second; it never counts as passed.
 */
import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { electronRuntime } from './runtime';

const runtime = electronRuntime();
// The list reporter does not print skip reasons, so say it here too.
if (!runtime.available) console.log(`Electron end-to-end tests skipped: ${runtime.reason}`);

test('the packaged app searches and opens an article', async () => {
  test.skip(!runtime.available, runtime.available ? '' : runtime.reason);
  if (!runtime.available) return;
  const userData = mkdtempSync(join(tmpdir(), 'spasm-guide-electron-'));
  const app = await electron.launch({
    executablePath: runtime.executablePath,
    args: ['.', `--user-data-dir=${userData}`],
    env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1' },
  });
  try {
    const window = await app.firstWindow();
    await window.getByRole('searchbox').or(window.getByRole('combobox')).first().fill('eyelid twitch');
    const hit = window.getByRole('option', { name: /eyelid/i }).or(window.getByRole('button', { name: /eyelid/i }));
    await hit.first().click();
    await expect(window.getByRole('heading', { level: 1, name: /eyelid/i })).toBeVisible();
  } finally {
    await app.close();
  }
});
