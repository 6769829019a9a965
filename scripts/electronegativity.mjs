#!/usr/bin/env node
/**
 * Runs Electronegativity (Doyensec's Electron security linter) over the built app in out/ and fails unless
 * every finding is explained in scripts/electronegativity-allowlist.json (check, file, a piece of the flagged
 * code, and why it is safe). Entries that no longer match anything fail too, so the list stays honest.
 * Checks that depend on the network rather than the code are listed, with the reason, under excludedChecks.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// The package's main module exports the programmatic runner itself.
const run = require('@doyensec/electronegativity');
const { version: electronVersion } = require('electron/package.json');
const allowlist = JSON.parse(readFileSync(new URL('./electronegativity-allowlist.json', import.meta.url), 'utf8'));

const globToRegExp = (glob) => new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
const relative = (file) => file.replace(/\\/g, '/').replace(/^out\//, '');

const { issues, errors } = await run({
  input: 'out',
  isRelative: true,
  electronVersionOverride: electronVersion,
  excludeFromScan: allowlist.excludedChecks.map((entry) => entry.check),
});
for (const entry of allowlist.excludedChecks) console.log(`  not run     ${entry.check}: ${entry.reason}`);

const used = new Set();
const explain = (entries, matches) => {
  const index = entries.findIndex(matches);
  if (index >= 0) used.add(entries[index]);
  return entries[index];
};

const unexplained = [];
let explained = 0;
for (const issue of issues) {
  const file = relative(issue.file);
  const entry = explain(
    allowlist.findings,
    (e) => e.check === issue.id && globToRegExp(e.file).test(file) && String(issue.sample).includes(e.sample),
  );
  const where = `${issue.id} (${issue.severity.name}) ${file}:${issue.location.line}`;
  if (entry) {
    explained += 1;
    console.log(`  explained   ${where}: ${entry.reason}`);
  } else unexplained.push(`${where}: ${issue.description}\n      ${String(issue.sample).slice(0, 160)}`);
}
for (const error of errors.filter((e) => !e.tolerable)) {
  const file = relative(error.file);
  const entry = explain(allowlist.unparsedFiles, (e) => globToRegExp(e.file).test(file));
  if (entry) console.log(`  not scanned ${file} (${error.message}): ${entry.reason}`);
  else unexplained.push(`${file} could not be scanned: ${error.message}`);
}
const stale = [...allowlist.findings, ...allowlist.unparsedFiles].filter((entry) => !used.has(entry));

console.log(`Electronegativity (Electron ${electronVersion}): ${issues.length} findings, ${explained} explained.`);
if (unexplained.length > 0) {
  console.error(`\n${unexplained.length} finding(s) not explained in scripts/electronegativity-allowlist.json:`);
  for (const line of unexplained) console.error(`  ${line}`);
}
if (stale.length > 0) {
  console.error('\nAllowlist entries that match nothing any more (remove them):');
  for (const entry of stale) console.error(`  ${JSON.stringify(entry)}`);
}
process.exit(unexplained.length > 0 || stale.length > 0 ? 1 : 0);
