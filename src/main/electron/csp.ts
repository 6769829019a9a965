/**
 * The Content-Security-Policy sent with every page the app serves. No inline or eval'd script, no remote
 * origin of any kind: everything comes from the app's own origin. It matches the meta tag in
 * src/renderer/index.html (the header is what Electron enforces even if the page's tag changes).
 */
import { createHash } from 'node:crypto';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The policy for a self-contained page with one inline stylesheet, allowed by its hash; no script at all. */
export function inlineStylePolicy(css: string): string {
  const hash = createHash('sha256').update(css).digest('base64');
  return [
    "default-src 'none'",
    `style-src 'sha256-${hash}'`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
