/**
 * The openExternal allowlist, derived from a content store's article sources (one built from the fixture
 * library here), with a stand-in for Electron's shell.
 */
import { describe, expect, it } from 'vitest';
import { allowedExternalUrl, externalOpener, sourceUrls } from '../../../src/main/electron/external-links';
import { openFixtureBackend } from '../fixture-backend';

describe('openExternal allowlist (with a stand-in for Electron)', () => {
  it('holds the normalized URL of every source the articles cite, and nothing else', async () => {
    const { content } = await openFixtureBackend();
    const articles = [...content.articles.values()];
    const urls = sourceUrls(articles);
    const cited = articles.flatMap((a) => a.sources.map((s) => new URL(s.url).href));
    expect(cited.length).toBeGreaterThan(0);
    expect([...urls].sort()).toEqual([...new Set(cited)].sort());
  });

  it('allows exactly the cited URLs, in any spelling that normalizes to them, and no other path on their hosts', () => {
    const cited = sourceUrls([
      { sources: [{ url: 'https://www.nhs.uk/conditions/leg-cramps/' }, { url: 'https://doi.org/10.1002/14651858' }] },
      { sources: [{ url: 'https://www.nhs.uk/a b' }, { url: 'http://insecure.example/' }] },
    ]);
    expect([...cited]).toEqual([
      'https://www.nhs.uk/conditions/leg-cramps/',
      'https://doi.org/10.1002/14651858',
      'https://www.nhs.uk/a%20b',
    ]);
    expect(allowedExternalUrl('https://www.nhs.uk/conditions/leg-cramps/', cited)).toBe(
      'https://www.nhs.uk/conditions/leg-cramps/',
    );
    expect(allowedExternalUrl('HTTPS://WWW.NHS.UK/a b', cited)).toBe('https://www.nhs.uk/a%20b');
    expect(allowedExternalUrl('https://www.nhs.uk:443/a%20b', cited)).toBe('https://www.nhs.uk/a%20b');
    for (const refused of [
      'https://www.nhs.uk/',
      'https://www.nhs.uk/conditions/leg-cramps/?x=1',
      'https://www.nhs.uk/conditions/leg-cramps',
      'https://doi.org/10.1000/anything-else',
      'https://doi.org/10.1002/14651858/',
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
      expect(allowedExternalUrl(refused, cited), refused).toBeNull();
    }
  });

  it('passes only allowed URLs to the shell', async () => {
    const opened: string[] = [];
    const open = externalOpener(new Set(['https://medlineplus.gov/musclecramps.html']), {
      openExternal: async (url) => {
        opened.push(url);
      },
    });
    expect(await open('https://medlineplus.gov/musclecramps.html')).toBe(true);
    expect(await open('https://example.com/')).toBe(false);
    expect(await open('https://medlineplus.gov/other.html')).toBe(false);
    expect(opened).toEqual(['https://medlineplus.gov/musclecramps.html']);
  });
});
