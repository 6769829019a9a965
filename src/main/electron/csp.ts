/**
 * The Content-Security-Policy sent with every page the app serves. No inline or eval'd script, no remote
 * origin of any kind: everything comes from the app's own origin. Trusted Types are required for every
 * HTML sink, and only three named policies may exist: Svelte's own (for its compiled templates), the
 * app's (src/renderer/src/lib/trusted-html.ts) and DOMPurify's (held inside the article sanitizer, which
 * parses the store's HTML before the allow-list runs). The same policy goes into index.html's meta tag (see
 * renderer-policy-plugin.ts); the header is what Electron enforces even if the page's tag changes.
 */
import { createHash } from 'node:crypto';

/** The Trusted Types policy names the renderer may create. */
export const TRUSTED_TYPES_POLICIES = ['svelte-trusted-html', 'spasm-html', 'dompurify'] as const;

const DIRECTIVES = [
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
  "require-trusted-types-for 'script'",
  `trusted-types ${TRUSTED_TYPES_POLICIES.join(' ')}`,
];

export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/**
 * The same policy for a <meta> tag, which cannot carry frame-ancestors (Chromium ignores it there and
 * logs a warning); the header carries it.
 */
export const META_CONTENT_SECURITY_POLICY = DIRECTIVES.filter((d) => !d.startsWith('frame-ancestors')).join('; ');

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
