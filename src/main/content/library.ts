/**
 * Reads the whole content folder (one Markdown file per article, the warning-sign registry and
 * checklist.yaml, plus the drawings in the sibling `figures` folder) and checks it as a library: every file
 * valid, ids unique, every link, related id, sign, figure and checklist item resolving, every sign and
 * figure used. Problems are collected across all files so an author sees them all at once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  HANDOUT_TOPICS,
  type Article,
  type ArticleSummary,
  type Checklist,
  type ChecklistItem,
  type WarningSign,
} from '../../shared/types';
import { ContentError, type ContentProblem } from './errors';
import { labelledSvg, readFigures, type FigureFile } from './figures';
import { parseArticle, type ParsedArticle } from './parse-article';
import type { SectionText } from './render-article';
import { isOverdue, nextReviewOf } from './review';
import { articleRules } from './rules';
import { checklistSchema } from './schema';
import { byUrgency, parseRegistry, REGISTRY_FILE, signText, type Registry } from './warning-signs';
import { parseYaml } from './yaml-source';

export const CHECKLIST_FILE = 'checklist.yaml';

export interface Library {
  articles: Article[];
  /** Plain text per section as readers see it (signs and Right now included), for search and snippets. */
  texts: Record<string, SectionText[]>;
  checklist: Checklist;
  /** The warning-sign registry, in file order. */
  signs: WarningSign[];
}

export interface LibraryOptions {
  /** Folder of the drawings; by default `figures` next to the content folder. */
  figuresDir?: string;
  /** Today's ISO date, for overdue reviews; by default the real one. */
  today?: string;
}

export interface LibraryCheck {
  library: Library | null;
  problems: ContentProblem[];
  /** Worth fixing but not blocking: reviews that are overdue. */
  warnings: ContentProblem[];
}

/** Checks a content folder; never throws for content problems, returns them. */
export function checkLibrary(dir: string, options: LibraryOptions = {}): LibraryCheck {
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (error) {
    return {
      library: null,
      problems: [{ file: dir, line: 0, message: `cannot read the content folder: ${String(error)}` }],
      warnings,
    };
  }
  const registry = readRegistry(dir, names, problems);
  const figures = readFigures(options.figuresDir ?? join(dir, '..', 'figures'));
  const parsed: ParsedArticle[] = [];
  const articleNames = names.filter((n) => n.endsWith('.md'));
  // Ids of every article file, valid or not, so one broken file is not also reported as a missing link
  // everywhere it is referenced.
  const knownIds = new Set(articleNames.map((n) => n.slice(0, -3)));
  for (const name of articleNames) {
    const result = parseArticle(name, readFileSync(join(dir, name), 'utf8'), { registry, figures });
    if (result.ok) {
      parsed.push(result.article);
      problems.push(...articleRules(result.article, registry));
    } else problems.push(...result.problems);
  }
  for (const name of names.filter(
    (n) => !n.endsWith('.md') && n !== CHECKLIST_FILE && n !== REGISTRY_FILE && !n.startsWith('.'),
  )) {
    problems.push({ file: name, line: 0, message: `unexpected file in the content folder (articles end in .md)` });
  }

  const byId = new Map<string, ParsedArticle>();
  for (const article of parsed) {
    const twin = byId.get(article.frontMatter.id);
    if (twin)
      problems.push({
        file: article.file,
        line: 2,
        message: `id "${article.frontMatter.id}" is also used by ${twin.file}`,
      });
    else byId.set(article.frontMatter.id, article);
  }
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  for (const article of parsed) {
    const lineOfKey = (key: string) => article.sourceLines.findIndex((l) => l.startsWith(`${key}:`)) + 1 || 2;
    for (const id of article.frontMatter.related) {
      if (!knownIds.has(id))
        problems.push({ file: article.file, line: lineOfKey('related'), message: `related id "${id}" does not exist` });
    }
    for (const link of article.body.links) {
      if (!knownIds.has(link.target)) {
        problems.push({
          file: article.file,
          line: link.line,
          message: `link to "article:${link.target}" does not resolve`,
        });
      }
    }
    const due = nextReviewOf(article.frontMatter.reviewed);
    if (isOverdue(due, today))
      warnings.push({
        file: article.file,
        line: lineOfKey('reviewed'),
        message: `review overdue: reviewed ${article.frontMatter.reviewed}, next review was due ${due}`,
      });
  }

  const checklist = readChecklist(dir, names, knownIds, figures, registry, problems);
  // Unused signs and figures are only known when every article could be read.
  if (parsed.length === articleNames.length) {
    if (registry) problems.push(...unusedSigns(registry, parsed));
    problems.push(...unusedFigures(figures, parsed, checklist));
  }
  if (problems.length > 0 || !checklist || !registry) return { library: null, problems, warnings };
  return { library: assemble(parsed, byId, checklist, registry), problems, warnings };
}

/** Like checkLibrary, but throws a ContentError listing every problem: the build never ships half a library. */
export function loadLibrary(dir: string, options: LibraryOptions = {}): Library {
  const { library, problems } = checkLibrary(dir, options);
  if (!library) throw new ContentError(problems);
  return library;
}

function readRegistry(dir: string, names: string[], problems: ContentProblem[]): Registry | null {
  if (!names.includes(REGISTRY_FILE)) {
    problems.push({ file: REGISTRY_FILE, line: 0, message: 'the warning-sign registry file is missing' });
    return null;
  }
  const { registry, problems: found } = parseRegistry(readFileSync(join(dir, REGISTRY_FILE), 'utf8'));
  problems.push(...found);
  return registry;
}

/** A sign must be named by some article (the warning-signs page, which lists them all, does not count). */
function unusedSigns(registry: Registry, parsed: ParsedArticle[]): ContentProblem[] {
  const used = new Set(
    parsed.flatMap((a) => [
      ...a.body.signs.map((s) => s.id),
      ...(a.frontMatter.rightNow ? [a.frontMatter.rightNow.emergency] : []),
    ]),
  );
  return [...registry.signs.keys()]
    .filter((id) => !used.has(id))
    .map((id) => ({
      file: REGISTRY_FILE,
      line: registry.lines.get(id) ?? 1,
      message: `sign "${id}" is used by no article (name it in a "When to see a doctor" list or a rightNow)`,
    }));
}

function unusedFigures(
  figures: Map<string, FigureFile>,
  parsed: ParsedArticle[],
  checklist: Checklist | null,
): ContentProblem[] {
  const used = new Set([
    ...parsed.flatMap((a) => a.body.figures.map((f) => f.id)),
    ...(checklist?.sections.flatMap((s) => s.items.map((i) => i.figure?.id)) ?? []),
  ]);
  return [...figures.keys()]
    .filter((id) => !used.has(id))
    .map((id) => ({ file: `figures/${id}.svg`, line: 1, message: 'figure is used by no article or checklist item' }));
}

function readChecklist(
  dir: string,
  names: string[],
  knownIds: Set<string>,
  figures: Map<string, FigureFile>,
  registry: Registry | null,
  problems: ContentProblem[],
): Checklist | null {
  if (!names.includes(CHECKLIST_FILE)) {
    problems.push({ file: CHECKLIST_FILE, line: 0, message: 'the self-care checklist file is missing' });
    return null;
  }
  const text = readFileSync(join(dir, CHECKLIST_FILE), 'utf8');
  const result = parseYaml(text, checklistSchema, CHECKLIST_FILE);
  if (!result.ok) {
    problems.push(...result.problems);
    return null;
  }
  const lines = text.split(/\r?\n/);
  const lineOf = (id: string) => lines.findIndex((l) => new RegExp(`id:\\s*${id}\\s*$`).test(l)) + 1;
  const seen = new Set<string>();
  const sectionIds = new Set<string>();
  const sections = result.value.sections.map((section) => {
    if (sectionIds.has(section.id))
      problems.push({
        file: CHECKLIST_FILE,
        line: lineOf(section.id),
        message: `section id "${section.id}" is used twice`,
      });
    sectionIds.add(section.id);
    const items = section.items.map((item): ChecklistItem => {
      const line = lineOf(item.id);
      if (seen.has(item.id))
        problems.push({ file: CHECKLIST_FILE, line, message: `item id "${item.id}" is used twice` });
      seen.add(item.id);
      if (!knownIds.has(item.article)) {
        problems.push({
          file: CHECKLIST_FILE,
          line,
          message: `item "${item.id}" links to missing article "${item.article}"`,
        });
      }
      const figure = item.figure ? figures.get(item.figure) : undefined;
      if (item.figure && !figure)
        problems.push({
          file: CHECKLIST_FILE,
          line,
          message: `item "${item.id}" names missing figure "${item.figure}"`,
        });
      // The item's own words describe the drawing: they are its text alternative.
      return {
        ...item,
        figure: figure ? { id: figure.id, alt: item.text, svg: labelledSvg(figure, item.text) } : null,
      };
    });
    return { ...section, items };
  });
  const topics = HANDOUT_TOPICS.filter((topic) => sections.some((s) => s.topic === topic));
  const getHelp = topics.map((topic) => ({
    topic,
    signs: byUrgency([...(registry?.signs.values() ?? [])].filter((s) => s.handouts.includes(topic))),
  }));
  if (registry) {
    for (const list of getHelp.filter((l) => l.signs.length === 0)) {
      const line = lines.findIndex((l) => new RegExp(`topic:\\s*${list.topic}\\s*$`).test(l)) + 1;
      problems.push({
        file: CHECKLIST_FILE,
        line,
        message: `topic "${list.topic}" has no "When to get help" signs (no sign in warning-signs.yaml lists it in handouts)`,
      });
    }
  }
  return { ...result.value, sections, getHelp };
}

function assemble(
  parsed: ParsedArticle[],
  byId: Map<string, ParsedArticle>,
  checklist: Checklist,
  registry: Registry,
): Library {
  const summary = (a: ParsedArticle): ArticleSummary => ({
    id: a.frontMatter.id,
    title: a.frontMatter.title,
    summary: a.frontMatter.summary,
    category: a.frontMatter.category,
  });
  const articles = parsed.map((a): Article => {
    const rightNow = a.frontMatter.rightNow;
    return {
      ...summary(a),
      aliases: a.frontMatter.aliases,
      questions: a.frontMatter.questions,
      related: a.frontMatter.related.map((id) => summary(byId.get(id) as ParsedArticle)),
      sources: a.frontMatter.sources,
      reviewed: a.frontMatter.reviewed,
      nextReview: nextReviewOf(a.frontMatter.reviewed),
      rightNow: rightNow
        ? { steps: rightNow.steps, emergency: registry.signs.get(rightNow.emergency) as WarningSign }
        : null,
      sections: a.body.sections,
      html: a.body.html,
    };
  });
  const texts = Object.fromEntries(articles.map((a, n) => [a.id, searchTexts(a, parsed[n].body.searchTexts)]));
  return { articles, texts, checklist, signs: [...registry.signs.values()] };
}

/** The Right now block is read before the first heading, so search finds it with the opening text. */
function searchTexts(article: Article, texts: SectionText[]): SectionText[] {
  if (!article.rightNow) return texts;
  const rightNow = [...article.rightNow.steps, signText(article.rightNow.emergency)].join('\n') + '\n';
  const [first, ...rest] = texts;
  if (first?.id === null) {
    const signsFrom = first.signsFrom === undefined ? {} : { signsFrom: rightNow.length + first.signsFrom };
    return [{ ...first, text: rightNow + first.text, ...signsFrom }, ...rest];
  }
  return [{ id: null, title: null, text: rightNow }, ...texts];
}
