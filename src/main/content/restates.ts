/**
 * Finds a doctor-section sentence that restates a registered warning sign in its own words, which would let
 * the two drift apart. The measure: the share of the sign's content words (stemmed, filler words dropped)
 * that also occur in the sentence. At RESTATE_SHARE or more the sentence restates the sign. Signs with
 * fewer than MIN_SIGN_WORDS content words are too short to tell apart from ordinary context and are skipped.
 */
import { stemmer } from 'stemmer';

export const RESTATE_SHARE = 0.6;
export const MIN_SIGN_WORDS = 4;

const FILLER = new Set(
  (
    'a an the and or but if so than then that this these those it its you your they them their he she his her ' +
    'we our is are was were be been being am do does did have has had can could should would will may might ' +
    'must to of in on at by for with from into about as not no any some more most much very too also just only ' +
    'one ones there here what which who when where how why all get gets got getting feel feels like'
  ).split(' '),
);

/** The stemmed content words of a text. */
export function contentWords(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1 && !FILLER.has(w));
  return new Set(words.map((w) => (w.length > 2 ? stemmer(w) : w)));
}

/** The share (0-1) of the sign's content words found in the sentence, or 0 for a sign too short to judge. */
export function restatedShare(sentence: string, signText: string): number {
  const sign = contentWords(signText);
  if (sign.size < MIN_SIGN_WORDS) return 0;
  const words = contentWords(sentence);
  let shared = 0;
  for (const word of sign) if (words.has(word)) shared++;
  return shared / sign.size;
}
