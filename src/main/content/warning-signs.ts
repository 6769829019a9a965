/**
 * The warning-sign registry (`warning-signs.yaml`): read and checked here, and rendered as the urgency boxes
 * articles show in place of their `[sign: id]` lists and the warning-signs page shows for `[signs: all]`.
 */
import { URGENCIES, type Urgency, type WarningSign } from '../../shared/types';
import { fillsMoreThanOneBox, MORE_THAN_ONE_BOX, URGENCY_TEXT } from '../../shared/urgency';
import type { ContentProblem } from './errors';
import { registrySchema } from './schema';
import { parseYaml } from './yaml-source';

export const REGISTRY_FILE = 'warning-signs.yaml';

export interface Registry {
  signs: Map<string, WarningSign>;
  /** Line of each sign's `id:` in the registry file. */
  lines: Map<string, number>;
}

/** Parses the registry text; problems are reported as `warning-signs.yaml:line: message`. */
export function parseRegistry(text: string): { registry: Registry | null; problems: ContentProblem[] } {
  const result = parseYaml(text, registrySchema, REGISTRY_FILE);
  if (!result.ok) return { registry: null, problems: result.problems };
  const sourceLines = text.split(/\r?\n/);
  const problems: ContentProblem[] = [];
  const signs = new Map<string, WarningSign>();
  const lines = new Map<string, number>();
  let from = 0;
  for (const sign of result.value.signs) {
    // Signs are listed in order, so each id line is searched for after the previous one.
    const index = sourceLines.findIndex((l, i) => i >= from && new RegExp(`^\\s*-?\\s*id:\\s*${sign.id}\\s*$`).test(l));
    const line = index + 1 || 1;
    if (index >= 0) from = index + 1;
    if (signs.has(sign.id)) {
      problems.push({ file: REGISTRY_FILE, line, message: `sign id "${sign.id}" is used twice` });
      continue;
    }
    signs.set(sign.id, sign);
    lines.set(sign.id, line);
  }
  return { registry: problems.length ? null : { signs, lines }, problems };
}

/** Signs in order of urgency (most urgent first), keeping their order within a level. */
export function byUrgency(signs: Iterable<WarningSign>): WarningSign[] {
  return [...signs].sort((a, b) => URGENCIES.indexOf(a.urgency) - URGENCIES.indexOf(b.urgency));
}

/** "blood-clots-and-circulation" -> "Blood clots and circulation". */
export function groupTitle(group: string): string {
  const words = group.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The reader's words for one sign: who it is for, the sign, why it matters and whom to contact. */
export function signText(sign: WarningSign): string {
  return [
    sign.who ? `${sign.who}: ` : '',
    sign.text,
    sign.why ? ` ${sign.why}` : '',
    sign.contact ? ` ${sign.contact}` : '',
  ].join('');
}

function signItem(sign: WarningSign): string {
  const who = sign.who ? `<strong class="sign-who">${escapeHtml(sign.who)}:</strong> ` : '';
  const why = sign.why ? ` <span class="sign-why">${escapeHtml(sign.why)}</span>` : '';
  const contact = sign.contact ? ` <strong class="sign-contact">${escapeHtml(sign.contact)}</strong>` : '';
  return `<li data-sign="${sign.id}">${who}${escapeHtml(sign.text)}${why}${contact}</li>\n`;
}

/**
 * One box per urgency present, most urgent first. `headingId` makes each box's heading id unique within the
 * article; `body` renders the signs of one level; `sayMostUrgentWins` puts MORE_THAN_ONE_BOX above two or more.
 */
function urgencyBoxes(
  signs: WarningSign[],
  headingId: (urgency: Urgency) => string,
  body: (signs: WarningSign[]) => string,
  sayMostUrgentWins: boolean,
): string {
  const html = ['<div class="urgency-boxes">\n'];
  if (sayMostUrgentWins && fillsMoreThanOneBox(signs))
    html.push(`<p class="urgency-choose">${escapeHtml(MORE_THAN_ONE_BOX)}</p>\n`);
  for (const urgency of URGENCIES) {
    const level = signs.filter((s) => s.urgency === urgency);
    if (level.length === 0) continue;
    const id = headingId(urgency);
    const text = URGENCY_TEXT[urgency];
    html.push(
      `<section class="urgency urgency-${urgency}" aria-labelledby="${id}">\n`,
      `<h3 id="${id}">${text.heading}</h3>\n<p class="urgency-action">${escapeHtml(text.action)}</p>\n`,
      body(level),
      '</section>\n',
    );
  }
  html.push('</div>\n');
  return html.join('');
}

/** The boxes that replace an article's `[sign: id]` list. */
export function signBoxesHtml(signs: WarningSign[], headingId: (urgency: Urgency) => string): string {
  return urgencyBoxes(byUrgency(signs), headingId, (level) => `<ul>\n${level.map(signItem).join('')}</ul>\n`, true);
}

/** Every sign in the registry, by urgency and then by group: the warning-signs page's `[signs: all]`. */
export function allSignsHtml(registry: Registry, headingId: (urgency: Urgency) => string): string {
  return urgencyBoxes(
    [...registry.signs.values()],
    headingId,
    (level) =>
      groupsOf(level)
        .map(
          (group) =>
            `<h4>${escapeHtml(groupTitle(group))}</h4>\n<ul>\n${level
              .filter((s) => s.group === group)
              .map(signItem)
              .join('')}</ul>\n`,
        )
        .join(''),
    // The warning-signs page says it in its own words, with the advice to ask when unsure.
    false,
  );
}

/**
 * Every sign in the order the warning-signs page shows them (allSignsHtml): the order search reads them in, so a
 * snippet shows the most urgent sign that matches ("high temperature": a fit in withdrawal, not an infected testicle).
 */
export function allSignsInOrder(registry: Registry): WarningSign[] {
  const signs = [...registry.signs.values()];
  return URGENCIES.flatMap((urgency) => {
    const level = signs.filter((s) => s.urgency === urgency);
    return groupsOf(level).flatMap((group) => level.filter((s) => s.group === group));
  });
}

/** The groups of some signs, in the order in which the registry first uses them. */
function groupsOf(signs: WarningSign[]): string[] {
  return [...new Set(signs.map((s) => s.group))];
}
