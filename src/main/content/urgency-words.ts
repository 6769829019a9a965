/**
 * Words that state how urgently to act. Urgency comes only from the warning-sign registry (the build writes
 * "Call an ambulance now", "Get help today" or "See a doctor soon" above each sign), so an article that
 * writes these words by hand could contradict the registry. The check rejects them anywhere in an article's
 * body and in its Right now steps; authors name a sign with `[sign: id]` instead.
 */
const PHRASES: { pattern: RegExp; name: string }[] = [
  // Emergency numbers, with or without "call", and the UK urgent line.
  { pattern: /\b(?:999|911|112|111)\b/, name: 'an emergency or urgent phone number' },
  { pattern: /\bambulances?\b/i, name: '"ambulance"' },
  { pattern: /\bemergency\s+(?:number|department|services?|room|care|help|treatment)\b/i, name: '"emergency …"' },
  { pattern: /\bA\s?&\s?E\b/, name: '"A&E"' },
  { pattern: /\bER\b/, name: '"ER"' },
  { pattern: /\bsame[\s-]day\b/i, name: '"same day"' },
  { pattern: /\bstraight\s+away\b/i, name: '"straight away"' },
  { pattern: /\bright\s+away\b/i, name: '"right away"' },
  { pattern: /\burgent(?:ly)?\b/i, name: '"urgent"' },
  { pattern: /\bimmediate(?:ly)?\b/i, name: '"immediately"' },
  { pattern: /\bat\s+once\b/i, name: '"at once"' },
];

/** The first urgency phrase found in a text, as written, or null. */
export function urgencyPhrase(text: string): string | null {
  for (const { pattern } of PHRASES) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  return null;
}
