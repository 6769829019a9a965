/** Reading real PDFs with poppler-utils (pdftotext, pdfinfo, pdftoppm) for the print tests. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import type { Page } from '@playwright/test';

export const PRINT_OUT = join(import.meta.dirname, '../../../test-results/print');

export const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Prints the page as Electron's printToPDF does (print media, the stylesheet's page size) into a file. */
export async function printToFile(page: Page, name: string): Promise<string> {
  await page.emulateMedia({ media: 'print' });
  mkdirSync(PRINT_OUT, { recursive: true });
  const file = join(PRINT_OUT, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  await page.emulateMedia({ media: 'screen' });
  return file;
}

export function pdfText(file: string, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return normalize(execFileSync('pdftotext', [...range, file, '-'], { encoding: 'utf8' }));
}

const info = (file: string) => execFileSync('pdfinfo', [file], { encoding: 'utf8' });

export const pdfPages = (file: string) => Number(/Pages:\s+(\d+)/.exec(info(file))?.[1]);

/** Page size in points, e.g. [595.92, 842.88] for A4. */
export function pdfPageSize(file: string): [number, number] {
  const match = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info(file));
  return [Number(match?.[1]), Number(match?.[2])];
}

export const PAPER_POINTS = { A4: [595, 842], Letter: [612, 792] } as const;

/** Heights in points of the words on the pages, from `pdftotext -bbox`. */
export function wordHeights(file: string): { word: string; height: number }[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  return [
    ...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g),
  ].map((m) => ({ word: m[5], height: Number(m[4]) - Number(m[2]) }));
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Renders every page to PNG (for people to look at), returns the files. */
export function renderPages(file: string, dpi = 60): string {
  const prefix = file.replace(/\.pdf$/, '');
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), file, prefix]);
  return prefix;
}

/** Path-building operators (moveto, lineto, curveto) in the PDF's content streams: drawings add many. */
export function pathOperators(file: string): number {
  const pdf = readFileSync(file);
  let count = 0;
  let at = 0;
  for (;;) {
    const start = pdf.indexOf('stream', at);
    if (start < 0) break;
    const dataStart = start + (pdf[start + 6] === 0x0d ? 8 : 7);
    const end = pdf.indexOf('endstream', dataStart);
    if (end < 0) break;
    const header = pdf.subarray(Math.max(0, start - 200), start).toString('latin1');
    let data = pdf.subarray(dataStart, end);
    if (/FlateDecode/.test(header)) {
      try {
        data = inflateSync(data);
      } catch {
        data = Buffer.alloc(0);
      }
    }
    count += (data.toString('latin1').match(/\s[mlc]\n/g) ?? []).length;
    at = end + 9;
  }
  return count;
}

/** Text inside a rectangle of one page, in points from the top left. */
export function pdfRegionText(
  file: string,
  page: number,
  box: { x: number; y: number; width: number; height: number },
): string {
  const args = ['-f', String(page), '-l', String(page), '-r', '72'];
  const crop = Object.entries({ x: box.x, y: box.y, W: box.width, H: box.height }).flatMap(([flag, value]) => [
    `-${flag}`,
    String(Math.round(value)),
  ]);
  return normalize(execFileSync('pdftotext', [...args, ...crop, file, '-'], { encoding: 'utf8' }));
}

const MM = 72 / 25.4;

/**
 * The footer of a page: the disclaimer (left) and the page number (right), read apart. The band is read whole and
 * the page number taken out of it, since "Page 10 of 10" reaches further left than "Page 1 of 9" does.
 */
export function pdfFooter(file: string, page: number, bottomMarginMm = 22): { left: string; right: string } {
  const [width, height] = pdfPageSize(file);
  const band = pdfRegionText(file, page, { x: 0, y: height - bottomMarginMm * MM, width, height: bottomMarginMm * MM });
  const label = /Page \d+ of \d+/.exec(band);
  if (!label) return { left: band, right: '' };
  return { left: normalize(band.replace(label[0], ' ')), right: label[0] };
}
