/** Domain types shared by the main process, the preload and the renderer. */

export const CATEGORIES = [
  'cramps',
  'twitches-and-jerks',
  'strains',
  'self-care',
  'treatments',
  'related-conditions',
  'reference',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const EVIDENCE_LEVELS = ['good', 'mixed', 'little', 'not-recommended'] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

export interface Source {
  publisher: string;
  title: string;
  url: string;
}

export interface ArticleSection {
  /** Anchor id of the section heading, unique within the article. */
  id: string;
  title: string;
  level: 2 | 3;
}

export interface ArticleSummary {
  id: string;
  title: string;
  summary: string;
  category: Category;
}

export interface Article extends ArticleSummary {
  aliases: string[];
  related: ArticleSummary[];
  sources: Source[];
  /** ISO date (YYYY-MM-DD) the article was last reviewed. */
  reviewed: string;
  /** ISO date the next review is due (content built before review dates has none). */
  nextReview?: string;
  /** The action-first block under the summary, where the article has one. */
  rightNow?: { steps: string[]; emergency: WarningSign } | null;
  sections: ArticleSection[];
  /** Body rendered to HTML at build time from the article's Markdown. */
  html: string;
}

export interface SearchHit {
  id: string;
  title: string;
  /** Title, HTML-escaped, with matched words wrapped in <mark>. */
  titleHtml: string;
  summary: string;
  category: Category;
  score: number;
  /** A short excerpt around the best match: HTML-escaped, matched words in <mark>. */
  snippet: string;
  /** Heading of the section the snippet comes from, or null for the title/summary. */
  section: { id: string; title: string } | null;
}

export interface SearchResponse {
  /** The query as it was searched (trimmed and cut to MAX_QUERY_LENGTH). */
  query: string;
  /** 'results': hits found; 'start': empty query, curated start list; 'no-match': nothing matched well. */
  kind: 'results' | 'start' | 'no-match';
  hits: SearchHit[];
  /** A corrected query to offer as "did you mean", or null. */
  suggestion: string | null;
}

export interface ArticleMatch {
  section: { id: string; title: string } | null;
  snippet: string;
}

/** The printed checklist's topics; a warning sign names the ones whose "When to get help" list carries it. */
export const HANDOUT_TOPICS = ['cramps', 'twitches', 'strains'] as const;
export type HandoutTopic = (typeof HANDOUT_TOPICS)[number];

/** How fast a warning sign needs help, most urgent first. */
export const URGENCIES = ['emergency', 'today', 'soon'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** One entry of the warning-sign registry (the fields printing uses). */
export interface WarningSign {
  id: string;
  text: string;
  why: string | null;
  who: string | null;
  urgency: Urgency;
  handouts: HandoutTopic[];
}

/** A line drawing, inlined as SVG markup (currentColor strokes) at build time. */
export interface Figure {
  id: string;
  /** The text alternative that describes the position. */
  alt: string;
  svg: string;
}

/** A generated "When to get help" list: the registry's signs for one topic, most urgent first. */
export interface HelpList {
  topic: HandoutTopic;
  signs: WarningSign[];
}

export interface ChecklistItem {
  id: string;
  text: string;
  /** Id of the article that explains this item. */
  article: string;
  /** The drawing of the position, if the item names one. */
  figure?: Figure | null;
}

export interface ChecklistSection {
  id: string;
  title: string;
  /** Which list the section belongs to; content without topics is all cramps. */
  topic?: HandoutTopic;
  items: ChecklistItem[];
}

export interface Checklist {
  title: string;
  intro: string;
  sections: ChecklistSection[];
  diary: { title: string; intro: string; columns: string[]; rows: number };
  disclaimer: string;
  /** One "When to get help" list per topic, generated from the registry; never ticked. */
  getHelp?: HelpList[];
}

/** What the user has filled in on the checklist; persisted by the main process. */
export interface ChecklistState {
  checked: string[];
  name: string;
  date: string;
  notes: string;
}

export type ThemePreference = 'system' | 'light' | 'dark';

export interface LayoutPreferences {
  /** Sidebar width in CSS pixels. */
  sidebarWidth: number;
  /** Checklist panel width in CSS pixels. */
  checklistWidth: number;
  checklistOpen: boolean;
  /** Fraction (0.2-0.8) of the reading area given to the first article when two are open. */
  splitRatio: number;
}

export const PAGE_SIZES = ['A4', 'Letter'] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

/** What the handout builder remembers between uses. */
export interface HandoutPreferences {
  /** Ids of the chosen self-care items; null for the default (every cramps item). */
  items: string[] | null;
  textSize: 'normal' | 'large';
  /** 'auto' follows the system locale. */
  pageSize: 'auto' | PageSize;
  diary: boolean;
  clinician: string;
  clinic: string;
}

export interface Preferences {
  theme: ThemePreference;
  layout: LayoutPreferences;
  handout: HandoutPreferences;
}

export interface AppInfo {
  name: string;
  version: string;
  contentVersion: string;
  contentHash: string;
  articleCount: number;
  codeLicense: string;
  contentLicense: string;
  disclaimer: string;
  /** Messages the user must see once, e.g. "your settings file was damaged and has been reset". */
  notices: string[];
}

/** Commands the main process sends to the renderer (from the application menu). */
export const COMMANDS = [
  'focus-search',
  'find-in-article',
  'toggle-checklist',
  'print',
  'print-handout',
  'save-pdf',
  'theme-system',
  'theme-light',
  'theme-dark',
  'show-about',
  'go-back',
  'go-forward',
] as const;
export type Command = (typeof COMMANDS)[number];
