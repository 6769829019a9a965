/**
 * Paper sizes and page margins in millimetres, for the builder's preview. print.css declares the same
 * margins in its @page rules (a stylesheet cannot read them from here); the print tests compare the
 * preview's page count with the real PDF's, so the two cannot drift apart unnoticed.
 */
import type { PageSize } from '../../../../shared/types';

export const PAPER: Record<PageSize, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  Letter: { width: 215.9, height: 279.4 },
};

export type TextSize = 'normal' | 'large';

/** What every printed page needs, on paper and in the preview: the paper and the text size. */
export interface PageSetup {
  pageSize: PageSize;
  textSize: TextSize;
}

/** Large print needs a taller bottom margin for its larger footer. */
export const MARGINS: Record<TextSize, { top: number; side: number; bottom: number }> = {
  normal: { top: 14, side: 15, bottom: 22 },
  large: { top: 14, side: 15, bottom: 28 },
};

/** The named @page rule in print.css for a paper size. */
export function pageName(size: PageSize): string {
  return size.toLowerCase();
}
