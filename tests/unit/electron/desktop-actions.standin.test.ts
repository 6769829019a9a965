/**
 * Printing and Save as PDF with a stand-in for Electron's webContents and dialog. The stand-in's
 * printToPDF is real Chromium's (Playwright's page.pdf with the same options), so the test checks a real
 * PDF on disk, including that the page's print stylesheet decides the paper size.
 */
import { chromium, type Browser } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PrintToPDFOptions } from 'electron';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HandlerError } from '../../../src/main/handler-error';
import {
  desktopActions,
  PDF_FILE_NAME,
  PDF_OPTIONS,
  withPdfExtension,
  type Dialogs,
  type PrintableContents,
} from '../../../src/main/electron/desktop-actions';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../e2e/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
});
afterAll(() => browser?.close());

/** A page with an A5 print stylesheet, printed by real Chromium. */
async function chromiumContents(): Promise<PrintableContents & { pdfOptions: PrintToPDFOptions[] }> {
  const page = await browser.newPage();
  await page.setContent(
    '<style>@page { size: A5; margin: 10mm } body { background: #ffeeaa }</style><h1>Self-care checklist</h1>',
  );
  const pdfOptions: PrintToPDFOptions[] = [];
  return {
    pdfOptions,
    print: () => {
      throw new Error('not used');
    },
    printToPDF: async (options) => {
      pdfOptions.push(options);
      return page.pdf({ printBackground: options.printBackground, preferCSSPageSize: options.preferCSSPageSize });
    },
  };
}

function standInDialog(filePath: string | undefined): Dialogs & { errors: string[]; defaultPaths: string[] } {
  const errors: string[] = [];
  const defaultPaths: string[] = [];
  return {
    errors,
    defaultPaths,
    showSaveDialog: async (options) => {
      defaultPaths.push(options.defaultPath ?? '');
      return filePath ? { canceled: false, filePath } : { canceled: true };
    },
    showErrorBox: (title, content) => errors.push(`${title} ${content}`),
  };
}

const base = (dialog: Dialogs, contents: PrintableContents | null) =>
  desktopActions({ contents: () => contents, dialog, openExternal: async () => false, documentsDir: () => '/docs' });

describe('Save checklist as PDF (with a stand-in for Electron)', () => {
  it('asks where to save, then writes a real PDF at the print stylesheet’s page size', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spasm-guide-pdf-'));
    const target = join(dir, 'my checklist');
    const dialog = standInDialog(target);
    const contents = await chromiumContents();
    const savedTo = await base(dialog, contents).saveChecklistPdf();
    expect(savedTo).toBe(`${target}.pdf`);
    expect(dialog.defaultPaths).toEqual([join('/docs', PDF_FILE_NAME)]);
    expect(contents.pdfOptions).toEqual([PDF_OPTIONS]);
    expect(PDF_OPTIONS).toMatchObject({ printBackground: true, preferCSSPageSize: true });
    const pdf = readFileSync(savedTo!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // The page asked for A5 (420 x 595 pt); Chromium's default would be Letter or A4. Skia writes the
    // page's MediaBox as plain text.
    const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.toString('latin1'));
    expect(box, 'a MediaBox in the PDF').not.toBeNull();
    expect(Math.round(Number(box![1]))).toBe(420);
    expect(Math.round(Number(box![2]))).toBe(595);
    expect(dialog.errors).toEqual([]);
  });

  it('does nothing when the user cancels the dialog', async () => {
    const contents = await chromiumContents();
    expect(await base(standInDialog(undefined), contents).saveChecklistPdf()).toBeNull();
    expect(contents.pdfOptions).toEqual([]);
  });

  it('tells the user and answers a typed error when the file cannot be written', async () => {
    const target = join(mkdtempSync(join(tmpdir(), 'spasm-guide-pdf-')), 'no-such-folder', 'x.pdf');
    const dialog = standInDialog(target);
    const failure = base(dialog, await chromiumContents()).saveChecklistPdf();
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
    await expect(base(dialog, contents).saveChecklistPdf()).rejects.toMatchObject({ code: 'unavailable' });
    expect(dialog.errors[0]).toContain('printing failed');
  });

  it('keeps a .pdf name as it is and adds the extension otherwise', () => {
    expect(withPdfExtension('/a/b.PDF')).toBe('/a/b.PDF');
    expect(withPdfExtension('/a/b.txt')).toBe('/a/b.txt.pdf');
  });
});

describe('Print checklist (with a stand-in for Electron)', () => {
  const printing = (success: boolean, reason: string) => {
    const calls: unknown[] = [];
    const contents: PrintableContents = {
      print: (options, callback) => {
        calls.push(options);
        callback(success, reason);
      },
      printToPDF: () => Promise.reject(new Error('not used')),
    };
    return { contents, calls };
  };

  it('prints with backgrounds', async () => {
    const { contents, calls } = printing(true, '');
    expect(await base(standInDialog(undefined), contents).printChecklist()).toBe(true);
    expect(calls).toEqual([{ printBackground: true }]);
  });

  it('treats a cancelled print dialog as no print, without an error', async () => {
    const dialog = standInDialog(undefined);
    expect(await base(dialog, printing(false, 'cancelled').contents).printChecklist()).toBe(false);
    expect(dialog.errors).toEqual([]);
  });

  it('tells the user when printing fails', async () => {
    const dialog = standInDialog(undefined);
    await expect(base(dialog, printing(false, 'failed').contents).printChecklist()).rejects.toMatchObject({
      code: 'unavailable',
    });
    expect(dialog.errors[0]).toContain('could not be printed');
  });

  it('answers false when there is no window', async () => {
    const dialog = standInDialog(join(tmpdir(), 'never.pdf'));
    expect(await base(dialog, null).printChecklist()).toBe(false);
    expect(await base(dialog, null).saveChecklistPdf()).toBeNull();
    expect(dialog.defaultPaths).toEqual([]);
  });
});
