/**
 * British and American spellings of the library's own words: found with the two Hunspell dictionaries the
 * engine already loads, not listed by hand. A word of the articles or the lexicon spelt one way (labour, ageing,
 * neighbour, programme) whose other spelling is a word of the other dictionary (labor, aging, neighbor, program)
 * must be joined to it by the lexicon's spellings, so that a reader who writes it their way finds the same
 * articles. Medical words in neither dictionary (apnoea, oesophageal) are not found this way; the lexicon lists
 * those it knows by hand.
 */
import nspell from 'nspell';
import english from 'dictionary-en';
import british from 'dictionary-en-gb';
import { describe, expect, it } from 'vitest';
import { LEXICON_WORDS, RULE_WEIGHT, rulesAt } from '../../src/main/search/lexicon';
import { analyze, stemOf } from '../../src/main/search/text';
import { fieldTexts } from '../../src/main/search/index-config';
import { libraryDocs } from '../relevance/library';

/** British spelling patterns and their American forms (whole-word endings where the pattern is one). */
const BRITISH_TO_AMERICAN: [RegExp, string][] = [
  [/our/g, 'or'],
  [/ae/g, 'e'],
  [/oe/g, 'e'],
  [/tre(s?)$/, 'ter$1'],
  [/is(e|es|ed|ing|ation|ations)$/, 'iz$1'],
  [/ys(e|es|ed|ing)$/, 'yz$1'],
  [/ll(ed|ing|er|ers)$/, 'l$1'],
  [/ogue(s?)$/, 'og$1'],
  [/ence$/, 'ense'],
  [/^ageing$/, 'aging'],
  [/sulph/g, 'sulf'],
  [/mme(s?)$/, 'm$1'],
  [/bre(s?)$/, 'ber$1'],
  [/llor(s?)$/, 'lor$1'],
  [/^grey/, 'gray'],
];

/** American spelling patterns and their British forms, for words the articles spell the American way. */
const AMERICAN_TO_BRITISH: [RegExp, string][] = [
  [/or(s|ed|ing|al)?$/, 'our$1'],
  [/ter(s?)$/, 'tre$1'],
  [/iz(e|es|ed|ing|ation|ations)$/, 'is$1'],
  [/yz(e|es|ed|ing)$/, 'ys$1'],
  [/([aeiou])l(ed|ing|er|ers)$/, '$1ll$2'],
  [/og(s?)$/, 'ogue$1'],
  [/ense$/, 'ence'],
  [/ber(s?)$/, 'bre$1'],
  [/^gray/, 'grey'],
  [/sulf/g, 'sulph'],
];

const us = nspell(Buffer.from(english.aff), Buffer.from(english.dic));
const gb = nspell(Buffer.from(british.aff), Buffer.from(british.dic));

/**
 * The other spellings of a word: where the word is in one dictionary only, each form a spelling pattern
 * turns it into that is in the other dictionary (metre and meter; meter is British too, for a gauge).
 */
function otherSpellings(word: string): string[] {
  const other = (patterns: [RegExp, string][], isIn: typeof us) =>
    patterns
      .map(([pattern, replacement]) => word.replace(pattern, replacement))
      .filter((form) => form !== word && isIn.correct(form));
  if (gb.correct(word) && !us.correct(word)) return [...new Set(other(BRITISH_TO_AMERICAN, us))];
  if (us.correct(word) && !gb.correct(word)) return [...new Set(other(AMERICAN_TO_BRITISH, gb))];
  return [];
}

/** Whether the lexicon joins two spellings: the same stem, or a spelling rule (not a synonym) from one to the other. */
function joined(a: string, b: string): boolean {
  const [from, to] = [stemOf(a), stemOf(b)];
  return (
    from === to ||
    rulesAt([from], 0).some(
      (rule) => rule.weight === RULE_WEIGHT.spelling && rule.to.some((stems) => stems.length === 1 && stems[0] === to),
    )
  );
}

describe("the lexicon's British and American spellings", () => {
  // The articles' words and the lexicon's own (a name in a class, a word of a synonym).
  const words = new Set([
    ...libraryDocs().docs.flatMap((doc) => fieldTexts(doc).flatMap((texts) => texts.flatMap((t) => analyze(t).words))),
    ...LEXICON_WORDS,
  ]);

  it('finds spelling pairs the way the test below does (labour and labor)', () => {
    expect(otherSpellings('labour')).toEqual(['labor']);
    expect(otherSpellings('ageing')).toContain('aging');
    expect(otherSpellings('hospitalize')).toEqual(['hospitalise']);
    // Words that are the same in both, or whose pattern gives no word of the other dictionary only.
    expect(otherSpellings('tour')).toEqual([]);
    expect(otherSpellings('cramp')).toEqual([]);
  });

  it('joins every word of the articles and the lexicon to its other spelling, both ways', () => {
    const missing = [...words].flatMap((word) =>
      otherSpellings(word)
        .filter((other) => !(joined(word, other) && joined(other, word)))
        .map((other) => `${word} / ${other}`),
    );
    expect(missing).toEqual([]);
  });
});
