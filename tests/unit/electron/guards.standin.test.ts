/**
 * Main-process wiring against a stand-in for Electron's API: navigation and window-open guards, the
 * session's request and permission blockers, the IPC sender check and registration, the single-instance lock.
 */
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../src/shared/channels';
import { ERROR_CODES } from '../../../src/shared/contract';
import { APP_ENTRY_URL, ownUrlCheck } from '../../../src/main/electron/app-origin';
import { guardNavigation } from '../../../src/main/electron/navigation';
import { isTrustedSender } from '../../../src/main/electron/sender-check';
import { lockDownSession } from '../../../src/main/electron/session-guard';
import { claimSingleInstance } from '../../../src/main/electron/single-instance';
import { registerIpc } from '../../../src/main/ipc';
import { openFixtureBackend } from '../fixture-backend';
import { StandInIpcMain, StandInSession, StandInWebContents } from './stand-in';

const isOwnUrl = ownUrlCheck();
const FOREIGN = [
  'https://example.com/',
  'http://spasm-guide/index.html',
  'file:///etc/passwd',
  'app://evil/index.html',
  'app://user:pw@spasm-guide/index.html',
  'ws://spasm-guide/',
  'data:text/html,<script>1</script>',
  'javascript:alert(1)',
  'chrome://settings',
  'not a url',
];

describe('the app origin (with a stand-in for Electron)', () => {
  it('accepts only app://spasm-guide, and a dev server only when given one', () => {
    expect(isOwnUrl(APP_ENTRY_URL)).toBe(true);
    expect(isOwnUrl('app://spasm-guide/assets/index.js')).toBe(true);
    for (const url of FOREIGN) expect(isOwnUrl(url), url).toBe(false);
    const dev = ownUrlCheck('http://localhost:5173/');
    expect(dev('http://localhost:5173/src/main.ts')).toBe(true);
    expect(dev('ws://localhost:5173/')).toBe(true);
    expect(dev('http://localhost:5174/')).toBe(false);
    expect(dev('https://localhost:5173/')).toBe(false);
  });
});

describe('navigation and window-open guard (with a stand-in for Electron)', () => {
  function guarded() {
    const contents = new StandInWebContents();
    const refused = vi.fn();
    guardNavigation(contents, { isOwnUrl, refused });
    return { contents, refused };
  }
  const CITED = 'https://www.nhs.uk/conditions/leg-cramps/';

  it('cancels every navigation away from the app, a cited source included, and only reports it', () => {
    const { contents, refused } = guarded();
    expect(contents.fire('will-navigate', CITED)).toBe(true);
    for (const url of FOREIGN) expect(contents.fire('will-navigate', url), url).toBe(true);
    expect(refused.mock.calls.map(([url]) => url)).toEqual([CITED, ...FOREIGN]);
  });

  it('lets the app navigate within its own origin', () => {
    const { contents, refused } = guarded();
    expect(contents.fire('will-navigate', 'app://spasm-guide/index.html#article')).toBe(false);
    expect(refused).not.toHaveBeenCalled();
  });

  it('cancels foreign frame navigations and redirects, and any <webview>', () => {
    const { contents } = guarded();
    expect(contents.fire('will-frame-navigate', 'https://example.com/')).toBe(true);
    expect(contents.fire('will-redirect', CITED)).toBe(true);
    expect(contents.fire('will-frame-navigate', APP_ENTRY_URL)).toBe(false);
    expect(contents.fire('will-attach-webview')).toBe(true);
  });

  it('denies every new window, a cited source included', () => {
    const { contents, refused } = guarded();
    expect(contents.windowOpenHandler).not.toBeNull();
    for (const url of [CITED, APP_ENTRY_URL, 'https://example.com/']) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
    expect(refused).toHaveBeenCalledTimes(3);
  });
});

describe('session lock-down (with a stand-in for Electron)', () => {
  it('switches the spellchecker off, with no languages, before anything else touches the session', () => {
    const session = new StandInSession();
    lockDownSession(session, isOwnUrl);
    expect(session.spellCheckerLanguages).toEqual([]);
    expect(session.spellCheckerEnabled).toBe(false);
    expect(session.touched.slice(0, 2).sort()).toEqual(['setSpellCheckerEnabled', 'setSpellCheckerLanguages']);
  });

  it('cancels every request that is not the app’s own, and reports it', () => {
    const session = new StandInSession();
    const blocked: string[] = [];
    lockDownSession(session, isOwnUrl, (url) => blocked.push(url));
    expect(session.request(APP_ENTRY_URL)).toBe(false);
    expect(session.request('app://spasm-guide/assets/app.css')).toBe(false);
    for (const url of FOREIGN) expect(session.request(url), url).toBe(true);
    expect(blocked).toEqual(FOREIGN);
  });

  it('denies every permission request and check, device access and downloads', async () => {
    const session = new StandInSession();
    lockDownSession(session, isOwnUrl);
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal', 'unknown']) {
      expect(await session.askPermission(permission), permission).toBe(false);
    }
    expect(session.permissionCheck?.()).toBe(false);
    expect(session.devicePermission?.()).toBe(false);
    const download = {
      defaultPrevented: false,
      preventDefault() {
        this.defaultPrevented = true;
      },
    };
    session.emit('will-download', download);
    expect(download.defaultPrevented).toBe(true);
  });
});

describe('IPC sender check and registration (with a stand-in for Electron)', () => {
  it('trusts only the app’s own top-level frame', () => {
    expect(isTrustedSender({ senderFrame: { url: APP_ENTRY_URL, parent: null } }, isOwnUrl)).toBe(true);
    expect(isTrustedSender({ senderFrame: { url: APP_ENTRY_URL, parent: {} } }, isOwnUrl)).toBe(false);
    expect(isTrustedSender({ senderFrame: null }, isOwnUrl)).toBe(false);
    for (const url of FOREIGN) expect(isTrustedSender({ senderFrame: { url, parent: null } }, isOwnUrl)).toBe(false);
  });

  it('registers every contract channel once and refuses untrusted senders with a typed error', async () => {
    const backend = await openFixtureBackend();
    const ipcMain = new StandInIpcMain();
    const log = vi.fn();
    registerIpc(ipcMain, backend.handlers, (event) => isTrustedSender(event, isOwnUrl), log);
    expect([...ipcMain.handlers.keys()].sort()).toEqual(Object.values(CHANNELS).sort());

    const top = { url: APP_ENTRY_URL, parent: null };
    expect(await ipcMain.invoke(CHANNELS.listArticles, top, undefined)).toMatchObject({ ok: true });
    const before = backend.handlers.getChecklistState(undefined as never);
    const state = { checked: ['x'], name: 'n', date: '', notes: '' };
    for (const frame of [null, { url: 'https://example.com/', parent: null }, { url: APP_ENTRY_URL, parent: top }]) {
      const answer = await ipcMain.invoke(CHANNELS.setChecklistState, frame, state);
      expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(ERROR_CODES).toContain((answer as { error: { code: string } }).error.code);
    }
    expect(backend.handlers.getChecklistState(undefined as never)).toEqual(before);
    expect(log).not.toHaveBeenCalled();
  });
});

describe('single-instance lock (with a stand-in for Electron)', () => {
  function standInApp(gotLock: boolean) {
    const events = new Map<string, () => void>();
    return {
      quit: vi.fn(),
      requestSingleInstanceLock: () => gotLock,
      on: (event: string, listener: () => void) => events.set(event, listener),
      events,
    };
  }

  it('quits a second instance', () => {
    const app = standInApp(false);
    expect(claimSingleInstance(app, () => null)).toBe(false);
    expect(app.quit).toHaveBeenCalledOnce();
  });

  it('brings the first instance’s window to the front on a second launch', () => {
    const app = standInApp(true);
    const window = { isMinimized: () => true, restore: vi.fn(), show: vi.fn(), focus: vi.fn() };
    expect(claimSingleInstance(app, () => window)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    app.events.get('second-instance')?.();
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
  });
});
