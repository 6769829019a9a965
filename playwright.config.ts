import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  outputDir: 'test-results',
  projects: [
    {
      name: 'renderer',
      testDir: './tests/e2e/renderer',
      use: {
        browserName: 'chromium',
        headless: true,
        viewport: { width: 1280, height: 800 },
        // The browser is launched by tests/e2e/renderer/fixtures.ts: offline flags, no host name resolves,
        // and a net-log that fails the run on any request the browser makes by itself.
      },
    },
    { name: 'electron', testDir: './tests/e2e/electron', timeout: 60_000 },
  ],
});
