/** Editorial rules every article must keep: safety, plain language, a "see a doctor" section, honest labels. */
import readability from 'text-readability';
import type { ContentProblem } from './errors';
import { AVOID_LEVELS } from './evidence';
import type { ParsedArticle } from './parse-article';
import { SEE_A_DOCTOR } from './render-article';
import { RESTATE_SHARE, restatedShare } from './restates';
import { RIGHT_NOW_CATEGORIES } from './schema';
import { urgencyPhrase } from './urgency-words';
import type { Registry } from './warning-signs';

/** Articles must read at about grade 8; above this Flesch-Kincaid grade the check fails. */
export const MAX_READING_GRADE = 9;
/** An article shorter than this cannot cover what it is, what to do and when to get help. */
export const MIN_WORDS = 80;

/** Mentions of fast breathing. Allowed only where the sentence warns against it or explains harm. */
const RAPID_BREATHING =
  /\b(hyperventilat\w*|over-?breath\w*|breath\w*\s+(?:fast|faster|quickly|rapidly|hard|deeply and quickly)|rapid(?:ly)?\s+breath\w*|fast\s+breath\w*|quick\s+breaths?)\b/i;
/** Advice to drink a lot "for cramps". Allowed only where the sentence warns against it. */
const BIG_DRINKING =
  /\b(drink|drinking)\b[^.]*\b(lots|large (?:amounts|volumes)|extra (?:water|fluids?)|as much (?:water|fluid)|gallons|litres|liters)\b/i;
/** Headings of sections that give advice. */
const ADVICE_SECTION = /what you can do|self-care|treatment|how to|tips|prevent/i;
const WARNS =
  /\b(not|never|slow|slowly|gently|calm\w*|don't|do not|avoid|instead|cause[sd]?|causing|lead|leads|trigger\w*|lower\w*|make|makes|worse|danger\w*|harm\w*|risk\w*|can bring|too much|over-?drink\w*)\b/i;

export function readingGrade(text: string): number {
  return readability.fleschKincaidGrade(text);
}

const WHAT_YOU_CAN_DO = /^what you can do/i;
/** Words that open an Avoid item. */
const AVOID_START = /^(?:don['’]t|do not|avoid|never|stop)\b/i;
/** Negations that make an item an Avoid item, not a Try item. */
const NEGATION = /^(?:don['’]t|do not|never|avoid|no|not)\b/i;
/** Verbs that end in "ing" but are not "-ing" forms. */
const ING_VERBS = new Set(['bring', 'ring', 'sing', 'swing', 'spring', 'string', 'wring', 'cling', 'sling', 'fling']);
/** Words that cannot open an instruction: it must start with the verb ("Stretch", "Take"). */
const NOT_VERBS = new Set(
  (
    'a an the this that these those your my our their his her its it you we they i he she if when whenever while ' +
    'for to in on at with without by from after before during most many some any all each every one two three ' +
    'there here also and but or so because as is are was were be can may might should could would will'
  ).split(' '),
);

/**
 * Why an instruction ("Stand up and …") does not start with a verb, or null when it does. The test is
 * deliberately simple: the first word must not be a negation, an "-ing" form, or a word that cannot be a
 * verb (articles, pronouns, conjunctions, prepositions, modal verbs).
 */
export function notAnInstruction(text: string): string | null {
  const first = (/^[\p{L}'’-]+/u.exec(text.trim())?.[0] ?? '').replace(/’/g, "'");
  const word = first.toLowerCase();
  if (NEGATION.test(text.trim())) return `it is a negation ("${first}"): move it under "### Avoid"`;
  if (word.length > 4 && word.endsWith('ing') && !ING_VERBS.has(word))
    return `it starts with "${first}": start with the verb itself`;
  if (word === '' || NOT_VERBS.has(word)) return `it starts with "${first || text.slice(0, 12)}", not a verb`;
  return null;
}

/** The 1-based line of the first source line at or after `from` that contains `text` (typography folded). */
function findLine(lines: string[], text: string, from: number, fallback: number): number {
  const fold = (s: string) => s.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/[*_`]/g, '').replace(/\s+/g, ' ');
  const probe = fold(text).slice(0, 24);
  const index = lines.findIndex((l, i) => i >= from - 1 && fold(l).includes(probe));
  return index >= 0 ? index + 1 : fallback;
}

export function articleRules(article: ParsedArticle, registry: Registry | null = null): ContentProblem[] {
  const { file, body, frontMatter, bodyLine, sourceLines } = article;
  const problems: ContentProblem[] = [];
  // Problems with the body as a whole point at its first line of text.
  const firstTextLine = sourceLines.findIndex((l, i) => i >= bodyLine - 1 && l.trim() !== '') + 1 || bodyLine;
  const fullText = body.texts.map((t) => t.text).join('\n');

  if (!body.sections.some((s) => s.level === 2 && SEE_A_DOCTOR.test(s.title))) {
    problems.push({ file, line: firstTextLine, message: 'needs a "## When to see a doctor" section' });
  }
  const grade = readingGrade(fullText);
  if (grade > MAX_READING_GRADE) {
    problems.push({
      file,
      line: firstTextLine,
      message: `reading grade ${grade.toFixed(1)} is above ${MAX_READING_GRADE}: use shorter sentences and everyday words`,
    });
  }
  // Generated sign boxes count: the warning-signs page is mostly the registry.
  const words = body.searchTexts
    .map((t) => t.text)
    .join('\n')
    .split(/\s+/)
    .filter(Boolean).length;
  if (words < MIN_WORDS)
    problems.push({ file, line: bodyLine, message: `body has only ${words} words (at least ${MIN_WORDS})` });

  // Advice lives in "What you can do"-style sections and in labelled recommendations; a recommendation
  // labelled "not recommended" is itself the warning, so it is exempt.
  const warnings = body.evidence.filter((e) => e.level === 'not-recommended').map((e) => e.text);
  const adviceTexts = [
    ...body.texts.filter((t) => t.title && ADVICE_SECTION.test(t.title)),
    ...body.evidence.filter((e) => e.level !== 'not-recommended'),
  ];
  for (const sentence of sentencesWithLines(adviceTexts, bodyLine, article)) {
    if (warnings.some((w) => w.includes(sentence.text))) continue;
    if (RAPID_BREATHING.test(sentence.text) && !WARNS.test(sentence.text)) {
      problems.push({
        file,
        line: sentence.line,
        message: `forbidden advice: rapid breathing must never be offered as a remedy ("${sentence.text}")`,
      });
    }
    if (BIG_DRINKING.test(sentence.text) && !WARNS.test(sentence.text)) {
      problems.push({
        file,
        line: sentence.line,
        message: `forbidden advice: do not tell readers to drink large volumes ("${sentence.text}")`,
      });
    }
  }
  for (const use of body.evidence) {
    if (/quinine/i.test(use.text) && use.level !== 'not-recommended') {
      problems.push({ file, line: use.line, message: 'quinine must be labelled [evidence: not-recommended]' });
    }
  }
  if (frontMatter.related.includes(frontMatter.id)) {
    problems.push({ file, line: 2, message: 'an article cannot be related to itself' });
  }
  problems.push(...urgencyRules(article), ...rightNowRules(article, registry), ...adviceRules(article));
  if (registry) problems.push(...restateRules(article, registry));
  return problems;
}

/** Urgency is stated only by the registry: no urgency words in the body or the Right now steps. */
function urgencyRules(article: ParsedArticle): ContentProblem[] {
  const { file, body, bodyLine, frontMatter, sourceLines } = article;
  const problems: ContentProblem[] = [];
  const report = (text: string, line: number) => {
    const phrase = urgencyPhrase(text);
    if (phrase)
      problems.push({
        file,
        line,
        message: `states urgency by hand ("${phrase}"): name a registry sign instead, the registry sets how urgent it is`,
      });
  };
  for (const sentence of sentencesWithLines(body.texts, bodyLine, article)) report(sentence.text, sentence.line);
  for (const step of frontMatter.rightNow?.steps ?? []) report(step, findLine(sourceLines, step, 1, 2));
  return problems;
}

function rightNowRules(article: ParsedArticle, registry: Registry | null): ContentProblem[] {
  const { file, frontMatter, sourceLines } = article;
  const problems: ContentProblem[] = [];
  const lineOfKey = (key: string) => sourceLines.findIndex((l) => new RegExp(`^\\s*${key}:`).test(l)) + 1 || 2;
  const rightNow = frontMatter.rightNow;
  if (!rightNow) {
    if (RIGHT_NOW_CATEGORIES.includes(frontMatter.category)) {
      problems.push({
        file,
        line: lineOfKey('category'),
        message: `a ${frontMatter.category} article needs a rightNow block (1 to 3 steps and an emergency sign)`,
      });
    }
    return problems;
  }
  for (const step of rightNow.steps) {
    const why = notAnInstruction(step);
    if (why)
      problems.push({
        file,
        line: findLine(sourceLines, step, 1, lineOfKey('rightNow')),
        message: `a Right now step must start with a verb: ${why}`,
      });
  }
  const sign = registry?.signs.get(rightNow.emergency);
  if (registry && !sign) {
    problems.push({
      file,
      line: lineOfKey('emergency'),
      message: `unknown warning sign "${rightNow.emergency}" (not in warning-signs.yaml)`,
    });
  } else if (sign && sign.urgency !== 'emergency') {
    problems.push({
      file,
      line: lineOfKey('emergency'),
      message: `rightNow.emergency "${sign.id}" is a "${sign.urgency}" sign; it must be an emergency sign`,
    });
  }
  return problems;
}

/** "What you can do" holds a Try list and an Avoid list, worded as instructions, with honest labels. */
function adviceRules(article: ParsedArticle): ContentProblem[] {
  const { file, body, bodyLine, sourceLines } = article;
  const problems: ContentProblem[] = [];
  const inAdvice = (h2: string | null) => h2 !== null && WHAT_YOU_CAN_DO.test(h2);
  let h2: string | null = null;
  let hasTry = false;
  let adviceLine = 0;
  const checkSection = () => {
    if (inAdvice(h2) && !hasTry)
      problems.push({ file, line: adviceLine, message: '"What you can do" needs a "### Try" list' });
  };
  let searchFrom = bodyLine;
  for (const section of body.sections) {
    const marks = section.level === 2 ? '##' : '###';
    const line = findLine(sourceLines, `${marks} ${section.title}`, searchFrom, bodyLine);
    searchFrom = line;
    if (section.level === 2) {
      checkSection();
      h2 = section.title;
      hasTry = false;
      adviceLine = line;
      continue;
    }
    const kind = /^(try|avoid)$/i.exec(section.title)?.[1].toLowerCase();
    if (kind === 'try') hasTry = true;
    if (inAdvice(h2) && !kind)
      problems.push({
        file,
        line,
        message: `"### ${section.title}" in "What you can do": use only "### Try" and "### Avoid"`,
      });
    if (!inAdvice(h2) && kind)
      problems.push({ file, line, message: `"### ${section.title}" belongs under "## What you can do"` });
  }
  checkSection();

  for (const item of body.items) {
    if (!inAdvice(item.h2)) continue;
    const kind = item.h3?.toLowerCase();
    if (kind === 'try') {
      const why = notAnInstruction(item.text);
      if (why) problems.push({ file, line: item.line, message: `a Try item must start with a verb: ${why}` });
    } else if (kind === 'avoid') {
      if (!AVOID_START.test(item.text))
        problems.push({
          file,
          line: item.line,
          message: 'an Avoid item must start with "Don\'t", "Do not", "Avoid", "Never" or "Stop"',
        });
    } else if (!item.h3) {
      problems.push({
        file,
        line: item.line,
        message: 'advice in "What you can do" goes in a list under "### Try" or "### Avoid"',
      });
    }
  }
  for (const use of body.evidence) {
    const underAvoid = use.inList && inAdvice(use.h2) && use.h3?.toLowerCase() === 'avoid';
    if ((AVOID_LEVELS as readonly string[]).includes(use.level) && !underAvoid)
      problems.push({
        file,
        line: use.line,
        message: `[evidence: ${use.level}] belongs only on an item under "### Avoid"`,
      });
  }
  return problems;
}

/** A doctor-section sentence must not say in its own words what a registered sign says. */
function restateRules(article: ParsedArticle, registry: Registry): ContentProblem[] {
  const { file, body, bodyLine } = article;
  const problems: ContentProblem[] = [];
  const doctor = body.texts.filter((t) => t.title !== null && SEE_A_DOCTOR.test(t.title));
  for (const sentence of sentencesWithLines(doctor, bodyLine, article)) {
    let best = { share: 0, id: '' };
    for (const sign of registry.signs.values()) {
      const share = restatedShare(sentence.text, sign.text);
      if (share > best.share) best = { share, id: sign.id };
    }
    if (best.share >= RESTATE_SHARE)
      problems.push({
        file,
        line: sentence.line,
        message: `restates the registered sign "${best.id}" (${Math.round(best.share * 100)}% of its words): list it as [sign: ${best.id}] instead`,
      });
  }
  return problems;
}

/** Splits section texts into sentences and finds each sentence's line in the source for error messages. */
function sentencesWithLines(texts: { text: string }[], bodyLine: number, article: ParsedArticle) {
  const source = article.sourceLines;
  return texts.flatMap((t) =>
    t.text
      .split(/(?<=[.!?])\s+|\n/)
      .map((s) => s.trim())
      .filter(Boolean)
      .map((text) => ({ text, line: findLine(source, text, bodyLine, bodyLine) })),
  );
}
