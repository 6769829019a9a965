/** The built store: written by the build, refused at startup when missing, damaged or of another format. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStore } from '../../src/main/content/build-store';
import { loadStore, StoreLoadError } from '../../src/main/content/load-store';
import { hashBytes, MANIFEST_FILE, PAYLOAD_FILE } from '../../src/main/content/store-file';
import { FIXTURE_ARTICLE_COUNT, FIXTURE_LIBRARY } from './fixture';

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'spasm-guide-store-'));
  await buildStore(FIXTURE_LIBRARY, dir, '1.2.3');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function copyStore(): string {
  const copy = mkdtempSync(join(tmpdir(), 'spasm-guide-store-copy-'));
  for (const file of [MANIFEST_FILE, PAYLOAD_FILE]) writeFileSync(join(copy, file), readFileSync(join(dir, file)));
  return copy;
}

async function loadError(storeDir: string): Promise<StoreLoadError> {
  const error = await loadStore(storeDir).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(StoreLoadError);
  return error as StoreLoadError;
}

describe('content store', () => {
  it('loads what the build wrote, with its version and hash', async () => {
    const store = await loadStore(dir);
    expect(store.manifest.contentVersion).toBe('1.2.3');
    expect(store.manifest.hash).toMatch(/^[0-9a-f]{64}$/);
    expect([...store.articles.keys()].sort()).toEqual(['calf-stretch', 'eye-twitch', 'leg-cramp', 'red-flags']);
    expect(store.articles.get('leg-cramp')?.related.map((r) => r.id)).toEqual(['calf-stretch']);
    expect(store.search.search('eye twitch', 3).hits[0]?.id).toBe('eye-twitch');
  });

  it('refuses a missing store', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'spasm-guide-empty-'));
    expect((await loadError(empty)).problem).toBe('missing');
  });

  it('refuses a store whose content does not match its hash', async () => {
    const copy = copyStore();
    const payload = readFileSync(join(copy, PAYLOAD_FILE), 'utf8');
    writeFileSync(join(copy, PAYLOAD_FILE), payload.replace('Leg cramp', 'Leg cramq'));
    const error = await loadError(copy);
    expect(error.problem).toBe('damaged');
    expect(error.message).toMatch(/checksum/);
  });

  it('refuses a truncated store and an unreadable manifest', async () => {
    const truncated = copyStore();
    const payload = readFileSync(join(truncated, PAYLOAD_FILE));
    writeFileSync(join(truncated, PAYLOAD_FILE), payload.subarray(0, payload.length / 2));
    expect((await loadError(truncated)).problem).toBe('damaged');
    const badManifest = copyStore();
    writeFileSync(join(badManifest, MANIFEST_FILE), '{ not json');
    expect((await loadError(badManifest)).problem).toBe('damaged');
  });

  it('refuses a store of another format', async () => {
    const copy = copyStore();
    const manifest = JSON.parse(readFileSync(join(copy, MANIFEST_FILE), 'utf8')) as { format: number };
    writeFileSync(join(copy, MANIFEST_FILE), JSON.stringify({ ...manifest, format: manifest.format + 1 }));
    expect((await loadError(copy)).problem).toBe('incompatible');
  });

  /** A store whose payload was changed and re-hashed: the checksum passes, so only the schema can catch it. */
  function tamperedStore(change: (payload: Record<string, unknown>) => unknown, manifestChange = {}): string {
    const copy = copyStore();
    const payload = JSON.parse(readFileSync(join(copy, PAYLOAD_FILE), 'utf8')) as Record<string, unknown>;
    const text = JSON.stringify(change(payload));
    const manifest = JSON.parse(readFileSync(join(copy, MANIFEST_FILE), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(copy, PAYLOAD_FILE), text);
    writeFileSync(join(copy, MANIFEST_FILE), JSON.stringify({ ...manifest, hash: hashBytes(text), ...manifestChange }));
    return copy;
  }
  type Articles = Array<Record<string, unknown>>;

  it.each([
    [
      'an article without html',
      (p: Record<string, unknown>) => {
        const [first, ...rest] = p.articles as Articles;
        const { html: _html, ...withoutHtml } = first!;
        return { ...p, articles: [withoutHtml, ...rest] };
      },
      /content file is damaged \(at articles\.0\.html: /,
    ],
    [
      'an article with empty html',
      (p: Record<string, unknown>) => ({
        ...p,
        articles: (p.articles as Articles).map((a) => ({ ...a, html: '' })),
      }),
      /at articles\.0\.html: an article has no html/,
    ],
    [
      'a section of level 7',
      (p: Record<string, unknown>) => ({
        ...p,
        articles: (p.articles as Articles).map((a) => ({ ...a, sections: [{ id: 'x', title: 'X', level: 7 }] })),
      }),
      /at articles\.0\.sections\.0\.level/,
    ],
    [
      'articles that are not a list',
      (p: Record<string, unknown>) => ({ ...p, articles: { 'leg-cramp': {} } }),
      /at articles: /,
    ],
    [
      'a search text whose signs begin past its end',
      (p: Record<string, unknown>) => {
        const texts = p.texts as Record<string, Array<{ text: string }>>;
        const [id, [first, ...rest]] = Object.entries(texts)[0]! as [string, Array<{ text: string }>];
        return { ...p, texts: { ...texts, [id]: [{ ...first, signsFrom: first!.text.length + 1 }, ...rest] } };
      },
      /at texts\.[a-z-]+\.0: signsFrom is past the end of its text/,
    ],
    ['a payload that is a list', () => [], /content file is damaged/],
    [
      'a checklist without sections',
      (p: Record<string, unknown>) => ({ ...p, checklist: { title: 'x' } }),
      /at checklist\./,
    ],
  ])('reports %s as damaged, saying where', async (_name, change, message) => {
    const error = await loadError(tamperedStore(change));
    expect(error.problem).toBe('damaged');
    expect(error.message).toMatch(message);
  });

  it.each([
    ['a hash that is not hex', { hash: 'not-a-hash' }, /manifest is damaged \(at hash: /],
    ['an article count that is text', { articleCount: 'three' }, /manifest is damaged \(at articleCount: /],
    [
      'an article count that does not match',
      { articleCount: 99 },
      new RegExp(`lists 99 articles, but it holds ${FIXTURE_ARTICLE_COUNT}\\.`),
    ],
  ])('reports a manifest with %s as damaged', async (_name, manifestChange, message) => {
    const error = await loadError(tamperedStore((p) => p, manifestChange));
    expect(error.problem).toBe('damaged');
    expect(error.message).toMatch(message);
  });

  it('reports a payload that is not JSON (but matches its hash) as damaged', async () => {
    const copy = copyStore();
    writeFileSync(join(copy, PAYLOAD_FILE), '{"articles": [');
    const manifest = JSON.parse(readFileSync(join(copy, MANIFEST_FILE), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(copy, MANIFEST_FILE), JSON.stringify({ ...manifest, hash: hashBytes('{"articles": [') }));
    const error = await loadError(copy);
    expect(error.problem).toBe('damaged');
    expect(error.message).toMatch(/content file is not valid JSON/);
  });
});
