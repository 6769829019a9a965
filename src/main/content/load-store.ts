/** Loads the built content store at startup, refusing a missing, damaged or incompatible one. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article, ArticleSummary, Checklist } from '../../shared/types';
import { SearchEngine, SearchIndexError } from '../search/engine';
import {
  hashBytes,
  MANIFEST_FILE,
  PAYLOAD_FILE,
  STORE_FORMAT,
  type StoreManifest,
  type StorePayload,
} from './store-file';
import { searchDocsOf } from './search-docs';
import { firstProblem, manifestSchema, payloadSchema } from './store-schema';

export type StoreProblem = 'missing' | 'damaged' | 'incompatible';

export class StoreLoadError extends Error {
  constructor(
    readonly problem: StoreProblem,
    message: string,
  ) {
    super(message);
    this.name = 'StoreLoadError';
  }
}

export interface ContentStore {
  manifest: StoreManifest;
  articles: Map<string, Article>;
  summaries: ArticleSummary[];
  checklist: Checklist;
  search: SearchEngine;
}

async function readText(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new StoreLoadError('missing', `The content store's ${what} is missing (${path}).`);
    throw new StoreLoadError('damaged', `The content store's ${what} cannot be read (${code ?? String(error)}).`);
  }
}

export async function loadStore(dir: string): Promise<ContentStore> {
  const [manifestText, payloadText] = await Promise.all([
    readText(join(dir, MANIFEST_FILE), 'manifest'),
    readText(join(dir, PAYLOAD_FILE), 'content file'),
  ]);
  const manifest = parseManifest(manifestText);
  if (hashBytes(payloadText) !== manifest.hash) {
    throw new StoreLoadError('damaged', 'The content store is damaged: its contents do not match its checksum.');
  }
  const payload = parsePayload(payloadText);
  if (payload.articles.length !== manifest.articleCount) {
    throw new StoreLoadError(
      'damaged',
      `The content store is damaged: its manifest lists ${manifest.articleCount} articles, but it holds ${payload.articles.length}.`,
    );
  }
  const articles = new Map(payload.articles.map((a) => [a.id, a]));
  return {
    manifest,
    articles,
    summaries: payload.articles.map(({ id, title, summary, category }) => ({ id, title, summary, category })),
    checklist: payload.checklist,
    search: loadSearch(payload),
  };
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new StoreLoadError('damaged', `The content store's ${what} is not valid JSON.`);
  }
}

/** The format is checked first: a store of another format is "incompatible", not "damaged". */
function parseManifest(text: string): StoreManifest {
  const json = parseJson(text, 'manifest');
  const format = typeof json === 'object' && json !== null ? (json as { format?: unknown }).format : undefined;
  if (format !== STORE_FORMAT) {
    throw new StoreLoadError(
      'incompatible',
      `The content store has format ${String(format)}, but this version of the app reads format ${STORE_FORMAT}.`,
    );
  }
  const manifest = manifestSchema.safeParse(json);
  if (!manifest.success) {
    throw new StoreLoadError('damaged', `The content store's manifest is damaged (${firstProblem(manifest.error)}).`);
  }
  return manifest.data;
}

function parsePayload(text: string): StorePayload {
  const payload = payloadSchema.safeParse(parseJson(text, 'content file'));
  if (!payload.success) {
    throw new StoreLoadError(
      'damaged',
      `The content store's content file is damaged (${firstProblem(payload.error)}).`,
    );
  }
  return payload.data as StorePayload;
}

/** Imports the prebuilt search index (no re-indexing), refusing one built by other code or for other content. */
function loadSearch(payload: StorePayload): SearchEngine {
  try {
    return SearchEngine.fromExport(searchDocsOf(payload.articles, payload.texts), payload.index, payload.startList);
  } catch (error) {
    if (error instanceof SearchIndexError) throw new StoreLoadError(error.problem, error.message);
    throw error;
  }
}
