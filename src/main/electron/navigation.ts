/**
 * Keeps every web contents on the app's own pages: navigation away is cancelled, new windows are denied,
 * and <webview> cannot be attached. A link to an allowed source site opens in the system browser instead.
 */
import type { OwnUrlCheck } from './app-origin';

interface PreventableEvent {
  preventDefault(): void;
}
interface NavigationEvent extends PreventableEvent {
  url: string;
}

/** What the guard needs from a WebContents. */
export interface GuardedContents {
  on(
    event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect',
    listener: (event: NavigationEvent) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export interface NavigationPolicy {
  isOwnUrl: OwnUrlCheck;
  /** Opens the URL in the system browser if it is allowed; refusals are silent (the link just does nothing). */
  openExternal(url: string): Promise<boolean>;
  log(message: string, error: unknown): void;
}

export function guardNavigation(contents: GuardedContents, policy: NavigationPolicy): void {
  const leaveApp = (url: string) => {
    policy.openExternal(url).catch((error: unknown) => policy.log(`opening ${url} failed`, error));
  };
  const keepInApp = (event: NavigationEvent) => {
    if (policy.isOwnUrl(event.url)) return;
    event.preventDefault();
    leaveApp(event.url);
  };
  contents.on('will-navigate', keepInApp);
  contents.on('will-frame-navigate', (event) => {
    if (!policy.isOwnUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!policy.isOwnUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    leaveApp(url);
    return { action: 'deny' };
  });
}
