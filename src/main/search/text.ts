/**
 * Text analysis shared by indexing and querying, so both sides see the same terms: case and accents folded,
 * apostrophes dropped ("writer's" -> "writers"), split into words, everyday filler words removed, and each
 * word reduced to its stem (cramp, cramps, cramping -> "cramp").
 */
import { stemmer } from 'stemmer';

/**
 * Words that carry no meaning for search: question phrasing ("what causes", "how do you", "why do I"), and the
 * words of a story around the question ("I thought it was weird", "never happened before"): rare in the library,
 * they would weigh as much as its topic words in a long post.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but if so than then that this these those there here it its i im ive id me my mine myself ' +
    'you your youre yours we our us he she him her his they them their what whats which who whom whose why how ' +
    'when where is are was were be been being am do does did doing done dont doesnt didnt have has had having ' +
    'can cant could should would will wont shall may might must to of in on at by for with from into about as ' +
    'get gets got getting keep keeps kept any some much many very really just also too all again ever still ' +
    'go goes going gone went something anything thing things please help need needs rid now while during ' +
    'think thinking thought know knew known wonder wondering wondered guess maybe perhaps probably actually ' +
    'never always sometimes often usually lately recently past weird strange paranoid anyone someone everyone ' +
    'because though although since until unless whether either neither yet already ' +
    // Chat shorthand, which spelling would otherwise read as typos ("cramp lol" as "cramp low", "omg" as "mg").
    'lol lmao haha omg idk tbh btw pls plz'
  ).split(' '),
);

/** Irregular forms the stemmer does not join up. */
const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ['calves', 'calf'],
  ['feet', 'foot'],
  ['pregnancy', 'pregnant'],
  ['pregnancies', 'pregnant'],
  ['elderly', 'elder'],
  ['twitchy', 'twitch'],
  ['writer', 'write'],
  ['writers', 'write'],
  ['crampy', 'cramp'],
  ['achy', 'ach'],
  ['muscular', 'muscl'],
  ['swollen', 'swell'],
  ['suddenly', 'sudden'],
  ['hiccoughs', 'hiccup'],
  ['hiccough', 'hiccup'],
]);

/**
 * Words the stemmer would join to a word of another meaning, each kept as itself: "periodic" (limb movements,
 * every few seconds) and "periodically" (now and then) are not "period" (menstrual), a scope word that would
 * send the question to the scope article; "bfs" (benign fasciculation syndrome) is not "bf" (a boyfriend), nor
 * "traps" (the trapezius muscles) "trapped" (wind); "facing" and "faced" are the verb ("facing pain for two
 * weeks", "stand facing a wall"), not the face, whose pages (a spasm of one side of it) they had put first.
 */
const KEPT_APART: ReadonlySet<string> = new Set([
  'periodic',
  'periodically',
  'periodical',
  'bfs',
  'traps',
  'facing',
  'faced',
]);

/** The irregular forms of each base stem ("calf" -> "calves"). */
const IRREGULAR_FORMS = new Map<string, string[]>();
for (const [word, base] of IRREGULAR) IRREGULAR_FORMS.set(base, [...(IRREGULAR_FORMS.get(base) ?? []), word]);

const MARKS = /\p{M}+/gu;
const APOSTROPHES = /['’ʼ`´]/g;
const NON_WORD = /[^\p{L}\p{N}]+/u;
const NOT_ASCII = /[^\x20-\x7e\t\n\r]/;

/** Lower case, no accents, no apostrophes. Keeps length-independent meaning only (not offsets). */
export function fold(text: string): string {
  // Most text is plain ASCII: skip Unicode normalisation for it.
  const base = NOT_ASCII.test(text) ? text.normalize('NFKD').replace(MARKS, '') : text;
  return base.toLowerCase().replace(APOSTROPHES, '');
}

/** The words of a text, folded, in order (stop words included). */
export function wordsOf(text: string): string[] {
  return fold(text)
    .split(NON_WORD)
    .filter((w) => w.length > 0);
}

const stemCache = new Map<string, string>();

/** The stem of one folded word. */
export function stemOf(word: string): string {
  let stem = stemCache.get(word);
  if (stem === undefined) {
    const stemmed = word.length > 2 && !/\d/.test(word) && !KEPT_APART.has(word);
    stem = IRREGULAR.get(word) ?? (stemmed ? stemmer(word) : word);
    if (stemCache.size < 200_000) stemCache.set(word, stem);
  }
  return stem;
}

/**
 * A word with only a plural ending taken off (Harman's S-stemmer, 1991: "ies" -> "y", "es" -> "e", "s" -> "",
 * except after "a", "e", "o" or in "us" and "ss"): "periods" -> "period" but, unlike the stem, "periodic" stays
 * itself, and "contracted" is not "contractions". For words whose every derived form must not count.
 */
export function pluralBase(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && !word.endsWith('eies') && !word.endsWith('aies')) return word.slice(0, -3) + 'y';
  if (word.endsWith('es') && !word.endsWith('aes') && !word.endsWith('ees') && !word.endsWith('oes'))
    return word.slice(0, -1);
  if (word.endsWith('s') && !word.endsWith('us') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** Prefixes that mark the words a stem stands for in running text ("pregnant" also marks "pregnancy"). */
export function markPrefixes(stem: string): string[] {
  // Porter stems end in "i" where the words end in "y" ("elderli" for "elderly").
  return [stem.length > 4 && stem.endsWith('i') ? stem.slice(0, -1) : stem, ...(IRREGULAR_FORMS.get(stem) ?? [])];
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/** The meaningful words of a text (stop words dropped), each with its stem. */
export function analyze(text: string): { words: string[]; stems: string[] } {
  const words = wordsOf(text).filter((w) => !STOP_WORDS.has(w));
  return { words, stems: words.map(stemOf) };
}

/** What gets indexed for a text: the stems of its meaningful words, space separated. */
export function indexText(text: string): string {
  return analyze(text).stems.join(' ');
}
