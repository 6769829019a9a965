/**
 * Renders an article body from Markdown to HTML at build time, and extracts what search and the content
 * check need: sections with anchors, plain text per section, links to other articles, evidence labels.
 */
import MarkdownIt, { type Token } from 'markdown-it';
import type { ArticleSection } from '../../shared/types';
import type { ContentProblem } from './errors';
import { EVIDENCE_MARKER, EVIDENCE_TEXT, isEvidenceLevel } from './evidence';
import { slugify } from './slug';
import type { SectionText } from '../search/types';

export const SEE_A_DOCTOR = /^when to see a doctor/i;

export type { SectionText };

export interface EvidenceUse {
  level: string;
  /** The recommendation the label is attached to, as plain text. */
  text: string;
  line: number;
}

export interface RenderedBody {
  html: string;
  sections: ArticleSection[];
  texts: SectionText[];
  links: { target: string; line: number }[];
  evidence: EvidenceUse[];
  problems: ContentProblem[];
}

const md = MarkdownIt({ html: false, linkify: false, typographer: true });

/**
 * @param body Markdown text of the body
 * @param file file name for problems
 * @param firstLine line number of the body's first line within the file
 */
export function renderBody(body: string, file: string, firstLine: number): RenderedBody {
  const out: RenderedBody = { html: '', sections: [], texts: [], links: [], evidence: [], problems: [] };
  const tokens = md.parse(body, {});
  const usedIds = new Set<string>();
  let current: SectionText = { id: null, title: null, text: '' };
  let openSection = false;
  const html: string[] = [];
  const lineOf = (token: Token | undefined) => (token?.map ? token.map[0] + firstLine : firstLine);

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.type === 'heading_open') {
      const level = Number(token.tag.slice(1));
      const title = plainText(tokens[i + 1].children ?? []);
      if (level !== 2 && level !== 3) {
        out.problems.push({ file, line: lineOf(token), message: `use ## or ### headings, not ${token.markup}` });
      }
      let id = slugify(title);
      for (let n = 2; usedIds.has(id); n++) id = `${slugify(title)}-${n}`;
      usedIds.add(id);
      token.attrSet('id', id);
      if (level === 2) {
        // Each ## heading opens a <section>, so "When to see a doctor" can be styled as a callout.
        if (openSection) html.push('</section>\n');
        const callout = SEE_A_DOCTOR.test(title) ? ' class="see-doctor"' : '';
        html.push(`<section aria-labelledby="${id}"${callout}>\n`);
        openSection = true;
      }
      out.sections.push({ id, title, level: level === 3 ? 3 : 2 });
      if (level === 2) {
        out.texts.push(current);
        current = { id, title, text: '' };
      }
    }
    if (token.type === 'inline') {
      rewriteInline(token, lineOf(token), file, out);
      if (tokens[i - 1]?.type !== 'heading_open') current.text += plainText(token.children ?? []) + '\n';
    }
    html.push(md.renderer.render([token], md.options, {}));
  }
  if (openSection) html.push('</section>\n');
  out.texts.push(current);
  out.texts = out.texts.filter((t) => t.text.trim() !== '' || t.id !== null);
  out.html = html.join('');
  return out;
}

/** Turns evidence markers into labels and article: links into in-app links; reports the rest. */
function rewriteInline(token: Token, line: number, file: string, out: RenderedBody): void {
  const children = token.children ?? [];
  const rewritten: Token[] = [];
  for (const child of children) {
    if (child.type === 'link_open') {
      const href = String(child.attrGet('href') ?? '');
      const match = /^article:([a-z0-9-]+)(?:#([a-z0-9-]+))?$/.exec(href);
      if (match) {
        out.links.push({ target: match[1], line });
        child.attrSet('href', `#/article/${match[1]}${match[2] ? `/${match[2]}` : ''}`);
        child.attrSet('data-article', match[1]);
      } else {
        out.problems.push({
          file,
          line,
          message: `link "${href}" must be article:<id>; web sources belong in the front matter's sources`,
        });
      }
    }
    if (child.type === 'image') {
      out.problems.push({ file, line, message: 'images are not supported in articles' });
    }
    if (child.type === 'text' && child.content.includes('[evidence:')) {
      rewritten.push(...evidenceTokens(child, token, line, file, out));
      continue;
    }
    rewritten.push(child);
  }
  token.children = rewritten;
}

function evidenceTokens(child: Token, parent: Token, line: number, file: string, out: RenderedBody): Token[] {
  const result: Token[] = [];
  let last = 0;
  const Token = child.constructor as new (type: string, tag: string, nesting: number) => Token;
  for (const match of child.content.matchAll(EVIDENCE_MARKER)) {
    const level = match[1];
    const before = child.content.slice(last, match.index);
    if (before) result.push(Object.assign(new Token('text', '', 0), { content: before }));
    if (isEvidenceLevel(level)) {
      const label = new Token('html_inline', '', 0);
      label.content = `<span class="evidence evidence-${level}">${EVIDENCE_TEXT[level]}</span>`;
      result.push(label);
      const text = plainText(parent.children ?? [])
        .replace(EVIDENCE_MARKER, '')
        .trim();
      out.evidence.push({ level, text, line });
    } else {
      out.problems.push({
        file,
        line,
        message: `unknown evidence label "${level}" (use ${Object.keys(EVIDENCE_TEXT).join(', ')})`,
      });
    }
    last = (match.index ?? 0) + match[0].length;
  }
  const rest = child.content.slice(last);
  if (rest.trim()) result.push(Object.assign(new Token('text', '', 0), { content: rest }));
  return result;
}

/** Plain text of inline tokens, without evidence markers' brackets. */
function plainText(children: Token[]): string {
  return children
    .map((c) => (c.type === 'text' || c.type === 'code_inline' ? c.content : c.type === 'softbreak' ? ' ' : ''))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
