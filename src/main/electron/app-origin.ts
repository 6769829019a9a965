/**
 * The app's own origin. The renderer is served from `app://spasm-guide/`, never from file://; every check
 * that asks "is this ours?" (request blocker, navigation guard, IPC sender check) asks this module.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'spasm-guide';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Decides whether a URL belongs to the app itself. */
export type OwnUrlCheck = (url: string) => boolean;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * The app's own URLs: `app://spasm-guide/...`, plus the dev server's origin when one is given (only ever in
 * an unpackaged development run, see index.ts). The WHATWG URL parser gives custom schemes an opaque
 * origin, so scheme and host are compared instead.
 */
export function ownUrlCheck(devServerUrl?: string): OwnUrlCheck {
  const dev = devServerUrl ? parse(devServerUrl) : null;
  return (url) => {
    const parsed = parse(url);
    if (!parsed) return false;
    if (parsed.protocol === `${APP_SCHEME}:`) return parsed.host === APP_HOST && !parsed.username && !parsed.password;
    if (!dev) return false;
    // The dev server also serves its hot-reload socket on ws:// at the same host.
    const sameHost = parsed.host === dev.host;
    return sameHost && (parsed.protocol === dev.protocol || parsed.protocol === 'ws:');
  };
}
