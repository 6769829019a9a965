/**
 * Network traffic seen by the browser itself, not only by the page: Chromium writes a net-log (every URL
 * request and host lookup of every process, the browser's own fetches included: spellcheck dictionaries,
 * autofill data, component updates) and this module reads it. Page-level request interception cannot see
 * those fetches; the net-log can.
 *
 * The file is `{"constants": {...},\n"events": [\n{event},\n{event},\n...` while Chromium runs (events are
 * appended in batches) and is closed with `]}` on exit, so it is read line by line, and a half-written
 * last line is left for the next read.
 */
import { readFileSync } from 'node:fs';

/** Chromium switches for a browser that resolves no host name at all and logs every request to `file`. */
export function netLogArgs(file: string): string[] {
  return [
    // Every host name fails to resolve: nothing can reach the network even if something tries.
    '--host-resolver-rules=MAP * ~NOTFOUND',
    `--log-net-log=${file}`,
    '--net-log-capture-mode=Everything',
  ];
}

interface NetLogEvent {
  type: number;
  params?: { url?: unknown; host?: unknown; original_url?: unknown };
}

/** Every URL requested and host looked up in the log so far, as "url" or "host NAME", in order, deduplicated. */
export function netLogTraffic(file: string): string[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  const seen = new Set<string>();
  for (const line of text.split('\n')) {
    const trimmed = line.trim().replace(/,$/, '');
    if (!trimmed.startsWith('{"params"') && !trimmed.startsWith('{"phase"') && !trimmed.startsWith('{"source"')) {
      continue;
    }
    let event: NetLogEvent;
    try {
      event = JSON.parse(trimmed) as NetLogEvent;
    } catch {
      continue; // the line Chromium is still writing
    }
    const { url, original_url: originalUrl, host } = event.params ?? {};
    for (const value of [url, originalUrl]) if (typeof value === 'string') seen.add(value);
    if (typeof host === 'string') seen.add(`host ${host}`);
  }
  return [...seen];
}

/**
 * Stock Chromium's own housekeeping, which the flags cannot switch off and which Electron does not have (it
 * has no Google account sign-in and no component updater): these two exact endpoints, and the host names
 * they look up, are not held against the app. Everything else is: a spellcheck dictionary, autofill data,
 * any page or browser fetch. (With no host name resolving, none of it leaves the machine either way.)
 */
const CHROMIUM_HOUSEKEEPING = [
  /^https?:\/\/accounts\.google\.com\/ListAccounts\?/,
  /^https?:\/\/update\.googleapis\.com\/service\/update2\/json\?/,
  /^host (accounts\.google\.com|update\.googleapis\.com)$/,
];
/** A lookup of the name the resolver rule rewrote a host to; the original lookup is reported already. */
const REWRITTEN_LOOKUP = /^host (?:[a-z]+:\/\/)?~notfound(?::\d+)?$/;
const INTERNAL_SCHEME = /^(data|blob|about|chrome|chrome-extension|chrome-untrusted|devtools):/;

/** Traffic that is not the page's own: anything but `isOwn` URLs and hosts, internal schemes and housekeeping. */
export function foreignTraffic(traffic: readonly string[], isOwn: (urlOrHost: string) => boolean): string[] {
  return traffic.filter(
    (entry) =>
      !INTERNAL_SCHEME.test(entry) &&
      !REWRITTEN_LOOKUP.test(entry) &&
      !CHROMIUM_HOUSEKEEPING.some((pattern) => pattern.test(entry)) &&
      !isOwn(entry),
  );
}

/** Reads a net-log as it grows, answering each time only what is new since the last read. */
export class NetLogWatch {
  private reported = new Set<string>();
  constructor(
    readonly file: string,
    private readonly isOwn: (urlOrHost: string) => boolean,
  ) {}
  /** Foreign traffic logged since the previous call. */
  newForeignTraffic(): string[] {
    const fresh = foreignTraffic(netLogTraffic(this.file), this.isOwn).filter((entry) => !this.reported.has(entry));
    for (const entry of fresh) this.reported.add(entry);
    return fresh;
  }
}
