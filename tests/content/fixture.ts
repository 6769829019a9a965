/** Copies the small valid fixture library into a temporary folder that a test may then break. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIXTURE_LIBRARY = join(import.meta.dirname, '../fixtures/library');

export function copyFixtureLibrary(): string {
  const dir = mkdtempSync(join(tmpdir(), 'spasm-guide-content-'));
  cpSync(FIXTURE_LIBRARY, dir, { recursive: true });
  return dir;
}

/** Replaces `from` with `to` in a file of the copied library; fails loudly if `from` is not there. */
export function edit(dir: string, file: string, from: string | RegExp, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture edit found nothing to replace in ${file}: ${String(from)}`);
  writeFileSync(path, next);
}

/** The 1-based line of the first line containing `text` in a file of the copied library. */
export function lineOf(dir: string, file: string, text: string): number {
  const index = readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(text));
  if (index < 0) throw new Error(`"${text}" is not in ${file}`);
  return index + 1;
}
