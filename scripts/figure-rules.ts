/**
 * The rules every line drawing in resources/figures/ keeps, so it can be inlined into an article or a printed
 * handout and follow the text colour in light, dark and black-and-white print: scalable, titled, self-contained,
 * drawn in currentColor only, with one marked muscle and one arrow, and small.
 */
export const FIGURES_DIR = 'resources/figures';
export const MAX_FIGURE_BYTES = 8 * 1024;

/** The drawings the articles and the handout name; the ids are fixed. */
export const REQUIRED_FIGURES = [
  'wall-calf-stretch',
  'towel-calf-stretch',
  'toe-pull-during-cramp',
  'standing-on-cramped-leg',
  'hamstring-stretch',
  'quadriceps-stretch',
  'foot-and-toe-stretch',
  'neck-side-stretch',
  'knee-to-chest-stretch',
] as const;

const PAINT_VALUES = /^(none|currentColor|url\(#[\w-]+\))$/;
const FORBIDDEN_ELEMENTS = ['script', 'foreignObject', 'image', 'text', 'iframe', 'video', 'audio', 'a'];

/** Every problem with one drawing, as plain sentences; an empty list means it keeps all the rules. */
export function figureProblems(id: string, svg: string): string[] {
  const problems: string[] = [];
  const root = /<svg\b([^>]*)>/.exec(svg);
  if (!root) return ['no <svg> root element'];
  const rootAttrs = root[1];

  const viewBox = /\bviewBox="([^"]*)"/
    .exec(rootAttrs)?.[1]
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  if (!viewBox || viewBox.length !== 4 || viewBox.some(Number.isNaN) || viewBox[2] <= 0 || viewBox[3] <= 0) {
    problems.push('the root needs a viewBox of four numbers with a positive width and height');
  }
  for (const dimension of ['width', 'height']) {
    const value = new RegExp(`\\b${dimension}="([^"]*)"`).exec(rootAttrs)?.[1];
    if (value !== undefined && value !== '100%') problems.push(`fixed ${dimension}="${value}" on the root (omit it)`);
  }
  const title = /<title\b[^>]*>([^<]*)<\/title>/.exec(svg)?.[1].trim();
  if (!title) problems.push('no <title>, or an empty one');

  for (const element of FORBIDDEN_ELEMENTS) {
    if (new RegExp(`<${element}[\\s>/]`, 'i').test(svg)) problems.push(`contains <${element}>`);
  }
  if (/\son\w+\s*=/i.test(svg)) problems.push('contains an event handler attribute');
  for (const [, ref] of svg.matchAll(/\b(?:xlink:)?href\s*=\s*"([^"]*)"/g)) {
    if (!ref.startsWith('#')) problems.push(`links outside the file: href="${ref}"`);
  }
  for (const [, ref] of svg.matchAll(/url\(\s*['"]?([^)'"]*)/g)) {
    if (!ref.startsWith('#')) problems.push(`refers outside the file: url(${ref})`);
  }
  if (/@import|<style\b/i.test(svg)) problems.push('contains a stylesheet (use attributes only)');
  if (/style\s*=/i.test(svg)) problems.push('contains a style attribute (use attributes only)');

  if (!svg.includes('currentColor')) problems.push('does not use currentColor');
  for (const [, attr, value] of svg.matchAll(
    /\b(fill|stroke|color|stop-color|flood-color|lighting-color)="([^"]*)"/g,
  )) {
    if (!PAINT_VALUES.test(value)) problems.push(`${attr}="${value}" is a fixed colour (use currentColor)`);
  }

  for (const [, elementId] of svg.matchAll(/\bid="([^"]*)"/g)) {
    if (!elementId.startsWith(`${id}-`))
      problems.push(`id="${elementId}" must start with "${id}-" (ids stay unique inline)`);
  }
  const accents = svg.match(/class="accent"/g)?.length ?? 0;
  const arrows = svg.match(/class="arrow"/g)?.length ?? 0;
  if (accents !== 1) problems.push(`needs exactly one class="accent" (the target muscle), found ${accents}`);
  if (arrows !== 1) problems.push(`needs exactly one class="arrow" (the direction of stretch), found ${arrows}`);

  const bytes = Buffer.byteLength(svg);
  if (bytes > MAX_FIGURE_BYTES) problems.push(`${bytes} bytes, more than ${MAX_FIGURE_BYTES}`);
  return problems;
}
