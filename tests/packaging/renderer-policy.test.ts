/**
 * The built renderer's index.html carries the strict Content-Security-Policy: the same directives as the
 * app:// header (less frame-ancestors, which a meta tag cannot carry), with no dev-server relaxation.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../../src/main/electron/csp';

const html = readFileSync(new URL('../../out/renderer/index.html', import.meta.url), 'utf8');
const decode = (text: string) =>
  text
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

describe('the built index.html', () => {
  const tags = [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/gi)];

  it('has exactly one policy, the header’s directives, before any script or stylesheet', () => {
    expect(tags).toHaveLength(1);
    const policy = decode(tags[0][1]);
    expect(policy).toBe(META_CONTENT_SECURITY_POLICY);
    expect(`${policy}; frame-ancestors 'none'`.split('; ').sort()).toEqual(CONTENT_SECURITY_POLICY.split('; ').sort());
    const at = tags[0].index ?? Infinity;
    expect(at).toBeLessThan(html.search(/<script|<link/));
  });

  it('is strict: no inline or eval, no remote source, Trusted Types required', () => {
    const policy = decode(tags[0][1]);
    expect(policy).not.toMatch(/unsafe-|https?:|\*|ws:/);
    expect(policy).toContain("style-src 'self';");
    expect(policy).toContain("require-trusted-types-for 'script'");
  });
});
