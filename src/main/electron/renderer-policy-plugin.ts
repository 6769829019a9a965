/**
 * Puts the Content-Security-Policy into the renderer's index.html as a meta tag, from the one definition in
 * csp.ts, so the page and the app:// header can never drift apart.
 *
 * `npm run dev` only: Vite's dev server injects each stylesheet as an inline <style> element and its error
 * overlay writes HTML, so the dev page allows inline styles and does not require Trusted Types. The plugin
 * that does this applies to the dev server alone (`apply: 'serve'`); a build never contains it.
 */
import type { Plugin } from 'vite';
import { META_CONTENT_SECURITY_POLICY } from './csp';

/** The dev server's relaxation of a policy: inline styles allowed, Trusted Types not required. */
export function devServerPolicy(policy: string): string {
  return policy
    .split('; ')
    .filter((d) => !d.startsWith('require-trusted-types-for') && !d.startsWith('trusted-types'))
    .map((d) => (d.startsWith('style-src ') ? `${d} 'unsafe-inline'` : d))
    .join('; ');
}

function metaTag(policy: string) {
  return {
    tag: 'meta',
    attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
    injectTo: 'head-prepend' as const,
  };
}

export function rendererPolicyPlugins(): Plugin[] {
  return [
    {
      name: 'spasm-csp-meta',
      apply: 'build',
      transformIndexHtml: () => [metaTag(META_CONTENT_SECURITY_POLICY)],
    },
    {
      name: 'spasm-csp-meta-dev-server',
      apply: 'serve',
      transformIndexHtml: () => [metaTag(devServerPolicy(META_CONTENT_SECURITY_POLICY))],
    },
  ];
}
