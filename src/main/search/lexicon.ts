/**
 * The lay-medical lexicon (resources/search/lexicon.json) compiled for queries: rules that add other ways of
 * saying a phrase (synonyms both ways, medicine names to their class one way, British and American
 * spellings), idioms read for what they mean, question forms that lift a few articles (intents), the words
 * of cramps that are not muscle cramps (scope), and app features asked for by name. Phrases are matched on
 * the same stems as article text, except the scope cues (see SCOPE).
 */
import data from '../../../resources/search/lexicon.json' with { type: 'json' };
import { editDistance } from './edit-distance';
import { isStopWord, pluralBase, stemOf, STOP_WORDS, wordsOf } from './text';

/** Weights of the ways a phrase can stand for another, relative to the words as typed. */
export const RULE_WEIGHT = {
  /** Same meaning in other words: the article may use either. */
  synonym: 0.7,
  /**
   * A medicine or a narrower word for its class: the class article answers it nearly as well. No more than a
   * synonym: a broader word is a less sure match than one of the same meaning (swimming is exercise, but a
   * page that says "exercise" most is about warming up, not cramps in the pool). 0.8 before; 0.7 moved two
   * development questions up and none down.
   */
  class: 0.7,
  /** The same word spelt the British or the American way. */
  spelling: 1,
} as const;

export interface Rule {
  /** The stems that trigger the rule, in order. */
  from: string[];
  /** Other ways of saying it, as stem lists. */
  to: string[][];
  weight: number;
}

export interface Intent {
  intent: string;
  /** Cue phrases, as the stems of all their words (stop words included: "what do i do"), symptoms included. */
  cues: Phrases;
  /** The cues that are symptoms, not questions or worries ("passed out", not "is it serious" or "cancer"). */
  symptoms: Phrases;
  /**
   * Symptoms matched on the words as typed, not on stems: "fainting" and "fainted" are, but the stem they share
   * with "a faint twitch" is not.
   */
  typedSymptoms: Phrases;
  /** Words around a symptom's word that give it another meaning ("breast stroke"), matched on the words as typed. */
  notSymptoms: Phrases;
  /** The cues that ask, without the symptoms (see symptomMarks). */
  asking: Phrases;
  /**
   * Words that only say how a symptom is or whose it is ("sudden", "severe", "left"; "husband", "son"), as stems:
   * a search of them and symptoms names symptoms alone.
   */
  neutral: ReadonlySet<string>;
  articles: string[];
  categories: string[];
  /** Whether its articles are lowered when a query does not express the intent (see RANK_PARAMS.unasked). */
  lowerUnasked: boolean;
  /** When a query expresses the intent, the place by which its first article is shown (0: no such place). */
  showBy: number;
}

export type Feature = 'checklist' | 'handout' | 'about';

/** The stems of a phrase's meaningful words, as indexed. */
function meaningfulStems(phrase: string): string[] {
  return wordsOf(phrase)
    .filter((w) => !isStopWord(w))
    .map(stemOf);
}

/** The stems of every word of a phrase, stop words included. */
function allStems(phrase: string): string[] {
  return wordsOf(phrase).map(stemOf);
}

const RULES = new Map<string, Rule[]>();

function addRule(from: string[], to: string[][], weight: number): void {
  const key = from.join(' ');
  const others = to.filter((p) => p.length > 0 && p.join(' ') !== key);
  if (from.length === 0 || others.length === 0) return;
  const list = RULES.get(from[0]) ?? [];
  const same = list.find((r) => r.from.join(' ') === key && r.weight === weight);
  if (same) same.to.push(...others.filter((p) => !same.to.some((q) => q.join(' ') === p.join(' '))));
  else list.push({ from, to: others, weight });
  // Longest phrase first, then the strongest rule.
  list.sort((a, b) => b.from.length - a.from.length || b.weight - a.weight);
  RULES.set(from[0], list);
}

function addGroup(terms: string[], weight: number): void {
  const phrases = terms.map(meaningfulStems);
  for (const from of phrases) addRule(from, phrases, weight);
}

for (const group of data.synonyms) addGroup(group.terms, RULE_WEIGHT.synonym);
for (const pair of data.spellings) addGroup(pair, RULE_WEIGHT.spelling);
for (const { class: names, names: members } of data.classes) {
  const classPhrases = names.map(meaningfulStems);
  for (const member of members) addRule(meaningfulStems(member), classPhrases, RULE_WEIGHT.class);
}

/** Whether `phrase` stands in `sequence` from position `start` (words or stems, compared as they are). */
function standsAt(sequence: readonly string[], start: number, phrase: readonly string[]): boolean {
  return phrase.every((item, k) => sequence[start + k] === item);
}

const NONE: readonly (readonly string[])[] = [];

/**
 * A list of phrases (as stems, or for the scope cues as plural bases) kept by their first word: a query is
 * walked once, each of its words looking up the phrases that start with it, instead of once per phrase (the
 * medicine intent alone has over a hundred).
 */
class Phrases {
  private readonly byFirst = new Map<string, string[][]>();
  /** For scanNearly: each word of four letters or more of a phrase of two words or more, with its place in it. */
  private readonly nearSlots: { phrase: readonly string[]; at: number }[] = [];

  constructor(phrases: readonly string[][]) {
    for (const phrase of phrases) {
      if (phrase.length === 0) continue;
      const list = this.byFirst.get(phrase[0]);
      if (list) list.push(phrase);
      else this.byFirst.set(phrase[0], [phrase]);
      if (phrase.length >= 2) phrase.forEach((stem, at) => stem.length >= 4 && this.nearSlots.push({ phrase, at }));
    }
  }

  /** Calls `found` with the start and the phrase of every phrase standing in `stems`; stops when it returns true. */
  scan(stems: readonly string[], found: (start: number, phrase: readonly string[]) => boolean | void): void {
    for (let i = 0; i < stems.length; i++) {
      const list = this.byFirst.get(stems[i]);
      if (list === undefined) continue;
      for (const phrase of list)
        if (i + phrase.length <= stems.length && standsAt(stems, i, phrase) && found(i, phrase) === true) return;
    }
  }

  /** The phrases standing in `stems` (one shared empty list when none does, as for most queries). */
  within(stems: readonly string[]): readonly (readonly string[])[] {
    let found: (readonly string[])[] | null = null;
    this.scan(stems, (_, phrase) => void (found ??= []).push(phrase));
    return found ?? NONE;
  }

  /** Whether one of the phrases stands in `stems`. */
  occursIn(stems: readonly string[]): boolean {
    let found = false;
    this.scan(stems, () => (found = true));
    return found;
  }

  /**
   * Calls `found` with the start and the phrase of every phrase of two words or more standing in `stems` with one
   * word mistyped, the other words as they are ("chest pian", "hart attack": one letter added, dropped or changed,
   * or two swapped); stops when it returns true. Only a word the library never uses (`used`) and that is no stop
   * word (STOP_STEMS) can be the mistyped one: spelling corrects words no dictionary has, but leaves real words
   * alone, and a word the library uses is taken as meant ("heat cramps" is not a heart cramp). Most searches have
   * no such word, and skip the walk.
   */
  scanNearly(
    stems: readonly string[],
    used: (stem: string) => boolean,
    found: (start: number, phrase: readonly string[]) => boolean | void,
  ): void {
    if (this.nearSlots.length === 0) return;
    for (let j = 0; j < stems.length; j++) {
      const typed = stems[j];
      if (typed.length < 3 || STOP_STEMS.has(typed) || used(typed)) continue;
      for (const { phrase, at } of this.nearSlots) {
        const start = j - at;
        if (start < 0 || start + phrase.length > stems.length) continue;
        if (!phrase.every((stem, m) => m === at || stems[start + m] === stem)) continue;
        if (editDistance(typed, phrase[at], 1) <= 1 && found(start, phrase) === true) return;
      }
    }
  }
}

/** The stems of the stop words ("does" is "doe"), which are never indexed and never a mistyped symptom. */
const STOP_STEMS: ReadonlySet<string> = new Set([...STOP_WORDS].map(stemOf));

/**
 * Idioms: phrases whose words together mean something else ("my waters broke" is labour, not water), longest
 * first, with the words they mean. Matched word for word on the query's words in a row, stop words included
 * and not stemmed: "waters breaking" is labour, but "water breaks" (the same stems) are pauses to drink, and
 * "some water, broke out in cramps" is no idiom. Read the same way: informal spellings, one word for one
 * ("nite" is night), before spelling could take them for a typo of another word ("note").
 */
const IDIOMS = [
  ...data.idioms.flatMap(({ terms, means }) =>
    terms.map((term) => {
      const idiom = { words: wordsOf(term), means: wordsOf(means) };
      // One word alone would be replaced wherever it stands; an empty meaning would delete the words.
      if (idiom.words.length < 2 || idiom.means.length === 0) throw new Error(`lexicon: bad idiom "${term}"`);
      return idiom;
    }),
  ),
  ...data.informal.words.map(([word, standard]) => {
    const informal = { words: wordsOf(word), means: wordsOf(standard) };
    if (informal.words.length !== 1 || informal.means.length !== 1) throw new Error(`lexicon: bad spelling "${word}"`);
    return informal;
  }),
].sort((a, b) => b.words.length - a.words.length);

/** IDIOMS by their first word, longest first: a query's word looks up only the idioms that start with it. */
const IDIOMS_BY_FIRST = new Map<string, (typeof IDIOMS)[number][]>();
for (const idiom of IDIOMS)
  IDIOMS_BY_FIRST.set(idiom.words[0], [...(IDIOMS_BY_FIRST.get(idiom.words[0]) ?? []), idiom]);

/**
 * A query's words (all of them, folded) with each idiom replaced by the words it means, and the words the
 * idioms replaced (for marking in snippets what the person typed).
 */
export function readIdioms(words: readonly string[]): { read: string[]; replaced: string[] } {
  const read: string[] = [];
  const replaced: string[] = [];
  for (let i = 0; i < words.length;) {
    const idiom = IDIOMS_BY_FIRST.get(words[i])?.find((candidate) => standsAt(words, i, candidate.words));
    if (idiom) {
      read.push(...idiom.means);
      replaced.push(...idiom.words);
      i += idiom.words.length;
    } else read.push(words[i++]);
  }
  return { read, replaced };
}

/** Rules whose phrase starts at `start` in the query stems. */
export function rulesAt(queryStems: readonly string[], start: number): Rule[] {
  const rules = RULES.get(queryStems[start]);
  if (!rules) return [];
  return rules.filter((rule) => standsAt(queryStems, start, rule.from));
}

/**
 * Every word the lexicon knows, folded: real words, never rewritten, that spelling corrections may aim at as at
 * the library's words.
 */
export const LEXICON_WORDS: readonly string[] = [
  ...new Set(
    [
      ...data.synonyms.flatMap((g) => g.terms),
      ...data.spellings.flat(),
      ...data.classes.flatMap((c) => [...c.class, ...c.names]),
      ...data.knownWords.words,
      ...data.bodyParts.words,
      ...data.informal.words.map(([, standard]) => standard),
      ...data.idioms.flatMap((idiom) => [...idiom.terms, idiom.means]),
      ...data.intents.flatMap((intent) => [
        ...intent.cues,
        ...symptomsOf(intent),
        ...typedSymptomsOf(intent),
        ...neutralOf(intent),
      ]),
      ...data.scope.cues,
      ...data.scope.alsoMuscle,
      ...(['filler', 'checklist', 'handout', 'about'] as const).flatMap((feature) => data.features[feature]),
    ].flatMap((phrase) => wordsOf(phrase).filter((w) => !isStopWord(w))),
  ),
];

/**
 * The phrases of the lexicon's classes named (by their first name) in an intent's `classes`: the class's own names
 * and every member's, so that a medicine's name asks as the word "medicine" does.
 */
function classPhrases(names: readonly string[]): string[] {
  return names.flatMap((name) => {
    const found = data.classes.find((c) => c.class[0] === name);
    if (found === undefined) throw new Error(`lexicon: an intent names the class "${name}", which the lexicon lacks`);
    return [...found.class, ...found.names];
  });
}

function neutralOf(intent: (typeof data.intents)[number]): string[] {
  return [
    ...(('modifiers' in intent ? intent.modifiers : undefined) ?? []),
    ...(('people' in intent ? intent.people : undefined) ?? []),
  ];
}

function symptomsOf(intent: (typeof data.intents)[number]): string[] {
  return ('symptoms' in intent ? intent.symptoms : undefined) ?? [];
}

function typedSymptomsOf(intent: (typeof data.intents)[number]): string[] {
  return ('symptomsAsTyped' in intent ? intent.symptomsAsTyped : undefined) ?? [];
}

export const INTENTS: readonly Intent[] = data.intents.map((i) => {
  const asking = [...i.cues, ...classPhrases(('classes' in i ? i.classes : undefined) ?? [])];
  return {
    intent: i.intent,
    cues: new Phrases([...asking, ...symptomsOf(i)].map(allStems)),
    symptoms: new Phrases(symptomsOf(i).map(allStems)),
    typedSymptoms: new Phrases(typedSymptomsOf(i).map(wordsOf)),
    notSymptoms: new Phrases((('notSymptoms' in i ? i.notSymptoms : undefined) ?? []).map(wordsOf)),
    asking: new Phrases(asking.map(allStems)),
    neutral: new Set(neutralOf(i).map(stemOf)),
    articles: i.articles,
    categories: i.categories,
    lowerUnasked: 'lowerUnasked' in i && i.lowerUnasked === true,
    showBy: 'showBy' in i && typeof i.showBy === 'number' ? i.showBy : 0,
  };
});

/**
 * The intents a query's words (all of them, as stems, and as typed) express. Given the stems the library uses
 * (`used`), also a symptom with one word mistyped (see scanNearly); without, every word is taken as meant.
 */
export function intentsOf(
  stems: readonly string[],
  used: (stem: string) => boolean = () => true,
  words: readonly string[] = [],
): Intent[] {
  return INTENTS.filter((intent) => intent.asking.occursIn(stems) || namesSymptom(words, stems, intent, used));
}

/** Whether a query names one of an intent's symptoms (see symptomMarks), without marking them when it names none. */
function namesSymptom(
  words: readonly string[],
  stems: readonly string[],
  intent: Intent,
  used: (stem: string) => boolean,
): boolean {
  let found = intent.symptoms.occursIn(stems) || intent.typedSymptoms.occursIn(words);
  if (!found) intent.symptoms.scanNearly(stems, used, () => (found = true));
  return found && symptomMarks(words, stems, intent, used).includes(1);
}

/**
 * For each word of a query, 1 where it stands inside one of an intent's symptoms: matched on stems, on the words as
 * typed (typedSymptoms), or with one word mistyped as a real one, which spelling, rightly, does not rewrite (see
 * scanNearly); not inside words that give it another meaning (notSymptoms: "breast stroke" is a way of swimming).
 * `words` may be empty (then only stems are read).
 */
function symptomMarks(
  words: readonly string[],
  stems: readonly string[],
  intent: Intent,
  used: (stem: string) => boolean,
): Uint8Array {
  const inSymptom = new Uint8Array(stems.length);
  const mark = (start: number, symptom: readonly string[]) => void inSymptom.fill(1, start, start + symptom.length);
  intent.symptoms.scan(stems, mark);
  intent.typedSymptoms.scan(words, mark);
  intent.symptoms.scanNearly(stems, used, mark);
  if (inSymptom.includes(1))
    intent.notSymptoms.scan(words, (start, phrase) => void inSymptom.fill(0, start, start + phrase.length));
  return inSymptom;
}

/** For each stem of a query, 1 where it stands inside a cue of these intents, else 0. */
export function cueMarks(stems: readonly string[], intents: readonly Intent[] = INTENTS): Uint8Array {
  const inCue = new Uint8Array(stems.length);
  for (const intent of intents) intent.cues.scan(stems, (start, cue) => void inCue.fill(1, start, start + cue.length));
  return inCue;
}

/**
 * Whether a query names an intent's symptoms: 'only' when it names nothing else ("passed out", "sudden chest pain",
 * "my husband collapsed", "chest pian"; not "cramp with chest pain"), every word but stop words and the intent's
 * neutral words standing inside one of them, or inside one with a word mistyped (see scanNearly); 'also' when it
 * names other things too; 'no' when it names none. With the words that name them and the parts of the body named,
 * in order.
 */
export function symptomsNamed(
  words: readonly string[],
  stems: readonly string[],
  intent: Intent,
  used: (stem: string) => boolean,
): { named: 'no' | 'also' | 'only'; symptomWords: string[] } {
  const inSymptom = symptomMarks(words, stems, intent, used);
  if (!inSymptom.includes(1)) return { named: 'no', symptomWords: [] };
  const only = stems.every((stem, i) => inSymptom[i] === 1 || isStopWord(words[i]) || intent.neutral.has(stem));
  // The words of the symptom, with the parts of the body the search names: the sign for that part ("sudden weakness in
  // my arm": the stroke sign's arm, not a leg that suddenly goes weak for want of blood).
  const symptomWords = words.filter((_, i) => inSymptom[i] === 1 || BODY_PARTS.has(stems[i]));
  return { named: only ? 'only' : 'also', symptomWords };
}

/**
 * The stems of a query (its words, as stems) found only inside the cues of these intents: the words that ask,
 * not what is asked about ("back" in "stop my back cramps coming back" is both, so it is not one of them).
 */
export function cueOnlyStems(stems: readonly string[], intents: readonly Intent[]): Set<string> {
  const inCue = cueMarks(stems, intents);
  const cueOnly = new Set<string>();
  stems.forEach((stem, i) => {
    if (inCue[i] === 1) cueOnly.add(stem);
  });
  stems.forEach((stem, i) => {
    if (inCue[i] === 0) cueOnly.delete(stem);
  });
  return cueOnly;
}

/** The stems of the words for parts of the body (see RANK_PARAMS.bodyTie), one word each. */
export const BODY_PARTS: ReadonlySet<string> = new Set(
  data.bodyParts.words.map((word) => {
    if (wordsOf(word).length !== 1) throw new Error(`lexicon: a body part must be one word, not "${word}"`);
    return stemOf(word);
  }),
);

export const SCOPE = {
  article: data.scope.article,
  note: data.scope.note,
  // Matched on words with only their plural ending taken off, not on stems: a stem joins words of other
  // meanings to a cue ("periodic" to period, "contracted" to contractions, "winded" to wind, "piled" to piles).
  cues: new Phrases(data.scope.cues.map((cue) => wordsOf(cue).map(pluralBase))),
  notWith: new Phrases(data.scope.notWith.map(allStems)),
  /** Matched word for word: "periods of standing" is time, "the latest period of mine" is not (the same stems). */
  notWithWords: new Phrases(data.scope.notWithWords.map(wordsOf)),
  alsoMuscle: new Set(data.scope.alsoMuscle.map(stemOf)),
  answeredBy: data.scope.answeredBy,
};

/**
 * Whether a query (all its words, folded, and as stems) asks about cramps that are not muscle cramps: 'only'
 * that, 'also' when it names a muscle or a part of the body moved by one too (back pain with loss of bladder
 * control), 'muscle' when it uses a scope word in a muscle's sense ("stomach cramps doing sit-ups", "stomach
 * muscle"), or 'no'.
 */
export function scopeOf(words: readonly string[], stems: readonly string[]): 'no' | 'only' | 'also' | 'muscle' {
  if (!SCOPE.cues.occursIn(words.map(pluralBase))) return 'no';
  if (SCOPE.notWith.occursIn(stems) || SCOPE.notWithWords.occursIn(words)) return 'muscle';
  return stems.some((stem) => SCOPE.alsoMuscle.has(stem)) ? 'also' : 'only';
}

const FILLER = new Set(data.features.filler.map(stemOf));
const FEATURES: { feature: Feature; cues: Phrases }[] = (['checklist', 'handout', 'about'] as const).map((feature) => ({
  feature,
  cues: new Phrases(data.features[feature].map(allStems)),
}));

/**
 * The app feature a query asks for by name ("print", "checklist", "about the app"), or null. Only when the
 * query is about the app's features alone: every word is in a feature's name found in it, or filler ("how do
 * I print", "print handout"). Named together, the first in FEATURES' order is offered ("print the checklist":
 * the checklist, which prints from its own page).
 */
export function featureOf(stems: readonly string[]): Feature | null {
  let first: Feature | null = null;
  // Made only once a name is found: most queries name no feature.
  let nameStems: Set<string> | null = null;
  for (const { feature, cues } of FEATURES) {
    for (const cue of cues.within(stems)) {
      first ??= feature;
      nameStems ??= new Set();
      for (const stem of cue) nameStems.add(stem);
    }
  }
  return nameStems && stems.every((s) => nameStems.has(s) || FILLER.has(s)) ? first : null;
}
