/**
 * Line drawings (`resources/figures/<id>.svg`), inlined into the rendered HTML at build time. The app's
 * content security policy allows inline SVG markup but no scripts and no external loads, so each file is
 * rebuilt from an allowlist of drawing elements and attributes: scripts, event handlers, links, styles,
 * foreign content and anything else unknown are dropped. `currentColor` is kept, so drawings follow the
 * text colour in light and dark themes and in print.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { escapeHtml } from './warning-signs';

/** Alt text shorter than this cannot describe a position and the direction of a stretch. */
export const MIN_ALT_LENGTH = 30;

const ELEMENTS = new Set([
  'svg',
  'g',
  'path',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'rect',
  'text',
  'tspan',
  'defs',
  'marker',
]);
const ATTRIBUTES = new Set([
  'viewbox',
  'width',
  'height',
  'x',
  'y',
  'x1',
  'y1',
  'x2',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'd',
  'points',
  'transform',
  'fill',
  'fill-rule',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-size',
  'font-weight',
  'text-anchor',
  'id',
  'markerwidth',
  'markerheight',
  'refx',
  'refy',
  'orient',
  'marker-start',
  'marker-end',
  'marker-mid',
  'href',
  'preserveaspectratio',
]);
/** Attribute values may only point inside the drawing ("url(#arrow)", "#arrow"), never outside it. */
const EXTERNAL = /url\(\s*['"]?(?!#)|javascript:|data:|https?:/i;

export interface FigureFile {
  id: string;
  /** Sanitized markup of the whole drawing, without role or label. */
  svg: string;
}

/** Reads every `<id>.svg` in the folder; a missing folder is an empty set. */
export function readFigures(dir: string): Map<string, FigureFile> {
  const figures = new Map<string, FigureFile>();
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.svg'));
  } catch {
    return figures;
  }
  for (const name of names.sort()) {
    const id = name.slice(0, -4);
    figures.set(id, { id, svg: sanitizeSvg(readFileSync(join(dir, name), 'utf8'), `figure-${id}`) });
  }
  return figures;
}

/** Rebuilds SVG markup from the allowlist; text is escaped, everything outside the root <svg> is dropped. */
export function sanitizeSvg(source: string, idPrefix = ''): string {
  const out: string[] = [];
  // Depth of a dropped element we are inside (its whole subtree is dropped), or 0.
  let dropped = 0;
  let inSvg = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const tag = name.toLowerCase();
        if (dropped > 0 || !ELEMENTS.has(tag) || (tag !== 'svg' && inSvg === 0)) {
          dropped++;
          return;
        }
        if (tag === 'svg') inSvg++;
        const kept = Object.entries(attributes)
          .filter(([key, value]) => ATTRIBUTES.has(key.toLowerCase()) && !EXTERNAL.test(value))
          .filter(([key, value]) => key.toLowerCase() !== 'href' || value.startsWith('#'))
          .map(([key, value]) => ` ${key}="${escapeHtml(scopeRefs(key, value, idPrefix))}"`)
          .join('');
        const namespace = tag === 'svg' ? ' xmlns="http://www.w3.org/2000/svg"' : '';
        out.push(`<${name}${namespace}${kept}>`);
      },
      ontext(text) {
        if (dropped === 0 && inSvg > 0) out.push(escapeHtml(text));
      },
      onclosetag(name) {
        const tag = name.toLowerCase();
        if (dropped > 0) {
          dropped--;
          return;
        }
        if (!ELEMENTS.has(tag) || inSvg === 0) return;
        if (tag === 'svg') inSvg--;
        out.push(`</${name}>`);
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(source);
  parser.end();
  return out.join('').replace(/>\s+</g, '><').trim();
}

/**
 * Internal ids ("arrow" for a marker) get the figure's id as a prefix, and references to them follow, so two
 * drawings on one page cannot take each other's markers.
 */
function scopeRefs(key: string, value: string, prefix: string): string {
  if (!prefix) return value;
  if (key.toLowerCase() === 'id') return `${prefix}-${value}`;
  return value.replace(/url\(\s*(['"]?)#/g, `url($1#${prefix}-`).replace(/^#/, `#${prefix}-`);
}

/** The drawing labelled for assistive technology: role="img" and the alt text as its name. */
export function labelledSvg(figure: FigureFile, alt: string): string {
  return figure.svg.replace(/^<svg/, `<svg role="img" aria-label="${escapeHtml(alt)}" focusable="false"`);
}

/** A figure on a line of its own in an article: the drawing with its alt text as a visible caption. */
export function figureHtml(figure: FigureFile, alt: string): string {
  return `<figure class="figure" data-figure="${figure.id}">${labelledSvg(figure, alt)}<figcaption>${escapeHtml(alt)}</figcaption></figure>\n`;
}
