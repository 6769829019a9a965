/**
 * Which links may open in the system browser: exactly the https source URLs the articles cite, and nothing
 * else (not another path on a cited host: some, like doi.org, redirect anywhere). A URL is parsed and
 * checked before it reaches the operating system, and what is opened is the parsed URL's normalized form,
 * never the raw string.
 */

/** The normalized URL of every source cited by the articles. */
export function sourceUrls(articles: Iterable<{ sources: readonly { url: string }[] }>): Set<string> {
  const urls = new Set<string>();
  for (const article of articles) {
    for (const source of article.sources) {
      const url = parseHttps(source.url);
      if (url) urls.add(url.href);
    }
  }
  return urls;
}

function parseHttps(raw: string): URL | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  // Credentials and explicit ports have no place in a citation and are a classic way to disguise a host.
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return null;
  return url;
}

/** The normalized URL to open, or null when `raw` is not (a spelling of) one of the cited source URLs. */
export function allowedExternalUrl(raw: string, cited: ReadonlySet<string>): string | null {
  const url = parseHttps(raw);
  return url && cited.has(url.href) ? url.href : null;
}

export interface Shell {
  openExternal(url: string): Promise<void>;
}

/** Opens cited source URLs in the system browser; answers whether it did. */
export function externalOpener(cited: ReadonlySet<string>, shell: Shell): (raw: string) => Promise<boolean> {
  return async (raw) => {
    const url = allowedExternalUrl(raw, cited);
    if (!url) return false;
    await shell.openExternal(url);
    return true;
  };
}
