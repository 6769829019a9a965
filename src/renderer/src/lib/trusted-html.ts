/**
 * The app's one Trusted Types policy ("spasm-html", allowed by the Content-Security-Policy, which requires
 * Trusted Types for every HTML sink). It is the only way HTML strings reach innerHTML, and it knows the two
 * kinds the app has:
 * - highlighted search text from the main process: escaped text with <mark> only, checked here (anything
 *   else is refused, so a changed or compromised highlighter cannot slip markup through);
 * - an article body or a drawing (SVG) from the verified content store, rendered and sanitized by the app's
 *   own build.
 * Where Trusted Types do not exist (other browsers, tests in Node) the strings pass through unchanged.
 */
type TrustedHtml = string & { readonly __trustedHtml?: never };

interface TrustedTypePolicy {
  createHTML(input: string, kind: HtmlKind): TrustedHtml;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createHTML(input: string, kind: HtmlKind): string }): TrustedTypePolicy;
}

type HtmlKind = 'highlight' | 'article' | 'figure';

/** Escaped text and <mark>…</mark>, nothing else. */
const HIGHLIGHT = /^(?:[^<>]|<mark>|<\/mark>)*$/;

function check(input: string, kind: HtmlKind): string {
  if (kind === 'article' || kind === 'figure') return input;
  if (kind === 'highlight' && HIGHLIGHT.test(input)) return input;
  throw new TypeError(`refused ${kind} HTML that is not escaped text with <mark>`);
}

const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
const policy = factory?.createPolicy('spasm-html', { createHTML: check });

function trusted(input: string, kind: HtmlKind): TrustedHtml {
  return policy ? policy.createHTML(input, kind) : check(input, kind);
}

/** A search title or snippet (escaped text with <mark>) for {@html}. */
export const highlightHtml = (html: string): TrustedHtml => trusted(html, 'highlight');

/** An article body from the content store, for innerHTML or {@html}. */
export const articleHtml = (html: string): TrustedHtml => trusted(html, 'article');

/** A drawing's SVG from the content store (sanitized and labelled at build time), for {@html}. */
export const figureHtml = (svg: string): TrustedHtml => trusted(svg, 'figure');
