/**
 * Turns a settings file's bytes into text. We write UTF-8 without a byte order mark, but a file saved by a
 * text editor may carry a UTF-8 BOM or be UTF-16 (Notepad's "Unicode"); those are read, not called damaged.
 */
export function decodeText(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return buffer.toString('utf8', 3);
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return buffer.toString('utf16le', 2);
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return swapBytes(buffer.subarray(2)).toString('utf16le');
  // UTF-16 without a BOM: JSON starts with an ASCII character, so one of the first two bytes is zero.
  if (buffer.length >= 2 && buffer.length % 2 === 0) {
    if (buffer[0] !== 0 && buffer[1] === 0) return buffer.toString('utf16le');
    if (buffer[0] === 0 && buffer[1] !== 0) return swapBytes(buffer).toString('utf16le');
  }
  return buffer.toString('utf8');
}

function swapBytes(buffer: Buffer): Buffer {
  const copy = Buffer.from(buffer.subarray(0, buffer.length - (buffer.length % 2)));
  return copy.swap16();
}
