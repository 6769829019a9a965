#!/usr/bin/env node
/**
 * `npm test`: every check in order, stopping at the first failure. Each runner prints its own summary;
 * the last line adds up the test counts of all runners.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const REPORTS = 'test-results/reports';
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

const steps = [
  { name: 'lint', command: 'npm run -s lint' },
  { name: 'typecheck', command: 'npm run -s typecheck' },
  {
    name: 'unit tests',
    command: `npx vitest run --reporter=default --reporter=json --outputFile.json=${REPORTS}/vitest.json`,
    report: `${REPORTS}/vitest.json`,
  },
  { name: 'build', command: 'npx electron-vite build' },
  { name: 'Electronegativity (security lint of the built app)', command: 'node scripts/electronegativity.mjs' },
  {
    name: 'packaging layout (placeholder Electron runtime)',
    command: `npx vitest run --config vitest.packaging.config.ts --reporter=default --reporter=json --outputFile.json=${REPORTS}/packaging.json`,
    report: `${REPORTS}/packaging.json`,
  },
  {
    name: 'renderer end-to-end tests (Chromium)',
    command: 'npx playwright test --project=renderer',
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: `${REPORTS}/renderer.json` },
    report: `${REPORTS}/renderer.json`,
  },
  {
    name: 'Electron end-to-end tests',
    command: 'npx playwright test --project=electron',
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: `${REPORTS}/electron.json` },
    report: `${REPORTS}/electron.json`,
  },
];

const totals = { passed: 0, failed: 0, skipped: 0 };

function count(report) {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  if ('numPassedTests' in json) {
    return {
      passed: json.numPassedTests,
      failed: json.numFailedTests,
      skipped: json.numPendingTests + json.numTodoTests,
    };
  }
  const { expected, unexpected, skipped, flaky } = json.stats;
  return { passed: expected, failed: unexpected + flaky, skipped };
}

for (const step of steps) {
  console.log(`\n▶ ${step.name}: ${step.command}`);
  const started = Date.now();
  const result = spawnSync(step.command, { stdio: 'inherit', shell: true, env: { ...process.env, ...step.env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (step.report) {
    try {
      const c = count(step.report);
      for (const key of Object.keys(totals)) totals[key] += c[key];
    } catch {
      // A runner that crashed before writing its report has already failed below.
    }
  }
  if (result.status !== 0) {
    console.error(`\n✖ ${step.name} failed after ${seconds} s (exit ${result.status ?? result.signal}).`);
    console.log(`npm test: ${totals.passed} passed, ${Math.max(totals.failed, 1)} failed, ${totals.skipped} skipped`);
    process.exit(1);
  }
  console.log(`✔ ${step.name} (${seconds} s)`);
}
console.log(`\nnpm test: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
