/**
 * `npm run -s search -- "QUERY" ["QUERY" ...] [--json] [--stdin] [--limit N] [--store DIR]`
 *
 * Searches the built content store (out/content, written by `npx electron-vite build`) through the same
 * load path and engine the app uses, so content authors can check how a query resolves.
 * --json prints one JSON object per query per line: {"query", "kind", "suggestion", "results": [...], "weak",
 * "feature", "scopeNote"} (weak: only the closest articles; feature: an app feature asked for by name;
 * scopeNote: the note shown for cramps that are not muscle cramps).
 * --stdin reads one query per line from standard input.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { loadStore, StoreLoadError } from '../src/main/content/load-store';
import type { SearchResponse } from '../src/shared/types';
import { MAX_RESULTS } from '../src/shared/limits';

const USAGE = 'usage: npm run -s search -- "QUERY" [...] [--json] [--stdin] [--limit N] [--store DIR]';

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

function parse() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        stdin: { type: 'boolean', default: false },
        limit: { type: 'string', default: '10' },
        store: { type: 'string', default: 'out/content' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`);
  }
}

const tty = process.stdout.isTTY;

/** A snippet's HTML as terminal text: marks shown bold (or in [brackets] when not a terminal). */
function plain(html: string): string {
  return html
    .replace(/<mark>/g, tty ? '\x1b[1m' : '[')
    .replace(/<\/mark>/g, tty ? '\x1b[0m' : ']')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

function printForPerson(response: SearchResponse): void {
  const label = { results: `${response.hits.length} results`, start: 'start list', 'no-match': 'no good match' };
  console.log(`\n"${response.query}": ${label[response.kind]}`);
  if (response.suggestion) console.log(`  did you mean: ${response.suggestion}`);
  if (response.feature) console.log(`  app feature: ${response.feature}`);
  if (response.scopeNote) console.log(`  ${response.scopeNote}`);
  if (response.weak) console.log('  (closest articles only)');
  response.hits.forEach((hit, i) => {
    console.log(`  ${String(i + 1).padStart(2)}. ${hit.title}  (${hit.id}, score ${hit.score})`);
    console.log(`      ${hit.section ? `§ ${hit.section.title}: ` : ''}${plain(hit.snippet)}`);
  });
}

function printJson(response: SearchResponse): void {
  const results = response.hits.map(({ id, title, score, snippet, section }) => ({
    id,
    title,
    score,
    snippet,
    section: section?.title ?? null,
  }));
  const { query, kind, suggestion, weak, feature, scopeNote } = response;
  console.log(JSON.stringify({ query, kind, suggestion, results, weak, feature, scopeNote }));
}

async function main(): Promise<void> {
  const { values, positionals } = parse();
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_RESULTS) {
    fail(`--limit must be a whole number from 1 to ${MAX_RESULTS}, not "${values.limit}".`);
  }
  if (!values.stdin && positionals.length === 0) fail(USAGE);

  let store;
  try {
    store = await loadStore(values.store);
  } catch (error) {
    if (error instanceof StoreLoadError) {
      fail(`${error.message}\nBuild the content store first: npx electron-vite build`, 1);
    }
    throw error;
  }
  const run = (query: string) => {
    const response = store.search.search(query, limit);
    if (values.json) printJson(response);
    else printForPerson(response);
  };
  for (const query of positionals) run(query);
  if (values.stdin) {
    for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
      if (line.trim()) run(line);
    }
  }
}

await main();
