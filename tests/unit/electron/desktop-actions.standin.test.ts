/**
 * Printing and Save as PDF with a stand-in for Electron's webContents and dialog. The stand-in's
 * printToPDF is real Chromium's (Playwright's page.pdf with the same options), so the tests check real PDFs
 * on disk: the page size the renderer asked for, what is on the page, and that no file is replaced unasked.
 */
import { chromium, type Browser } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MessageBoxOptions, PrintToPDFOptions, WebContentsPrintOptions } from 'electron';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HandlerError } from '../../../src/main/handler-error';
import {
  desktopActions,
  PRINT_CANCELED,
  withPdfExtension,
  type Dialogs,
  type PrintableContents,
} from '../../../src/main/electron/desktop-actions';
import { FALLBACK_FILE_NAME, pdfFileName } from '../../../src/main/electron/pdf-file-name';
import type { PageSize } from '../../../src/shared/types';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../e2e/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
});
afterAll(() => browser?.close());

/** The two things the renderer prints, each with a print stylesheet that declares the page size. */
const PAGES = {
  article: (size: PageSize) =>
    `<style>@page { size: ${size}; margin: 15mm }</style><h1>Night leg cramps</h1><p>Stand on the leg.</p>`,
  handout: (size: PageSize) =>
    `<style>@page { size: ${size}; margin: 12mm } body { background: #ffeeaa }</style><h1>Self-care for cramps</h1>`,
};

/** A page printed by real Chromium; printToPDF passes Electron's options through as Playwright's. */
async function chromiumContents(html: string): Promise<PrintableContents & { pdfOptions: PrintToPDFOptions[] }> {
  const page = await browser.newPage();
  await page.setContent(html);
  const pdfOptions: PrintToPDFOptions[] = [];
  return {
    pdfOptions,
    print: () => {
      throw new Error('not used');
    },
    printToPDF: async (options) => {
      pdfOptions.push(options);
      return page.pdf({
        format: typeof options.pageSize === 'string' ? options.pageSize : undefined,
        printBackground: options.printBackground,
        preferCSSPageSize: options.preferCSSPageSize,
      });
    },
  };
}

interface StandInDialog extends Dialogs {
  errors: string[];
  defaultPaths: string[];
  questions: string[];
}

function standInDialog(filePath: string | undefined, answer: 'Replace' | 'Cancel' = 'Cancel'): StandInDialog {
  const errors: string[] = [];
  const defaultPaths: string[] = [];
  const questions: string[] = [];
  return {
    errors,
    defaultPaths,
    questions,
    showSaveDialog: async (options) => {
      defaultPaths.push(options.defaultPath ?? '');
      return filePath ? { canceled: false, filePath } : { canceled: true };
    },
    showMessageBox: async (options: MessageBoxOptions) => {
      questions.push(options.message);
      return { response: (options.buttons ?? []).indexOf(answer) };
    },
    showErrorBox: (title, content) => errors.push(`${title} ${content}`),
  };
}

const actions = (dialog: Dialogs, contents: PrintableContents | null) =>
  desktopActions({ contents: () => contents, dialog, openExternal: async () => false, documentsDir: () => '/docs' });

/** Page width and height in points, from the PDF's MediaBox (Skia writes it as plain text). */
function mediaBox(pdf: Buffer): [number, number] {
  const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.toString('latin1'));
  expect(box, 'a MediaBox in the PDF').not.toBeNull();
  return [Number(box![1]), Number(box![2])];
}

/** Within 2 pt: Chromium rounds the paper to whole device pixels. A4 and Letter differ by 17 pt and 50 pt. */
function expectSize(pdf: Buffer, size: PageSize) {
  const [width, height] = mediaBox(pdf);
  expect(Math.abs(width - SIZES[size][0]), `width ${width} for ${size}`).toBeLessThanOrEqual(2);
  expect(Math.abs(height - SIZES[size][1]), `height ${height} for ${size}`).toBeLessThanOrEqual(2);
}

const SIZES: Record<PageSize, [number, number]> = { A4: [595, 842], Letter: [612, 792] };
const newDir = () => mkdtempSync(join(tmpdir(), 'spasm-guide-pdf-'));

describe('Save as PDF (with a stand-in for Electron)', () => {
  for (const [what, fileName] of [
    ['article', 'Night leg cramps'],
    ['handout', 'Handout: cramps / Ana'],
  ] as const) {
    for (const size of ['A4', 'Letter'] as const) {
      it(`saves the ${what} as a real ${size} PDF under the suggested, safe name`, async () => {
        const target = join(newDir(), 'saved');
        const dialog = standInDialog(target);
        const contents = await chromiumContents(PAGES[what](size));
        const savedTo = await actions(dialog, contents).savePdf({ pageSize: size, fileName });
        expect(savedTo).toBe(`${target}.pdf`);
        expect(dialog.defaultPaths).toEqual([join('/docs', pdfFileName(fileName))]);
        expect(contents.pdfOptions).toEqual([
          { printBackground: true, pageSize: size, preferCSSPageSize: true, generateDocumentOutline: false },
        ]);
        const pdf = readFileSync(savedTo!);
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
        expectSize(pdf, size);
        const text = execFileSync('pdftotext', [savedTo!, '-'], { encoding: 'utf8' });
        expect(text).toContain(what === 'article' ? 'Night leg cramps' : 'Self-care for cramps');
        expect(dialog.errors).toEqual([]);
      });
    }
  }

  it('passes the page size to Chromium when the page declares none', async () => {
    for (const size of ['A4', 'Letter'] as const) {
      const target = join(newDir(), 'plain.pdf');
      const contents = await chromiumContents('<p>No page size in this stylesheet</p>');
      await actions(standInDialog(target), contents).savePdf({ pageSize: size, fileName: 'x' });
      expectSize(readFileSync(target), size);
    }
  });

  it('does nothing when the user cancels the dialog', async () => {
    const contents = await chromiumContents(PAGES.article('A4'));
    expect(await actions(standInDialog(undefined), contents).savePdf({ pageSize: 'A4', fileName: 'x' })).toBeNull();
    expect(contents.pdfOptions).toEqual([]);
  });

  it('replaces a file only after the save dialog asked about that exact name', async () => {
    const target = join(newDir(), 'report.pdf');
    writeFileSync(target, 'an older report');
    const dialog = standInDialog(target);
    const savedTo = await actions(dialog, await chromiumContents(PAGES.article('A4'))).savePdf({
      pageSize: 'A4',
      fileName: 'x',
    });
    expect(savedTo).toBe(target);
    // The dialog's own overwrite confirmation covered this name: no second question.
    expect(dialog.questions).toEqual([]);
    expect(readFileSync(target).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('asks before replacing a file the dialog never asked about ("report" saved as report.pdf), and keeps it on Cancel', async () => {
    const dir = newDir();
    writeFileSync(join(dir, 'report.pdf'), 'keep me');
    const dialog = standInDialog(join(dir, 'report'), 'Cancel');
    const savedTo = await actions(dialog, await chromiumContents(PAGES.handout('A4'))).savePdf({
      pageSize: 'A4',
      fileName: 'x',
    });
    expect(savedTo).toBeNull();
    expect(dialog.questions).toEqual(['“report.pdf” already exists. Do you want to replace it?']);
    expect(readFileSync(join(dir, 'report.pdf'), 'utf8')).toBe('keep me');
  });

  it('replaces it when the user says Replace', async () => {
    const dir = newDir();
    writeFileSync(join(dir, 'report.pdf'), 'replace me');
    const dialog = standInDialog(join(dir, 'report'), 'Replace');
    const savedTo = await actions(dialog, await chromiumContents(PAGES.handout('A4'))).savePdf({
      pageSize: 'A4',
      fileName: 'x',
    });
    expect(savedTo).toBe(join(dir, 'report.pdf'));
    expect(dialog.questions).toHaveLength(1);
    expect(readFileSync(savedTo!).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('tells the user and answers a typed error when the file cannot be written', async () => {
    const target = join(newDir(), 'no-such-folder', 'x.pdf');
    const dialog = standInDialog(target);
    const failure = actions(dialog, await chromiumContents(PAGES.article('A4'))).savePdf({
      pageSize: 'A4',
      fileName: 'x',
    });
    await expect(failure).rejects.toBeInstanceOf(HandlerError);
    await expect(failure).rejects.toMatchObject({ code: 'unavailable' });
    expect(dialog.errors).toHaveLength(1);
    expect(dialog.errors[0]).toContain('could not be saved');
    expect(dialog.errors[0]).toContain('Choose another folder');
    expect(existsSync(target)).toBe(false);
  });

  it('tells the user when Chromium cannot make the PDF', async () => {
    const dialog = standInDialog(join(tmpdir(), 'never.pdf'));
    const contents: PrintableContents = {
      print: () => {},
      printToPDF: () => Promise.reject(new Error('printing failed')),
    };
    await expect(actions(dialog, contents).savePdf({ pageSize: 'A4', fileName: 'x' })).rejects.toMatchObject({
      code: 'unavailable',
    });
    expect(dialog.errors[0]).toContain('printing failed');
  });

  it('keeps a .pdf name as it is and adds the extension otherwise', () => {
    expect(withPdfExtension('/a/b.PDF')).toBe('/a/b.PDF');
    expect(withPdfExtension('/a/b.txt')).toBe('/a/b.txt.pdf');
  });
});

describe('the suggested file name', () => {
  it.each([
    ['Night leg cramps', 'Night leg cramps.pdf'],
    ['Handout: cramps / Ana', 'Handout cramps Ana.pdf'],
    ['../../etc/passwd', 'etc passwd.pdf'],
    ['C:\\Windows\\evil', 'C Windows evil.pdf'],
    ['tab\there\u0000nul', 'tab here nul.pdf'],
    ['  ...hidden.  ', 'hidden.pdf'],
    ['report.PDF', 'report.pdf'],
    ['CON', `${FALLBACK_FILE_NAME} CON.pdf`],
    ['', `${FALLBACK_FILE_NAME}.pdf`],
    ['???', `${FALLBACK_FILE_NAME}.pdf`],
  ])('%j becomes %j', (suggested, expected) => {
    expect(pdfFileName(suggested)).toBe(expected);
  });

  it('is at most 80 characters before ".pdf" and never splits a character', () => {
    const name = pdfFileName('😀'.repeat(200));
    expect(Array.from(name.replace(/\.pdf$/, ''))).toHaveLength(80);
    // No lone surrogate (half of an emoji).
    expect(name).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });
});

describe('Print (with a stand-in for Electron)', () => {
  const printing = (success: boolean, reason: string) => {
    const calls: WebContentsPrintOptions[] = [];
    const contents: PrintableContents = {
      print: (options, callback) => {
        calls.push(options);
        callback(success, reason);
      },
      printToPDF: () => Promise.reject(new Error('not used')),
    };
    return { contents, calls };
  };

  it.each(['A4', 'Letter'] as const)('passes the page size %s to the print dialog, with backgrounds', async (size) => {
    const { contents, calls } = printing(true, '');
    expect(await actions(standInDialog(undefined), contents).print({ pageSize: size })).toBe(true);
    expect(calls).toEqual([{ printBackground: true, pageSize: size }]);
  });

  it('treats a cancelled print dialog ("Print job canceled") as no print, without an error', async () => {
    const dialog = standInDialog(undefined);
    expect(PRINT_CANCELED).toBe('Print job canceled');
    expect(await actions(dialog, printing(false, PRINT_CANCELED).contents).print({ pageSize: 'A4' })).toBe(false);
    expect(dialog.errors).toEqual([]);
  });

  it.each(['Print job failed', 'Invalid printer settings'])('tells the user when printing fails: %s', async (why) => {
    const dialog = standInDialog(undefined);
    await expect(actions(dialog, printing(false, why).contents).print({ pageSize: 'A4' })).rejects.toMatchObject({
      code: 'unavailable',
    });
    expect(dialog.errors[0]).toContain('could not be printed');
    expect(dialog.errors[0]).toContain(why);
  });

  it('answers false when there is no window', async () => {
    const dialog = standInDialog(join(tmpdir(), 'never.pdf'));
    expect(await actions(dialog, null).print({ pageSize: 'A4' })).toBe(false);
    expect(await actions(dialog, null).savePdf({ pageSize: 'A4', fileName: 'x' })).toBeNull();
    expect(dialog.defaultPaths).toEqual([]);
  });
});
