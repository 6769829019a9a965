/**
 * What goes on a handout, as plain data: the self-care lists by topic, the chosen items, the "When to get
 * help" boxes by urgency, the paper size from the locale, and the suggested file name.
 */
import {
  HANDOUT_TOPICS,
  URGENCIES,
  type Checklist,
  type ChecklistItem,
  type ChecklistSection,
  type HandoutTopic,
  type HandoutPreferences,
  type PageSize,
  type Urgency,
} from '../../../../shared/types';
import { HANDOUT_TITLES, URGENCY_TEXT } from '../../../../shared/urgency';

/** Older content lists its warning signs as a checklist section with this id (never printed as tick boxes). */
const LEGACY_HELP_SECTION = 'get-help';

export interface TopicList {
  topic: HandoutTopic;
  title: string;
  sections: ChecklistSection[];
}

export interface HelpBox {
  /** null for older content whose signs carry no urgency: one box, in the content's own order. */
  urgency: Urgency | null;
  /** The box heading and its one-line action, worded as on screen (src/shared/urgency.ts). */
  heading: string;
  action: string | null;
  signs: { id: string; text: string; why?: string | null; who?: string | null; contact?: string | null }[];
}

const topicOf = (section: ChecklistSection): HandoutTopic => section.topic ?? 'cramps';

/** The self-care lists, by topic, in the topics' fixed order; topics with no items are left out. */
export function topicLists(checklist: Checklist): TopicList[] {
  const selfCare = checklist.sections.filter((s) => s.id !== LEGACY_HELP_SECTION);
  return HANDOUT_TOPICS.map((topic) => ({
    topic,
    title: HANDOUT_TITLES[topic],
    sections: selfCare.filter((s) => topicOf(s) === topic),
  })).filter((list) => list.sections.length > 0);
}

/** Every cramps item: what a handout carries until someone chooses. */
export function defaultItems(checklist: Checklist): string[] {
  return topicLists(checklist)
    .filter((list) => list.topic === 'cramps')
    .flatMap((list) => list.sections.flatMap((s) => s.items.map((i) => i.id)));
}

export function chosenIds(checklist: Checklist, choice: HandoutPreferences['items']): Set<string> {
  return new Set(choice ?? defaultItems(checklist));
}

/** The lists cut down to the chosen items; sections and topics left empty are dropped. */
export function chosenLists(checklist: Checklist, chosen: Set<string>): TopicList[] {
  return topicLists(checklist)
    .map((list) => ({
      ...list,
      sections: list.sections
        .map((s) => ({ ...s, items: s.items.filter((i: ChecklistItem) => chosen.has(i.id)) }))
        .filter((s) => s.items.length > 0),
    }))
    .filter((list) => list.sections.length > 0);
}

/**
 * "When to get help" for the topics on the handout: the registry's signs for those topics, one box per
 * urgency, most urgent first. Older content without the registry gives one box of its own wording.
 */
export function helpBoxes(checklist: Checklist, topics: HandoutTopic[]): HelpBox[] {
  const wanted: HandoutTopic[] = topics.length ? topics : ['cramps'];
  if (checklist.getHelp) {
    // A sign on two chosen topics' lists is printed once.
    const byId = new Map(
      checklist.getHelp.filter((list) => wanted.includes(list.topic)).flatMap((l) => l.signs.map((s) => [s.id, s])),
    );
    const signs = [...byId.values()];
    return URGENCIES.map((urgency) => ({
      urgency,
      heading: URGENCY_TEXT[urgency].heading,
      action: URGENCY_TEXT[urgency].action,
      signs: signs.filter((s) => s.urgency === urgency),
    })).filter((box) => box.signs.length > 0);
  }
  const legacy = checklist.sections.find((s) => s.id === LEGACY_HELP_SECTION);
  if (!legacy) return [];
  return [{ urgency: null, heading: legacy.title, action: null, signs: legacy.items }];
}

/** Letter in the US, Canada, Mexico and the Philippines; A4 everywhere else. */
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH']);

/** The paper size for a locale such as "en-US" or "fr-CA"; a bare language is read as its most likely region. */
export function pageSizeForLocale(locale: string): PageSize {
  try {
    const region = new Intl.Locale(locale).maximize().region;
    return region && LETTER_REGIONS.has(region) ? 'Letter' : 'A4';
  } catch {
    return 'A4';
  }
}

export function resolvePageSize(choice: HandoutPreferences['pageSize'], locale: string): PageSize {
  return choice === 'auto' ? pageSizeForLocale(locale) : choice;
}

/**
 * The handout's title names the topics it covers: "Self-care: muscle cramps, strains and pulled muscles".
 * With nothing chosen the handout carries the cramps warning signs (helpBoxes), so it is titled for cramps.
 */
export function handoutTitle(checklist: Checklist, choice: HandoutPreferences['items']): string {
  const topics = chosenLists(checklist, chosenIds(checklist, choice)).map((list) => list.topic);
  return `Self-care: ${(topics.length ? topics : ['cramps' as const]).map((t) => HANDOUT_TITLES[t].toLowerCase()).join(', ')}`;
}

/** The heading at the top of every page after the first: the title, and the patient's name when given. */
export function runningHeading(title: string, patient: string): string {
  const name = patient.trim();
  return name ? `${title} – ${name}` : title;
}

/** "Self-care handout for Ana Souza", or without a name "Self-care handout". */
export function handoutFileName(patient: string): string {
  const name = patient.trim();
  return name ? `Self-care handout for ${name}` : 'Self-care handout';
}
