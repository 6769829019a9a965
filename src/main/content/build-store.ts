/** Builds the content store from the content folder: checks the library, indexes it, writes the two files. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDictionary } from '../search/dictionary';
import { SearchEngine } from '../search/engine';
import { loadLibrary, type Library } from './library';
import {
  hashBytes,
  MANIFEST_FILE,
  PAYLOAD_FILE,
  STORE_FORMAT,
  type StoreManifest,
  type StorePayload,
} from './store-file';
import { searchDocsOf } from './search-docs';

/** What a reader sees in an empty search box: the questions people come with most. */
export const START_LIST = [
  'stopping-a-cramp',
  'night-leg-cramps',
  'muscle-twitching',
  'eyelid-twitching',
  'pulled-muscles',
  'stretches-for-cramps',
  'heat-or-ice',
  'red-flags',
];

export async function buildPayload(library: Library): Promise<StorePayload> {
  const ids = new Set(library.articles.map((a) => a.id));
  const startList = START_LIST.filter((id) => ids.has(id));
  const engine = SearchEngine.build(searchDocsOf(library.articles, library.texts), startList, {
    dictionary: loadDictionary(),
  });
  return {
    articles: library.articles,
    texts: library.texts,
    checklist: library.checklist,
    startList,
    index: engine.export(),
  };
}

/** Writes the store into `outDir`; throws a ContentError (every problem, with file and line) on bad content. */
export async function buildStore(contentDir: string, outDir: string, contentVersion: string): Promise<StoreManifest> {
  const payload = await buildPayload(loadLibrary(contentDir));
  const bytes = JSON.stringify(payload);
  const manifest: StoreManifest = {
    format: STORE_FORMAT,
    contentVersion,
    hash: hashBytes(bytes),
    articleCount: payload.articles.length,
  };
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, PAYLOAD_FILE), bytes);
  writeFileSync(join(outDir, MANIFEST_FILE), JSON.stringify(manifest, null, 2));
  return manifest;
}
