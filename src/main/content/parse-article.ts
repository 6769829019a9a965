/** Reads one article source file: YAML front matter plus a Markdown body. */
import type { ContentProblem } from './errors';
import { articleFrontMatterSchema, type ArticleFrontMatter } from './schema';
import { parseYaml } from './yaml-source';
import { renderBody, type RenderContext, type RenderedBody } from './render-article';

export interface ParsedArticle {
  file: string;
  frontMatter: ArticleFrontMatter;
  body: RenderedBody;
  /** Line number (1-based) where the body starts. */
  bodyLine: number;
  /** The file's lines, for locating problems found later. */
  sourceLines: string[];
}

export type ArticleParse = { ok: true; article: ParsedArticle } | { ok: false; problems: ContentProblem[] };

export function parseArticle(file: string, source: string, context?: RenderContext): ArticleParse {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  if (lines[0] !== '---') {
    return { ok: false, problems: [{ file, line: 1, message: 'must start with a front matter line "---"' }] };
  }
  const end = lines.indexOf('---', 1);
  if (end === -1) {
    return { ok: false, problems: [{ file, line: 1, message: 'front matter is never closed with a "---" line' }] };
  }
  const yamlText = lines.slice(1, end).join('\n');
  const front = parseYaml(yamlText, articleFrontMatterSchema, file, 2);
  const bodyLine = end + 2;
  const body = renderBody(lines.slice(end + 1).join('\n'), file, bodyLine, context);
  if (!front.ok) return { ok: false, problems: [...front.problems, ...body.problems] };
  const expectedId = file.replace(/^.*[\\/]/, '').replace(/\.md$/, '');
  const problems = [...body.problems];
  if (front.value.id !== expectedId) {
    const idLine = lines.findIndex((l) => l.startsWith('id:')) + 1 || 2;
    problems.push({
      file,
      line: idLine,
      message: `id "${front.value.id}" must match the file name "${expectedId}.md"`,
    });
  }
  if (problems.length) return { ok: false, problems };
  return { ok: true, article: { file, frontMatter: front.value, body, bodyLine, sourceLines: lines } };
}
