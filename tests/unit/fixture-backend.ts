/**
 * The real main-process side (handlers, dispatch, settings files) over a content store built by the real
 * pipeline from the small fixture library into a temporary folder, so unit tests need no prior app build.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APP_FACTS } from '../../src/main/app-info';
import { buildStore } from '../../src/main/content/build-store';
import { loadStore, type ContentStore } from '../../src/main/content/load-store';
import { dispatch } from '../../src/main/dispatch';
import { createHandlers, type Handlers } from '../../src/main/handlers';
import { openSettingsStore } from '../../src/main/storage/file-settings-store';
import { FIXTURE_LIBRARY } from '../content/fixture';
import { RecordedDesktop } from '../e2e/backend';

export interface FixtureBackend {
  content: ContentStore;
  handlers: Handlers;
  userDataDir: string;
  invoke(
    channel: string,
    payload: unknown,
    log?: (message: string, error: unknown) => void,
  ): ReturnType<typeof dispatch>;
}

let store: Promise<ContentStore> | undefined;

export async function openFixtureBackend(): Promise<FixtureBackend> {
  store ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spasm-guide-fixture-store-'));
    await buildStore(FIXTURE_LIBRARY, dir, '0.0.0-test');
    return loadStore(dir);
  })();
  const content = await store;
  const userDataDir = mkdtempSync(join(tmpdir(), 'spasm-guide-user-data-'));
  const settings = await openSettingsStore(userDataDir);
  const handlers = createHandlers({
    content,
    settings,
    desktop: new RecordedDesktop(),
    app: { ...APP_FACTS, version: '0.0.0-test' },
  });
  return {
    content,
    handlers,
    userDataDir,
    invoke: (channel, payload, log) => dispatch(handlers, channel, payload, log),
  };
}
