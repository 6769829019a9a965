/**
 * Keeps every web contents on the app's own pages: navigation away is cancelled, new windows are denied,
 * and <webview> cannot be attached. Nothing here opens the system browser: a navigation or a window.open
 * can come from the page itself (a tampered article's <meta refresh>, a script), not from the user. Source
 * links reach the system browser only through the user's click (the renderer's link handler and the
 * openSource call, see external-links.ts).
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
  /** Told about each refused navigation or window (for the log); never opens anything. */
  refused(url: string): void;
}

export function guardNavigation(contents: GuardedContents, policy: NavigationPolicy): void {
  const keepInApp = (event: NavigationEvent) => {
    if (policy.isOwnUrl(event.url)) return;
    event.preventDefault();
    policy.refused(event.url);
  };
  contents.on('will-navigate', keepInApp);
  contents.on('will-frame-navigate', keepInApp);
  contents.on('will-redirect', keepInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    policy.refused(url);
    return { action: 'deny' };
  });
}
