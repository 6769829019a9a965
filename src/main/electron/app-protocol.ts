/**
 * Serves the built renderer over the app's own scheme. A request maps to a file under the renderer folder
 * or gets a 404: `..`, encoded slashes and backslashes, absolute paths and other hosts can never reach a
 * file outside it, and neither can a symbolic link; only regular files are read (a FIFO or device would
 * hang or stream forever). Every response carries the strict Content-Security-Policy.
 */
import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { CONTENT_SECURITY_POLICY } from './csp';

/** What Electron's `protocol` offers that this module uses. */
export interface ProtocolRegistry {
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void;
  isProtocolHandled(scheme: string): boolean;
  unhandle(scheme: string): void;
}

/** The privileges the scheme is registered with before the app is ready (see index.ts). */
export const APP_SCHEME_PRIVILEGES = {
  // Standard: relative URLs and a real origin. Secure: treated like https (a secure context).
  // Not corsEnabled: that would let other origins read app:// responses without any CORS check.
  standard: true,
  secure: true,
  supportFetchAPI: true,
} as const;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
};

/** The file under `rootDir` that `url` names, or null when the URL is not an app URL or would leave the folder. */
export function resolveAppPath(rootDir: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  // A decoded backslash or NUL never belongs in a renderer asset path; on Windows a backslash is a separator.
  if (pathname.includes('\\') || pathname.includes('\0')) return null;
  const relative = path.posix.normalize(pathname === '/' ? '/index.html' : pathname).replace(/^\/+/, '');
  if (relative === '' || relative.startsWith('..')) return null;
  const root = path.resolve(rootDir);
  const file = path.resolve(root, relative);
  const inside = path.relative(root, file);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return null;
  return file;
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}

function isInside(root: string, file: string): boolean {
  const inside = path.relative(root, file);
  return inside !== '' && !inside.startsWith('..') && !path.isAbsolute(inside);
}

// Opening a FIFO for reading would wait for a writer; non-blocking, the open returns at once (POSIX only).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * The contents of `file` if, with every symbolic link resolved, it is a regular file inside `rootDir`;
 * null otherwise. The type is checked on the opened handle, so what is read is what was checked.
 */
export async function readServedFile(rootDir: string, file: string): Promise<Uint8Array | null> {
  let real: string;
  try {
    real = await realpath(file);
    if (!isInside(await realpath(rootDir), real)) return null;
  } catch {
    return null;
  }
  const handle = await open(real, OPEN_FLAGS).catch(() => null);
  if (!handle) return null;
  try {
    if (!(await handle.stat()).isFile()) return null;
    return await handle.readFile();
  } catch {
    return null;
  } finally {
    await handle.close();
  }
}

/** The request handler for the app scheme, serving files from `rootDir`. */
export function appRequestHandler(rootDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const file = resolveAppPath(rootDir, request.url);
    const type = file ? CONTENT_TYPES[path.extname(file).toLowerCase()] : undefined;
    if (!file || !type) return plain(404, 'Not found');
    const body = await readServedFile(rootDir, file);
    if (!body) return plain(404, 'Not found');
    const headers = { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-cache' };
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}

/** A handler that answers every app URL with one self-contained page (the startup error page). */
export function singlePageHandler(html: string, policy: string): (request: Request) => Response {
  return () =>
    new Response(html, {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Security-Policy': policy, 'Content-Type': 'text/html; charset=utf-8' },
    });
}

export function serveRenderer(protocol: ProtocolRegistry, rootDir: string): void {
  protocol.handle(APP_SCHEME, appRequestHandler(rootDir));
}

/** Serves one page on every app URL, in place of the renderer if that was served (Electron refuses a second handler). */
export function serveSinglePage(protocol: ProtocolRegistry, html: string, policy: string): void {
  if (protocol.isProtocolHandled(APP_SCHEME)) protocol.unhandle(APP_SCHEME);
  protocol.handle(APP_SCHEME, singlePageHandler(html, policy));
}
