/** Editorial rules every article must keep: safety, plain language, a "see a doctor" section, honest labels. */
import readability from 'text-readability';
import type { ContentProblem } from './errors';
import type { ParsedArticle } from './parse-article';
import { SEE_A_DOCTOR } from './render-article';

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

export function articleRules(article: ParsedArticle): ContentProblem[] {
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
  const words = fullText.split(/\s+/).filter(Boolean).length;
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
      .map((text) => {
        const probe = text.slice(0, 24);
        const index = source.findIndex((l, i) => i >= bodyLine - 1 && l.includes(probe));
        return { text, line: index >= 0 ? index + 1 : bodyLine };
      }),
  );
}
