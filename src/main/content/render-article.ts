/**
 * Renders an article body from Markdown to HTML at build time, and extracts what search and the content
 * check need: sections with anchors, plain text per section, links to other articles, evidence labels,
 * list items, the warning signs and figures it names. `[sign: id]` lists in "When to see a doctor" become
 * urgency boxes, `[signs: all]` becomes the whole registry, and `![alt](figure:id)` an inline drawing.
 */
import MarkdownIt, { type Token } from 'markdown-it';
import type { ArticleSection, Urgency, WarningSign } from '../../shared/types';
import type { ContentProblem } from './errors';
import { EVIDENCE_MARKER, EVIDENCE_TEXT, isEvidenceLevel } from './evidence';
import { figureHtml, MIN_ALT_LENGTH, type FigureFile } from './figures';
import { slugify } from './slug';
import type { SectionText } from '../search/types';
import { allSignsHtml, allSignsInOrder, byUrgency, signBoxesHtml, signText, type Registry } from './warning-signs';

export const SEE_A_DOCTOR = /^when to see a doctor/i;
/** A list item that names a registered sign, and nothing else. */
const SIGN_ITEM = /^\[sign:\s*([^\]\s]*)\s*\]$/;
const ALL_SIGNS = /^\[signs:\s*all\s*\]$/;

export type { SectionText };

/** Where a piece of the body sits: its ## and ### headings. */
export interface Placement {
  h2: string | null;
  h3: string | null;
}

export interface EvidenceUse extends Placement {
  level: string;
  /** The recommendation the label is attached to, as plain text. */
  text: string;
  line: number;
  /** True when the label sits in a list item. */
  inList: boolean;
}

export interface ListItem extends Placement {
  text: string;
  line: number;
}

export interface RenderContext {
  /** The warning-sign registry, or null when it could not be read (sign names are then not checked). */
  registry: Registry | null;
  /** The drawings by id, or null when figures are not checked. */
  figures: Map<string, FigureFile> | null;
}

export interface RenderedBody {
  html: string;
  sections: ArticleSection[];
  /** The author's own words per section (generated sign boxes left out): what the check reads. */
  texts: SectionText[];
  /** The words a reader sees per section, sign boxes and figure captions included: what search indexes. */
  searchTexts: SectionText[];
  links: { target: string; line: number }[];
  evidence: EvidenceUse[];
  /** Every list item outside the sign lists, with its place. */
  items: ListItem[];
  /** Signs named with `[sign: id]`. */
  signs: { id: string; line: number }[];
  /** True when the body lists the whole registry with `[signs: all]`. */
  allSigns: boolean;
  figures: { id: string; line: number }[];
  problems: ContentProblem[];
}

const md = MarkdownIt({ html: false, linkify: false, typographer: true });

/**
 * @param body Markdown text of the body
 * @param file file name for problems
 * @param firstLine line number of the body's first line within the file
 */
export function renderBody(
  body: string,
  file: string,
  firstLine: number,
  context: RenderContext = { registry: null, figures: null },
): RenderedBody {
  const out: RenderedBody = {
    html: '',
    sections: [],
    texts: [],
    searchTexts: [],
    links: [],
    evidence: [],
    items: [],
    signs: [],
    allSigns: false,
    figures: [],
    problems: [],
  };
  const tokens = md.parse(body, {});
  const usedIds = new Set<string>();
  const uniqueId = (base: string) => {
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    usedIds.add(id);
    return id;
  };
  const urgencyId = (urgency: Urgency) => uniqueId(`urgency-${urgency}`);
  let current: SectionText = { id: null, title: null, text: '' };
  // What search indexes: a section per ## heading and per ### heading other than Try and Avoid (a result then
  // names the ### part it comes from, and a find in the article goes to it), each with the sign boxes and
  // captions generated in it.
  let searchSection: SectionText = { id: null, title: null, text: '' };
  let generated = '';
  // The registry signs listed in the section: kept at the end of its text, where signsFrom marks them.
  let listedSigns = '';
  const place: Placement = { h2: null, h3: null };
  let openSection = false;
  // `[sign: id]` items where they belong; anywhere else the marker is reported.
  const signItems = new Set<Token>();
  const html: string[] = [];
  const lineOf = (token: Token | undefined) => (token?.map ? token.map[0] + firstLine : firstLine);
  const closeSearchSection = () => {
    const own = searchSection.text + generated;
    out.searchTexts.push(
      listedSigns
        ? { ...searchSection, text: own + listedSigns, signsFrom: own.length }
        : { ...searchSection, text: own },
    );
    generated = '';
    listedSigns = '';
  };
  const closeSection = () => {
    out.texts.push(current);
    closeSearchSection();
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.type === 'heading_open') {
      const level = Number(token.tag.slice(1));
      const title = plainText(tokens[i + 1].children ?? []);
      if (level !== 2 && level !== 3) {
        out.problems.push({ file, line: lineOf(token), message: `use ## or ### headings, not ${token.markup}` });
      }
      const id = uniqueId(slugify(title));
      token.attrSet('id', id);
      if (level === 2) {
        // Each ## heading opens a <section>, so "When to see a doctor" can be styled as a callout.
        if (openSection) html.push('</section>\n');
        const callout = SEE_A_DOCTOR.test(title) ? ' class="see-doctor"' : '';
        html.push(`<section aria-labelledby="${id}"${callout}>\n`);
        openSection = true;
        place.h2 = title;
        place.h3 = null;
        closeSection();
        current = { id, title, text: '' };
        searchSection = { id, title, text: '' };
      } else {
        place.h3 = title;
        const kind = adviceKind(place);
        if (kind) token.attrSet('class', `advice-heading advice-${kind}`);
        else {
          closeSearchSection();
          searchSection = { id, title, text: '' };
        }
      }
      out.sections.push({ id, title, level: level === 3 ? 3 : 2 });
    }

    if (token.type === 'bullet_list_open' && adviceKind(place)) {
      token.attrSet('class', `advice advice-${adviceKind(place)}`);
    }
    if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') {
      const end = closingIndex(tokens, i);
      const items = listItems(tokens, i, end);
      const signIds = items.map((item) => SIGN_ITEM.exec(item.content.trim())?.[1] ?? null);
      if (signIds.some((id) => id !== null)) {
        const inDoctor = place.h2 !== null && SEE_A_DOCTOR.test(place.h2);
        if (inDoctor) items.forEach((item, n) => signIds[n] !== null && signItems.add(item));
        const signs = signList(items, signIds, inDoctor, file, lineOf, context.registry, out);
        if (signs) {
          const rendered = signBoxesHtml(signs, urgencyId);
          html.push(rendered);
          // In the order the boxes show them, as the whole registry's are (allSignsInOrder).
          listedSigns += searchTextOf(byUrgency(signs));
          i = end;
          continue;
        }
      } else if (place.h2 !== null && SEE_A_DOCTOR.test(place.h2)) {
        for (const item of items) {
          out.problems.push({
            file,
            line: lineOf(item),
            message:
              'a list in "When to see a doctor" may only name registry signs, one per item: [sign: id] ' +
              '(write context as a paragraph)',
          });
        }
      }
      for (const item of items) {
        out.items.push({ text: plainText(item.children ?? []), line: lineOf(item), ...place });
      }
    }

    if (token.type === 'paragraph_open' && tokens[i + 1]?.type === 'inline') {
      const inline = tokens[i + 1];
      if (ALL_SIGNS.test(inline.content.trim())) {
        out.allSigns = true;
        if (context.registry) {
          html.push(allSignsHtml(context.registry, urgencyId));
          listedSigns += searchTextOf(allSignsInOrder(context.registry));
        }
        i += 2;
        continue;
      }
      const children = (inline.children ?? []).filter((c) => !(c.type === 'text' && c.content.trim() === ''));
      if (children.length === 1 && children[0].type === 'image') {
        const figure = figureOf(children[0], lineOf(inline), file, context, out);
        if (figure) {
          html.push(figure.html);
          generated += figure.alt + '\n';
        }
        i += 2;
        continue;
      }
    }

    if (token.type === 'inline') {
      const inList = tokens[i - 2]?.type === 'list_item_open';
      rewriteInline(token, lineOf(token), file, out, { ...place }, inList, signItems.has(token));
      if (tokens[i - 1]?.type !== 'heading_open') {
        const text = plainText(token.children ?? []) + '\n';
        current.text += text;
        searchSection.text += text;
      }
    }
    html.push(md.renderer.render([token], md.options, {}));
  }
  if (openSection) html.push('</section>\n');
  closeSection();
  const kept = (t: SectionText) => t.text.trim() !== '' || t.id !== null;
  out.texts = out.texts.filter(kept);
  out.searchTexts = out.searchTexts.filter(kept);
  out.html = html.join('');
  return out;
}

/** The signs' texts as search reads them, one a line. */
function searchTextOf(signs: WarningSign[]): string {
  return signs.map((s) => signText(s)).join('\n') + '\n';
}

/** "try" or "avoid" under "## What you can do", else null. */
function adviceKind(place: Placement): 'try' | 'avoid' | null {
  if (!place.h2 || !/^what you can do/i.test(place.h2)) return null;
  const kind = place.h3?.trim().toLowerCase();
  return kind === 'try' || kind === 'avoid' ? kind : null;
}

/** Index of the token that closes the block opened at `open`. */
function closingIndex(tokens: Token[], open: number): number {
  const closeType = tokens[open].type.replace('_open', '_close');
  for (let j = open + 1; j < tokens.length; j++) {
    if (tokens[j].type === closeType && tokens[j].level === tokens[open].level) return j;
  }
  return tokens.length - 1;
}

/** The first inline token of each item of the list between `open` and `end` (nested lists are not items). */
function listItems(tokens: Token[], open: number, end: number): Token[] {
  const items: Token[] = [];
  for (let j = open + 1; j < end; j++) {
    if (tokens[j].type !== 'list_item_open' || tokens[j].level !== tokens[open].level + 1) continue;
    const inline = tokens.slice(j + 1, end).find((t) => t.type === 'inline');
    if (inline) items.push(inline);
  }
  return items;
}

/** The signs of a `[sign: id]` list, or null (with problems) when the list cannot be rendered as boxes. */
function signList(
  items: Token[],
  ids: (string | null)[],
  inDoctor: boolean,
  file: string,
  lineOf: (token: Token) => number,
  registry: Registry | null,
  out: RenderedBody,
) {
  const signs: WarningSign[] = [];
  let ok = true;
  items.forEach((item, n) => {
    const id = ids[n];
    const line = lineOf(item);
    if (!inDoctor) {
      ok = false;
      return;
    }
    if (id === null) {
      ok = false;
      out.problems.push({
        file,
        line,
        message:
          'a list in "When to see a doctor" may only name registry signs, one per item: [sign: id] ' +
          '(write context as a paragraph)',
      });
      return;
    }
    out.signs.push({ id, line });
    const sign = registry?.signs.get(id);
    if (registry && !sign) {
      ok = false;
      out.problems.push({ file, line, message: `unknown warning sign "${id}" (not in warning-signs.yaml)` });
    }
    if (sign) signs.push(sign);
  });
  return ok && registry ? signs : null;
}

/** A figure paragraph: checks the id and alt text and renders the drawing. */
function figureOf(image: Token, line: number, file: string, context: RenderContext, out: RenderedBody) {
  const src = String(image.attrGet('src') ?? '');
  const match = /^figure:([a-z0-9-]+)$/.exec(src);
  if (!match) {
    out.problems.push({ file, line, message: `image "${src}" must be a figure: ![alt text](figure:<id>)` });
    return null;
  }
  const id = match[1];
  const alt = plainText(image.children ?? []);
  out.figures.push({ id, line });
  if (alt.length < MIN_ALT_LENGTH) {
    out.problems.push({
      file,
      line,
      message: `figure "${id}" needs alt text of at least ${MIN_ALT_LENGTH} characters (say the position and the direction of the stretch)`,
    });
  }
  const figure = context.figures?.get(id);
  if (context.figures && !figure) {
    out.problems.push({ file, line, message: `figure "${id}" does not exist (no figures/${id}.svg)` });
  }
  return figure ? { html: figureHtml(figure, alt), alt } : null;
}

/** Turns evidence markers into labels and article: links into in-app links; reports the rest. */
function rewriteInline(
  token: Token,
  line: number,
  file: string,
  out: RenderedBody,
  place: Placement,
  inList: boolean,
  isSignItem: boolean,
): void {
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
      out.problems.push({ file, line, message: 'a figure must stand on a line of its own: ![alt text](figure:<id>)' });
    }
    if (child.type === 'text' && !isSignItem && /\[signs?:/.test(child.content)) {
      out.problems.push({
        file,
        line,
        message: 'a warning sign is named only as a list item of its own in "When to see a doctor": - [sign: id]',
      });
    }
    if (child.type === 'text' && child.content.includes('[evidence:')) {
      rewritten.push(...evidenceTokens(child, token, line, file, out, place, inList));
      continue;
    }
    rewritten.push(child);
  }
  token.children = rewritten;
}

function evidenceTokens(
  child: Token,
  parent: Token,
  line: number,
  file: string,
  out: RenderedBody,
  place: Placement,
  inList: boolean,
): Token[] {
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
      out.evidence.push({ level, text, line, inList, ...place });
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
