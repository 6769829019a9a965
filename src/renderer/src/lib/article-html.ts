/**
 * Article HTML is built by the app's own build, but it is shown only after an allow-list of tags and
 * attributes (DOMPurify): a tampered content store cannot add a <meta http-equiv=refresh>, a script, an
 * event handler, a form, a frame or a javascript: link. The lists are what the build writes: sections and
 * headings with ids, text and lists, in-app links, evidence labels, callout boxes and inline line drawings.
 */
import DOMPurify, { type Config } from 'dompurify';

const words = (list: string) => list.trim().split(/\s+/);

const TEXT_TAGS = words('section div aside h2 h3 h4 p ul ol li blockquote hr br');
const INLINE_TAGS = words('a strong em b i span code mark small sub sup abbr');
const TABLE_TAGS = words('table thead tbody tr th td caption');
const FIGURE_TAGS = words('figure figcaption');
const SVG_TAGS = words('svg g path line circle ellipse rect polyline polygon title desc');

const COMMON_ATTRIBUTES = words('id class title role lang');
// aria-* attributes are allowed by DOMPurify's ALLOW_ARIA_ATTR (on by default).
const LINK_ATTRIBUTES = words('href data-article');
const TABLE_ATTRIBUTES = words('colspan rowspan scope start');
const SVG_ATTRIBUTES = words(`
  viewBox xmlns width height preserveAspectRatio focusable
  d x y x1 y1 x2 y2 cx cy r rx ry points transform
  fill fill-opacity fill-rule opacity vector-effect
  stroke stroke-width stroke-linecap stroke-linejoin stroke-dasharray stroke-opacity stroke-miterlimit
`);

const CONFIG: Config = {
  ALLOWED_TAGS: [...TEXT_TAGS, ...INLINE_TAGS, ...TABLE_TAGS, ...FIGURE_TAGS, ...SVG_TAGS],
  ALLOWED_ATTR: [...COMMON_ATTRIBUTES, ...LINK_ATTRIBUTES, ...TABLE_ATTRIBUTES, ...SVG_ATTRIBUTES],
  ALLOW_DATA_ATTR: false,
  // DOMPurify checks every attribute value that is not a plain-text attribute against this: https links and
  // values without a scheme (#anchors, in-app #/article/... links, numbers, path data) pass; javascript:,
  // data:, http: and any other scheme do not.
  ALLOWED_URI_REGEXP: /^(?:https:|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  // Ids are prefixed per pane right after (scoped-html.ts), so they cannot clobber document properties;
  // DOMPurify's own check would drop legitimate heading ids such as "images" or "body".
  SANITIZE_DOM: false,
};

/**
 * The article's HTML with everything outside the allow-list removed, as a fragment to scope and insert.
 * (Parsing hostile HTML makes Chromium report its inline handlers and styles as CSP violations, though none
 * runs or reaches the page; any parser in the page does this.)
 */
export function sanitizeArticleHtml(html: string): DocumentFragment {
  return DOMPurify.sanitize(html, { ...CONFIG, RETURN_DOM_FRAGMENT: true });
}
