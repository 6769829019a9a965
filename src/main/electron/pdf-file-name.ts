/**
 * The file name Save as PDF suggests, made from what the renderer proposes (an article's title, "Handout for
 * …"): no folders, no characters Windows, macOS or Linux refuse, no device names, at most 80 characters.
 */

export const MAX_FILE_NAME_LENGTH = 80;
export const FALLBACK_FILE_NAME = 'Spasm Guide';

// Control characters and the characters Windows forbids in names (which covers / for macOS and Linux).
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u001f\u007f<>:"/\\|?*]+/g;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

/** A safe base name ending in ".pdf". */
export function pdfFileName(suggested: string): string {
  let name = suggested.normalize('NFC').replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim();
  name = name.replace(/\.pdf$/i, '');
  // Cut by code points so a character is never split in half, then drop dots and spaces left at the ends
  // (Windows strips trailing dots; a leading dot hides the file on macOS and Linux).
  name = Array.from(name).slice(0, MAX_FILE_NAME_LENGTH).join('');
  name = name.replace(/^[.\s]+|[.\s]+$/g, '');
  if (!name || WINDOWS_DEVICE.test(name)) name = name ? `${FALLBACK_FILE_NAME} ${name}` : FALLBACK_FILE_NAME;
  return `${name}.pdf`;
}
