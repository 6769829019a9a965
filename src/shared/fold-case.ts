/**
 * Lower-cases text without changing its length, so offsets found in the folded text are offsets in the
 * original. `toLowerCase` can grow a string ("İ" becomes "i̇", two code units); such characters fold to
 * the first character of their lower case ("İ" to "i") instead.
 */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let folded = '';
  for (const char of text) {
    const down = char.toLowerCase();
    if (down.length === char.length) {
      folded += down;
      continue;
    }
    const first = String.fromCodePoint(down.codePointAt(0) ?? 0);
    folded += first.length === char.length ? first : char;
  }
  return folded;
}
