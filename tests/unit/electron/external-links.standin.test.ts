/**
 * The openExternal allowlist, derived from a content store's article sources (one built from the fixture
 * library here), with a stand-in for Electron's shell.
 */
import { describe, expect, it } from 'vitest';
import { allowedExternalUrl, externalOpener, sourceHosts } from '../../../src/main/electron/external-links';
import { openFixtureBackend } from '../fixture-backend';

describe('openExternal allowlist (with a stand-in for Electron)', () => {
  it('holds the host of every source the articles cite, and nothing else', async () => {
    const { content } = await openFixtureBackend();
    const articles = [...content.articles.values()];
    const hosts = sourceHosts(articles);
    const cited = articles.flatMap((a) => a.sources.map((s) => new URL(s.url).hostname));
    expect(cited.length).toBeGreaterThan(0);
    expect([...hosts].sort()).toEqual([...new Set(cited)].sort());
  });

  it('allows https links to those hosts only, in normalized form', () => {
    const hosts = new Set(['www.nhs.uk', 'medlineplus.gov']);
    expect(allowedExternalUrl('https://www.nhs.uk/conditions/leg-cramps/', hosts)).toBe(
      'https://www.nhs.uk/conditions/leg-cramps/',
    );
    expect(allowedExternalUrl('HTTPS://WWW.NHS.UK/a b', hosts)).toBe('https://www.nhs.uk/a%20b');
    for (const refused of [
      'http://www.nhs.uk/',
      'https://nhs.uk/',
      'https://www.nhs.uk.evil.com/',
      'https://evil.com/?https://www.nhs.uk/',
      'https://www.nhs.uk@evil.com/',
      'https://user:pw@www.nhs.uk/',
      'https://www.nhs.uk:8443/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://www.nhs.uk/share',
      'www.nhs.uk',
      '',
    ]) {
      expect(allowedExternalUrl(refused, hosts), refused).toBeNull();
    }
  });

  it('passes only allowed URLs to the shell', async () => {
    const opened: string[] = [];
    const open = externalOpener(new Set(['medlineplus.gov']), {
      openExternal: async (url) => {
        opened.push(url);
      },
    });
    expect(await open('https://medlineplus.gov/musclecramps.html')).toBe(true);
    expect(await open('https://example.com/')).toBe(false);
    expect(opened).toEqual(['https://medlineplus.gov/musclecramps.html']);
  });
});
