/**
 * The real main-process side of the app, without Electron: the built content store, the handlers and the
 * settings files in a temporary user-data folder. Used by the renderer end-to-end tests and the fuzz tests.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APP_FACTS } from '../../src/main/app-info';
import { loadStore, type ContentStore } from '../../src/main/content/load-store';
import { dispatch } from '../../src/main/dispatch';
import { createHandlers, type DesktopActions, type Handlers } from '../../src/main/handlers';
import { openSettingsStore } from '../../src/main/storage/file-settings-store';
import type { PageSize } from '../../src/shared/types';

export const BUILT_STORE_DIR = join(import.meta.dirname, '../../out/content');

/** Desktop actions that record what was asked instead of reaching the operating system. */
export class RecordedDesktop implements DesktopActions {
  readonly opened: string[] = [];
  readonly prints: { pageSize: PageSize }[] = [];
  readonly pdfRequests: { pageSize: PageSize; fileName: string }[] = [];
  async openExternal(url: string) {
    this.opened.push(url);
    return true;
  }
  async print(options: { pageSize: PageSize }) {
    this.prints.push(options);
    return true;
  }
  async savePdf(options: { pageSize: PageSize; fileName: string }) {
    this.pdfRequests.push(options);
    return null;
  }
}

export interface Backend {
  content: ContentStore;
  handlers: Handlers;
  desktop: RecordedDesktop;
  userDataDir: string;
  invoke(channel: string, payload: unknown): ReturnType<typeof dispatch>;
}

let storePromise: Promise<ContentStore> | undefined;

/** Opens a backend over the built store; pass the same userDataDir again to simulate a restart. */
export async function openBackend(userDataDir = mkdtempSync(join(tmpdir(), 'spasm-guide-test-'))): Promise<Backend> {
  storePromise ??= loadStore(BUILT_STORE_DIR);
  const content = await storePromise;
  const settings = await openSettingsStore(userDataDir);
  const desktop = new RecordedDesktop();
  const handlers = createHandlers({ content, settings, desktop, app: { ...APP_FACTS, version: '0.0.0-test' } });
  return {
    content,
    handlers,
    desktop,
    userDataDir,
    invoke: (channel, payload) => dispatch(handlers, channel, payload, () => {}),
  };
}
