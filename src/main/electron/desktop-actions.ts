/**
 * The handlers' DesktopActions over Electron: open a source link, print what the page shows, save it as PDF.
 * The renderer decides what is on paper (an article or the handout) through its print stylesheet; the page
 * size it asks for goes both to the print dialog and to the PDF, and the stylesheet declares the same size.
 * Failures are shown to the user in a dialog and reported back to the renderer.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { MessageBoxOptions, PrintToPDFOptions, SaveDialogOptions, WebContentsPrintOptions } from 'electron';
import type { PageSize } from '../../shared/types';
import type { DesktopActions } from '../handlers';
import { HandlerError } from '../handler-error';
import { pdfFileName } from './pdf-file-name';

export interface PrintableContents {
  print(options: WebContentsPrintOptions, callback: (success: boolean, failureReason: string) => void): void;
  printToPDF(options: PrintToPDFOptions): Promise<Uint8Array>;
}

/** Electron's `dialog`; looked up at call time, so an end-to-end test can stand in for the save dialog. */
export interface Dialogs {
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
  showMessageBox(options: MessageBoxOptions): Promise<{ response: number }>;
  showErrorBox(title: string, content: string): void;
}

/** Writes the PDF; without `overwrite` it must fail with EEXIST rather than replace a file. */
export type WriteFile = (file: string, data: Uint8Array, options: { overwrite: boolean }) => Promise<void>;

export interface DesktopDeps {
  contents(): PrintableContents | null;
  dialog: Dialogs;
  openExternal(url: string): Promise<boolean>;
  /** Folder the save dialog starts in. */
  documentsDir(): string;
  write?: WriteFile;
}

export const printOptions = (pageSize: PageSize): WebContentsPrintOptions => ({ printBackground: true, pageSize });
// preferCSSPageSize: the print stylesheet declares the same size, so both agree; the CSS wins if they ever differ.
export const pdfOptions = (pageSize: PageSize): PrintToPDFOptions => ({
  printBackground: true,
  pageSize,
  preferCSSPageSize: true,
  generateDocumentOutline: false,
});

/** Electron's reason when the user closes the print dialog (electron.d.ts); not a failure. */
export const PRINT_CANCELED = 'Print job canceled';

const writeNew: WriteFile = (file, data, { overwrite }) => writeFile(file, data, { flag: overwrite ? 'w' : 'wx' });

/** Tells the user in a dialog, and returns the typed error the renderer gets. */
function reported(dialog: Dialogs, title: string, message: string): HandlerError {
  dialog.showErrorBox(title, message);
  return new HandlerError('unavailable', `${title} ${message}`);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const exists = (error: unknown) => (error as NodeJS.ErrnoException | null)?.code === 'EEXIST';

export function withPdfExtension(file: string): string {
  return path.extname(file).toLowerCase() === '.pdf' ? file : `${file}.pdf`;
}

export function desktopActions(deps: DesktopDeps): DesktopActions {
  const write = deps.write ?? writeNew;

  /** Asks before replacing a file the save dialog did not ask about (its name got ".pdf" added). */
  const replaceConfirmed = async (file: string) =>
    (
      await deps.dialog.showMessageBox({
        type: 'question',
        buttons: ['Replace', 'Cancel'],
        defaultId: 1,
        cancelId: 1,
        message: `“${path.basename(file)}” already exists. Do you want to replace it?`,
        detail: `A file with this name is already in ${path.dirname(file)}. Replacing it overwrites what it holds.`,
      })
    ).response === 0;

  return {
    openExternal: (url) => deps.openExternal(url),

    print: ({ pageSize }) => {
      const contents = deps.contents();
      if (!contents) return Promise.resolve(false);
      return new Promise<boolean>((resolve, reject) => {
        contents.print(printOptions(pageSize), (success, failureReason) => {
          if (success) resolve(true);
          else if (failureReason === PRINT_CANCELED) resolve(false);
          else reject(reported(deps.dialog, 'This could not be printed.', `The printer reported: ${failureReason}.`));
        });
      });
    },

    savePdf: async ({ pageSize, fileName }) => {
      const contents = deps.contents();
      if (!contents) return null;
      const choice = await deps.dialog.showSaveDialog({
        title: 'Save as PDF',
        defaultPath: path.join(deps.documentsDir(), pdfFileName(fileName)),
        filters: [{ name: 'PDF document', extensions: ['pdf'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (choice.canceled || !choice.filePath) return null;
      const file = withPdfExtension(choice.filePath);
      let pdf: Uint8Array;
      try {
        pdf = await contents.printToPDF(pdfOptions(pageSize));
      } catch (error) {
        throw reported(deps.dialog, 'The PDF could not be made.', `${errorText(error)}. Please try again.`);
      }
      const failed = (error: unknown) =>
        reported(
          deps.dialog,
          'The PDF could not be saved.',
          `Spasm Guide could not write ${file} (${errorText(error)}). Choose another folder and try again.`,
        );
      try {
        // Never replace a file silently: 'wx' fails if it exists.
        await write(file, pdf, { overwrite: false });
        return file;
      } catch (error) {
        if (!exists(error)) throw failed(error);
      }
      // The save dialog already asked about the exact name it returned; a name we extended was never asked about.
      if (file !== choice.filePath && !(await replaceConfirmed(file))) return null;
      try {
        await write(file, pdf, { overwrite: true });
      } catch (error) {
        throw failed(error);
      }
      return file;
    },
  };
}
