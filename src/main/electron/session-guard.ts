/**
 * Locks the session down: Chromium's spellchecker is switched off (it would download a dictionary through a
 * loader that request blocking does not see), every request whose URL is not the app's own is cancelled
 * before it leaves, every permission (camera, notifications, ...) is refused, device access is refused and
 * downloads are cancelled.
 */
import type { OwnUrlCheck } from './app-origin';

type Decision = { cancel: boolean };

/** What the guard needs from an Electron Session. */
export interface GuardedSession {
  setSpellCheckerLanguages(languages: string[]): void;
  setSpellCheckerEnabled(enable: boolean): void;
  webRequest: {
    onBeforeRequest(listener: (details: { url: string }, callback: (response: Decision) => void) => void): void;
  };
  setPermissionRequestHandler(
    handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: () => boolean): void;
  setDevicePermissionHandler(handler: () => boolean): void;
  on(event: 'will-download', listener: (event: { preventDefault(): void }) => void): unknown;
}

export function lockDownSession(
  session: GuardedSession,
  isOwnUrl: OwnUrlCheck,
  onBlocked: (url: string) => void = () => {},
): void {
  // First, before anything else touches the session: on Linux and Windows the session starts a Hunspell
  // download for the system language unless it is told there are no languages (electron/electron#22995).
  // `webPreferences.spellcheck: false` alone does not stop it. (Both calls are no-ops on macOS, which
  // uses the system's spellchecker and downloads nothing.)
  session.setSpellCheckerLanguages([]);
  session.setSpellCheckerEnabled(false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const own = isOwnUrl(details.url);
    if (!own) onBlocked(details.url);
    callback({ cancel: !own });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.on('will-download', (event) => event.preventDefault());
}
