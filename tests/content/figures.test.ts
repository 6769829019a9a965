/** The line drawings: every required one exists, keeps the figure rules, and draws something when rendered. */
import { Resvg } from '@resvg/resvg-js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIGURES_DIR, MAX_FIGURE_BYTES, REQUIRED_FIGURES, figureProblems } from '../../scripts/figure-rules';
import { sanitizeSvg } from '../../src/main/content/figures';

const DIR = join(import.meta.dirname, '../..', FIGURES_DIR);
const files = readdirSync(DIR).filter((file) => file.endsWith('.svg'));
const read = (id: string): string => readFileSync(join(DIR, `${id}.svg`), 'utf8');

describe('resources/figures', () => {
  it('holds every required drawing', () => {
    expect(files.map((file) => file.slice(0, -4)).sort()).toEqual(expect.arrayContaining([...REQUIRED_FIGURES]));
  });

  it.each(files.map((file) => file.slice(0, -4)))('%s keeps the figure rules', (id) => {
    expect(figureProblems(id, read(id))).toEqual([]);
  });

  it.each([...REQUIRED_FIGURES])('%s renders visible strokes in the text colour', (id) => {
    const svg = read(id).replace('<svg ', '<svg color="#ff0000" ');
    const { pixels } = new Resvg(svg, { fitTo: { mode: 'width', value: 160 } }).render();
    let red = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      if (pixels[i + 3] > 200 && pixels[i] > 200 && pixels[i + 1] < 40) red++;
    }
    // the figure, floor and arrow cover a good share of the picture, all in the inherited colour
    expect(red / (pixels.length / 4)).toBeGreaterThan(0.03);
  });

  // the app inlines each drawing rebuilt from an allowlist (no clip paths, masks or classes), so a drawing that
  // leans on anything outside it looks different in the app and on paper than in the file
  it.each([...REQUIRED_FIGURES])('%s looks the same after the app rebuilds it', (id) => {
    const render = (svg: string): Uint8Array =>
      new Resvg(svg.replaceAll('currentColor', '#000'), { fitTo: { mode: 'width', value: 320 } }).render().pixels;
    const original = render(read(id));
    const inApp = render(sanitizeSvg(read(id), `figure-${id}`));
    expect(inApp.length).toBe(original.length);
    let changed = 0;
    for (let i = 3; i < original.length; i += 4) if (Math.abs(original[i] - inApp[i]) > 64) changed++;
    expect(changed).toBe(0);
  });
});

describe('figureProblems', () => {
  const good = read('wall-calf-stretch');
  const id = 'wall-calf-stretch';
  const broken: [string, string, RegExp][] = [
    ['no viewBox', good.replace(/viewBox="[^"]*"/, ''), /viewBox/],
    ['a fixed width', good.replace('<svg ', '<svg width="320" '), /fixed width/],
    ['no title', good.replace(/<title[^>]*>[^<]*<\/title>/, ''), /title/],
    ['a script', good.replace('</svg>', '<script>alert(1)</script></svg>'), /<script>/],
    ['an embedded image', good.replace('</svg>', '<image href="#x"/></svg>'), /<image>/],
    ['a link outside', good.replace('</svg>', '<use href="other.svg#a"/></svg>'), /outside the file/],
    ['an outside url()', good.replace('</svg>', '<path fill="url(https://example.org/a)"/></svg>'), /outside/],
    ['text', good.replace('</svg>', '<text>Calf</text></svg>'), /<text>/],
    ['a fixed colour', good.replace('stroke="currentColor"', 'stroke="#333"'), /fixed colour/],
    ['no currentColor', good.replaceAll('currentColor', 'none'), /currentColor/],
    ['an event handler', good.replace('<svg ', '<svg onload="x()" '), /event handler/],
    ['a stylesheet', good.replace('</svg>', '<style>path{stroke:red}</style></svg>'), /stylesheet/],
    ['a second arrow', good.replace('class="arrow"', 'class="arrow"><g class="arrow"'), /one class="arrow"/],
    ['no accent', good.replace('class="accent"', ''), /one class="accent"/],
    ['an id without the prefix', good.replace('id="wall-calf-stretch-t"', 'id="c"'), /id="c"/],
    ['too many bytes', good.replace('</svg>', `<!--${'x'.repeat(MAX_FIGURE_BYTES)}--></svg>`), /bytes/],
  ];
  it.each(broken)('reports %s', (_name, svg, expected) => {
    expect(figureProblems(id, svg).join('\n')).toMatch(expected);
  });
});
