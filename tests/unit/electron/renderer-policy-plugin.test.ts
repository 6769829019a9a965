/** The renderer's policy plugins: the build gets the strict policy, only the dev server a relaxed one. */
import { describe, expect, it } from 'vitest';
import { META_CONTENT_SECURITY_POLICY } from '../../../src/main/electron/csp';
import { devServerPolicy, rendererPolicyPlugins } from '../../../src/main/electron/renderer-policy-plugin';

type Tag = { attrs: { content: string } };
const policyFrom = (plugin: ReturnType<typeof rendererPolicyPlugins>[number]) =>
  (plugin.transformIndexHtml as unknown as () => Tag[])()[0].attrs.content;

describe('renderer policy plugins', () => {
  it('give a build the strict policy and the dev server alone the relaxed one', () => {
    const [build, serve] = rendererPolicyPlugins();
    expect(build.apply).toBe('build');
    expect(policyFrom(build)).toBe(META_CONTENT_SECURITY_POLICY);
    expect(serve.apply).toBe('serve');
    expect(policyFrom(serve)).toBe(devServerPolicy(META_CONTENT_SECURITY_POLICY));
  });

  it('relaxes only styles (Vite injects <style> elements) and Trusted Types (its error overlay writes HTML)', () => {
    const dev = devServerPolicy(META_CONTENT_SECURITY_POLICY);
    expect(dev).toContain("style-src 'self' 'unsafe-inline'");
    expect(dev).not.toContain('trusted-types');
    expect(dev).toContain("script-src 'self';");
    expect(dev).toContain("default-src 'none'");
    expect(META_CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
  });
});
