/**
 * Copies the small valid fixture library (content folder plus its sibling figures folder) into a temporary
 * folder that a test may then break.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const FIXTURE_LIBRARY = join(import.meta.dirname, '../fixtures/library');
/** How many articles the fixture library holds (one .md file each). */
export const FIXTURE_ARTICLE_COUNT = readdirSync(FIXTURE_LIBRARY).filter((name) => name.endsWith('.md')).length;
export const FIXTURE_FIGURES = join(import.meta.dirname, '../fixtures/figures');

/** Returns the copied content folder; its figures are in `../figures`. */
export function copyFixtureLibrary(): string {
  const root = mkdtempSync(join(tmpdir(), 'spasm-guide-content-'));
  const dir = join(root, 'library');
  mkdirSync(dir);
  cpSync(FIXTURE_LIBRARY, dir, { recursive: true });
  cpSync(FIXTURE_FIGURES, join(root, 'figures'), { recursive: true });
  return dir;
}

/** Removes a library made by copyFixtureLibrary, figures included. */
export function removeLibrary(dir: string): void {
  rmSync(dirname(dir), { recursive: true, force: true });
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
