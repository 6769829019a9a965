/**
 * Checks every line drawing in resources/figures/ against the figure rules and renders them all onto one contact
 * sheet (black on white, as printed), so they can be looked at side by side: npm run figures
 * Exits 1, and writes no sheet, when a drawing breaks a rule or a required one is missing.
 */
import { Resvg } from '@resvg/resvg-js';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIGURES_DIR, REQUIRED_FIGURES, figureProblems } from './figure-rules';

const ROOT = join(import.meta.dirname, '..');
const SHEET = join(ROOT, 'docs', 'screenshots', 'figures-sheet.png');
const COLUMNS = 3;
const CELL = 320; // each drawing at 100%: 320 px wide
const LABEL = 28;
const GAP = 24;

const order = (id: string): number => {
  const index = (REQUIRED_FIGURES as readonly string[]).indexOf(id);
  return index === -1 ? REQUIRED_FIGURES.length : index;
};
const ids = readdirSync(join(ROOT, FIGURES_DIR))
  .filter((file) => file.endsWith('.svg'))
  .map((file) => file.slice(0, -'.svg'.length))
  // the required drawings in their listed order (calf first), any others after them
  .sort((a, b) => order(a) - order(b) || a.localeCompare(b));
const sources = new Map(ids.map((id) => [id, readFileSync(join(ROOT, FIGURES_DIR, `${id}.svg`), 'utf8')]));

const problems = [
  ...REQUIRED_FIGURES.filter((id) => !sources.has(id)).map((id) => `${FIGURES_DIR}/${id}.svg: missing`),
  ...[...sources].flatMap(([id, svg]) => figureProblems(id, svg).map((p) => `${FIGURES_DIR}/${id}.svg: ${p}`)),
];
if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  process.exit(1);
}

/** Places each drawing, scaled to the cell width, in a grid; rows are as tall as their tallest drawing. */
function contactSheet(): string {
  const cells: string[] = [];
  let y = GAP;
  for (let row = 0; row * COLUMNS < ids.length; row++) {
    const rowIds = ids.slice(row * COLUMNS, row * COLUMNS + COLUMNS);
    const heights = rowIds.map((id) => {
      const [, , w, h] = /viewBox="([^"]*)"/.exec(sources.get(id)!)![1].split(/\s+/).map(Number);
      return (CELL * h) / w;
    });
    rowIds.forEach((id, column) => {
      const x = GAP + column * (CELL + GAP);
      const nested = sources
        .get(id)!
        .replace('<svg ', `<svg x="${x}" y="${y}" width="${CELL}" height="${heights[column]}" `);
      cells.push(nested);
      cells.push(
        `<text x="${x}" y="${y + Math.max(...heights) + 20}" font-family="DejaVu Sans, Arial, sans-serif" font-size="15">${id}</text>`,
      );
    });
    y += Math.max(...heights) + LABEL + GAP;
  }
  const width = GAP + COLUMNS * (CELL + GAP);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y}" color="#000">
<rect width="100%" height="100%" fill="#fff"/>${cells.join('\n')}</svg>`;
}

const png = new Resvg(contactSheet(), { font: { loadSystemFonts: true } }).render().asPng();
mkdirSync(join(ROOT, 'docs', 'screenshots'), { recursive: true });
writeFileSync(SHEET, png);
for (const [id, svg] of sources) console.log(`${FIGURES_DIR}/${id}.svg: ${Buffer.byteLength(svg)} bytes, ok`);
console.log(`docs/screenshots/figures-sheet.png (${ids.length} drawings, ${png.length} bytes)`);
