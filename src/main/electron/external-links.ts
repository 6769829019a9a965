/**
 * Which links may open in the system browser: https URLs on the hosts the articles cite as sources, and
 * nothing else. A URL is parsed and checked before it reaches the operating system, and what is opened is
 * the parsed URL's normalized form, never the raw string.
 */

/** The hosts of every source URL cited by the articles. */
export function sourceHosts(articles: Iterable<{ sources: readonly { url: string }[] }>): Set<string> {
  const hosts = new Set<string>();
  for (const article of articles) {
    for (const source of article.sources) {
      const url = parseHttps(source.url);
      if (url) hosts.add(url.hostname);
    }
  }
  return hosts;
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

/** The normalized URL to open, or null when `raw` is not an https link to an allowed host. */
export function allowedExternalUrl(raw: string, hosts: ReadonlySet<string>): string | null {
  const url = parseHttps(raw);
  return url && hosts.has(url.hostname) ? url.href : null;
}

export interface Shell {
  openExternal(url: string): Promise<void>;
}

/** Opens allowed links in the system browser; answers whether it did. */
export function externalOpener(hosts: ReadonlySet<string>, shell: Shell): (raw: string) => Promise<boolean> {
  return async (raw) => {
    const url = allowedExternalUrl(raw, hosts);
    if (!url) return false;
    await shell.openExternal(url);
    return true;
  };
}
