/**
 * The real words of English, for telling a misspelling from a word the library happens not to use: the
 * Hunspell dictionaries for American and British English (through nspell, which expands every word's
 * forms) and a medical word list. Loading them takes about half a second, so only the index build does it:
 * what queries need (which real words lie near the library's words) is worked out then and saved with the
 * index (see ./vocabulary).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import nspell from 'nspell';
import english from 'dictionary-en';
import british from 'dictionary-en-gb';
import { fold } from './text';

export interface Dictionary {
  /** Every word, folded (lower case, no accents or apostrophes). */
  words: ReadonlySet<string>;
}

/**
 * Shortest word taken from the medical list: its entries of up to four letters are mostly fragments and
 * abbreviations ("abae", "acch", "heet", "bac") that would hide typos of everyday words from correction;
 * short real words come from the Hunspell dictionaries.
 */
const MIN_MEDICAL_WORD = 5;

function medicalWords(): string[] {
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve('@cspell/dict-medicalterms/cspell-ext.json'));
  const text = gunzipSync(readFileSync(join(dir, 'dict', 'medicalterms-en.txt.gz'))).toString('utf8');
  // Lines starting with "#" are the list's own settings; the rest are words.
  return text.split('\n').filter((line) => line.length >= MIN_MEDICAL_WORD && !line.startsWith('#'));
}

let loaded: Dictionary | null = null;

/** The dictionaries, loaded once per process. */
export function loadDictionary(): Dictionary {
  if (loaded) return loaded;
  const words = new Set<string>();
  for (const { aff, dic } of [english, british]) {
    // nspell expands every word with its affixes into `data` (not in its type declarations).
    const speller = nspell(Buffer.from(aff), Buffer.from(dic)) as unknown as { data: Record<string, unknown> };
    for (const word of Object.keys(speller.data)) words.add(fold(word));
  }
  for (const word of medicalWords()) words.add(fold(word));
  loaded = { words };
  return loaded;
}
