/**
 * The built content store: what the build writes and the main process loads. Two files: a small manifest
 * (format, version, hash of the payload's bytes) and the payload (articles, checklist, search index export).
 * Hashing the raw bytes lets startup detect a damaged store without re-serializing anything.
 */
import { createHash } from 'node:crypto';
import type { Article, Checklist } from '../../shared/types';
import type { SectionText } from './render-article';

/** Bump when the payload's shape changes; a store of another format is refused. */
export const STORE_FORMAT = 1;
export const MANIFEST_FILE = 'manifest.json';
export const PAYLOAD_FILE = 'content.json';

export interface StoreManifest {
  format: number;
  contentVersion: string;
  /** sha256 of the payload file's bytes, hex. */
  hash: string;
  articleCount: number;
}

export interface StorePayload {
  articles: Article[];
  texts: Record<string, SectionText[]>;
  checklist: Checklist;
  /** Ids shown when the search box is empty. */
  startList: string[];
  /** FlexSearch export, key to data. */
  index: Record<string, unknown>;
}

export function hashBytes(bytes: string | Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
