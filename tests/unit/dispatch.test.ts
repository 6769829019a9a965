/** The handlers behind dispatch: answers on the fixture library, and typed errors for every kind of bad call. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../src/shared/channels';
import { buildStore } from '../../src/main/content/build-store';
import { loadStore } from '../../src/main/content/load-store';
import { dispatch } from '../../src/main/dispatch';
import { createHandlers, type Handlers } from '../../src/main/handlers';
import { openSettingsStore } from '../../src/main/storage/file-settings-store';
import { APP_FACTS } from '../../src/main/app-info';
import { RecordedDesktop } from '../e2e/backend';

let handlers: Handlers;
let desktop: RecordedDesktop;
const logged: unknown[] = [];
const call = (channel: string, payload?: unknown) => dispatch(handlers, channel, payload, (_m, e) => logged.push(e));

beforeAll(async () => {
  const storeDir = mkdtempSync(join(tmpdir(), 'spasm-guide-dispatch-store-'));
  await buildStore(join(import.meta.dirname, '../fixtures/library'), storeDir, '9.9.9');
  desktop = new RecordedDesktop();
  handlers = createHandlers({
    content: await loadStore(storeDir),
    settings: await openSettingsStore(mkdtempSync(join(tmpdir(), 'spasm-guide-dispatch-settings-'))),
    desktop,
    app: { ...APP_FACTS, version: '1.0.0' },
  });
});

describe('dispatch', () => {
  it('answers a valid request with a value', async () => {
    const result = await call(CHANNELS.getArticle, { id: 'leg-cramp' });
    expect(result.ok).toBe(true);
    expect(result.ok && (result.value as { title: string }).title).toBe('Leg cramp');
  });

  it('answers an unknown article with a not-found error', async () => {
    expect(await call(CHANNELS.getArticle, { id: 'no-such-article' })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'There is no article "no-such-article".' },
    });
  });

  it.each([
    ['a number for the query', CHANNELS.search, { query: 42 }],
    ['no payload where one is required', CHANNELS.search, undefined],
    ['an extra key', CHANNELS.search, { query: 'cramp', admin: true }],
    ['a limit out of range', CHANNELS.search, { query: 'cramp', limit: 10_000 }],
    ['an id that is not a slug', CHANNELS.getArticle, { id: '../../etc/passwd' }],
    ['a payload where none is taken', CHANNELS.listArticles, { all: true }],
    ['a checklist state of the wrong shape', CHANNELS.setChecklistState, { checked: 'all' }],
    ['a theme that does not exist', CHANNELS.setPreferences, { theme: 'neon' }],
    ['a prototype-polluting payload', CHANNELS.search, JSON.parse('{"query":"x","__proto__":{"polluted":true}}')],
  ])('rejects %s as invalid-request, naming what is wrong', async (_name, channel, payload) => {
    const result = await call(channel, payload);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('invalid-request');
    expect(!result.ok && result.error.message).toMatch(/^Invalid request for \w+/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects an unknown channel', async () => {
    const result = await call('content:delete-everything', {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid-request', message: 'Unknown channel "content:delete-everything".' },
    });
  });

  it('turns an unexpected failure into a generic internal error, logged but never sent as a stack', async () => {
    const broken = {
      ...handlers,
      listArticles: () => {
        throw new Error('disk on fire at /secret/path');
      },
    };
    const result = await dispatch(broken, CHANNELS.listArticles, undefined, (_m, e) => logged.push(e));
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Something went wrong in Spasm Guide. Please try again.' },
    });
    expect(JSON.stringify(result)).not.toMatch(/secret|at \//);
    expect(logged.at(-1)).toBeInstanceOf(Error);
  });

  it('keeps checklist state across calls and resets it', async () => {
    const state = { checked: ['wall-stretch'], name: 'Sam', date: '2026-11-25', notes: 'worse after runs' };
    expect(await call(CHANNELS.setChecklistState, state)).toEqual({ ok: true, value: state });
    expect(await call(CHANNELS.getChecklistState)).toEqual({ ok: true, value: state });
    const reset = await call(CHANNELS.resetChecklistState);
    expect(reset).toEqual({ ok: true, value: { checked: [], name: '', date: '', notes: '' } });
  });

  it('passes source links to the desktop, which decides whether to open them', async () => {
    const result = await call(CHANNELS.openSource, { url: 'https://www.nhs.uk/conditions/leg-cramps/' });
    expect(result).toEqual({ ok: true, value: { opened: true } });
    expect(desktop.opened).toEqual(['https://www.nhs.uk/conditions/leg-cramps/']);
  });

  it('reports the content version, hash and licenses in app info', async () => {
    const result = await call(CHANNELS.getAppInfo);
    expect(result.ok && result.value).toMatchObject({
      name: 'Spasm Guide',
      version: '1.0.0',
      contentVersion: '9.9.9',
      articleCount: 4,
      contentLicense: expect.stringMatching(/CC BY 4\.0/),
      contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });
});
