/**
 * Reads the whole content folder (one Markdown file per article plus checklist.yaml) and checks it as a
 * library: every file valid, ids unique, every link, related id and checklist item resolving.
 * Problems are collected across all files so an author sees them all at once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, ArticleSummary, Checklist } from '../../shared/types';
import { ContentError, type ContentProblem } from './errors';
import { parseArticle, type ParsedArticle } from './parse-article';
import { articleRules } from './rules';
import { checklistSchema } from './schema';
import { parseYaml } from './yaml-source';
import type { SectionText } from './render-article';

export const CHECKLIST_FILE = 'checklist.yaml';

export interface Library {
  articles: Article[];
  /** Plain text per section, for the search index and snippets. */
  texts: Record<string, SectionText[]>;
  checklist: Checklist;
}

export interface LibraryCheck {
  library: Library | null;
  problems: ContentProblem[];
}

/** Checks a content folder; never throws for content problems, returns them. */
export function checkLibrary(dir: string): LibraryCheck {
  const problems: ContentProblem[] = [];
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (error) {
    return {
      library: null,
      problems: [{ file: dir, line: 0, message: `cannot read the content folder: ${String(error)}` }],
    };
  }
  const parsed: ParsedArticle[] = [];
  // Ids of every article file, valid or not, so one broken file is not also reported as a missing link
  // everywhere it is referenced.
  const knownIds = new Set(names.filter((n) => n.endsWith('.md')).map((n) => n.slice(0, -3)));
  for (const name of names.filter((n) => n.endsWith('.md'))) {
    const result = parseArticle(name, readFileSync(join(dir, name), 'utf8'));
    if (result.ok) {
      parsed.push(result.article);
      problems.push(...articleRules(result.article));
    } else problems.push(...result.problems);
  }
  for (const name of names.filter((n) => !n.endsWith('.md') && n !== CHECKLIST_FILE && !n.startsWith('.'))) {
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
  for (const article of parsed) {
    const relatedLine = article.sourceLines.findIndex((l) => l.startsWith('related:')) + 1 || 2;
    for (const id of article.frontMatter.related) {
      if (!knownIds.has(id))
        problems.push({ file: article.file, line: relatedLine, message: `related id "${id}" does not exist` });
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
  }

  const checklist = readChecklist(dir, names, knownIds, problems);
  if (problems.length > 0 || !checklist) return { library: null, problems };
  return { library: assemble(parsed, byId, checklist), problems };
}

/** Like checkLibrary, but throws a ContentError listing every problem: the build never ships half a library. */
export function loadLibrary(dir: string): Library {
  const { library, problems } = checkLibrary(dir);
  if (!library) throw new ContentError(problems);
  return library;
}

function readChecklist(
  dir: string,
  names: string[],
  knownIds: Set<string>,
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
  const seen = new Set<string>();
  for (const section of result.value.sections) {
    for (const item of section.items) {
      const line = lines.findIndex((l) => l.includes(`id: ${item.id}`)) + 1;
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
    }
  }
  return result.value;
}

function assemble(parsed: ParsedArticle[], byId: Map<string, ParsedArticle>, checklist: Checklist): Library {
  const summary = (a: ParsedArticle): ArticleSummary => ({
    id: a.frontMatter.id,
    title: a.frontMatter.title,
    summary: a.frontMatter.summary,
    category: a.frontMatter.category,
  });
  const articles = parsed.map((a): Article => ({
    ...summary(a),
    aliases: a.frontMatter.aliases,
    related: a.frontMatter.related.map((id) => summary(byId.get(id) as ParsedArticle)),
    sources: a.frontMatter.sources,
    reviewed: a.frontMatter.reviewed,
    sections: a.body.sections,
    html: a.body.html,
  }));
  const texts = Object.fromEntries(parsed.map((a) => [a.frontMatter.id, a.body.texts]));
  return { articles, texts, checklist };
}
