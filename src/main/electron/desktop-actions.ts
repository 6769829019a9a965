/**
 * The handlers' DesktopActions over Electron: open a source link, print the checklist, save it as PDF.
 * Printing and saving use what the page shows, so the renderer's print stylesheet decides the layout (and,
 * for PDF, the page size). Failures are shown to the user in a dialog and reported back to the renderer.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { PrintToPDFOptions, SaveDialogOptions, WebContentsPrintOptions } from 'electron';
import type { DesktopActions } from '../handlers';
import { HandlerError } from '../handler-error';

export interface PrintableContents {
  print(options: WebContentsPrintOptions, callback: (success: boolean, failureReason: string) => void): void;
  printToPDF(options: PrintToPDFOptions): Promise<Uint8Array>;
}

/** Electron's `dialog`; looked up at call time, so an end-to-end test can stand in for the save dialog. */
export interface Dialogs {
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
  showErrorBox(title: string, content: string): void;
}

export interface DesktopDeps {
  contents(): PrintableContents | null;
  dialog: Dialogs;
  openExternal(url: string): Promise<boolean>;
  /** Folder the save dialog starts in. */
  documentsDir(): string;
  write?: (file: string, data: Uint8Array) => Promise<void>;
}

export const PRINT_OPTIONS: WebContentsPrintOptions = { printBackground: true };
export const PDF_OPTIONS: PrintToPDFOptions = {
  printBackground: true,
  preferCSSPageSize: true,
  generateDocumentOutline: false,
};
export const PDF_FILE_NAME = 'Spasm Guide checklist.pdf';

/** Chromium's reason when the user closes the print dialog; not a failure. */
const USER_CANCELLED = 'cancelled';

/** Tells the user in a dialog, and returns the typed error the renderer gets. */
function reported(dialog: Dialogs, title: string, message: string): HandlerError {
  dialog.showErrorBox(title, message);
  return new HandlerError('unavailable', `${title} ${message}`);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function withPdfExtension(file: string): string {
  return path.extname(file).toLowerCase() === '.pdf' ? file : `${file}.pdf`;
}

export function desktopActions(deps: DesktopDeps): DesktopActions {
  const write = deps.write ?? ((file, data) => writeFile(file, data));
  return {
    openExternal: (url) => deps.openExternal(url),

    printChecklist: () => {
      const contents = deps.contents();
      if (!contents) return Promise.resolve(false);
      return new Promise<boolean>((resolve, reject) => {
        contents.print(PRINT_OPTIONS, (success, failureReason) => {
          if (success) resolve(true);
          else if (failureReason === USER_CANCELLED) resolve(false);
          else
            reject(
              reported(deps.dialog, 'The checklist could not be printed.', `The printer reported: ${failureReason}.`),
            );
        });
      });
    },

    saveChecklistPdf: async () => {
      const contents = deps.contents();
      if (!contents) return null;
      const choice = await deps.dialog.showSaveDialog({
        title: 'Save Checklist as PDF',
        defaultPath: path.join(deps.documentsDir(), PDF_FILE_NAME),
        filters: [{ name: 'PDF document', extensions: ['pdf'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (choice.canceled || !choice.filePath) return null;
      const file = withPdfExtension(choice.filePath);
      let pdf: Uint8Array;
      try {
        pdf = await contents.printToPDF(PDF_OPTIONS);
      } catch (error) {
        throw reported(
          deps.dialog,
          'The checklist could not be turned into a PDF.',
          `${errorText(error)}. Please try again.`,
        );
      }
      try {
        await write(file, pdf);
      } catch (error) {
        throw reported(
          deps.dialog,
          'The PDF could not be saved.',
          `Spasm Guide could not write ${file} (${errorText(error)}). Choose another folder and try again.`,
        );
      }
      return file;
    },
  };
}
