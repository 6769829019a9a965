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

export const EVIDENCE_LEVELS = ['good', 'mixed', 'untested', 'no-benefit', 'not-recommended'] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

/** How fast a warning sign needs help, most urgent first. */
export const URGENCIES = ['emergency', 'today', 'soon'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** The printed checklist's topics; a warning sign names the ones whose "When to get help" list carries it. */
export const HANDOUT_TOPICS = ['cramps', 'twitches', 'strains'] as const;
export type HandoutTopic = (typeof HANDOUT_TOPICS)[number];

export interface Source {
  publisher: string;
  title: string;
  url: string;
}

/** One entry of the warning-sign registry: the only place an urgency is stated. */
export interface WarningSign {
  id: string;
  text: string;
  /** One short sentence on why it matters, or null. */
  why: string | null;
  /** Who it applies to ("Pregnant women"), or null for everyone. */
  who: string | null;
  /**
   * Who to contact and how fast, when a specific team is the right first call (a maternity unit, a dialysis
   * team), or null; it takes precedence over the box's general action line.
   */
  contact: string | null;
  urgency: Urgency;
  /** Slug of the heading it is listed under on the warning-signs page. */
  group: string;
  handouts: HandoutTopic[];
  sources: Source[];
}

/** The action-first block shown under an article's summary. */
export interface RightNow {
  /** One to three short steps. */
  steps: string[];
  /** The one sign that means calling an ambulance (always emergency level). */
  emergency: WarningSign;
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
  /** Questions the article answers, as readers word them (for search). */
  questions: string[];
  related: ArticleSummary[];
  sources: Source[];
  /** ISO date (YYYY-MM-DD) the article was last reviewed. */
  reviewed: string;
  /** ISO date the next review is due: `reviewed` plus the library's review interval. */
  nextReview: string;
  rightNow: RightNow | null;
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
  /**
   * True when the results are only the closest articles: the best one matches less than half of what was
   * asked. The app then says "Closest articles" rather than presenting them as answers.
   */
  weak: boolean;
  /** An app feature the query asks for by name, to offer before any article, or null. */
  feature: 'checklist' | 'handout' | 'about' | null;
  /**
   * Set when the question is about cramps that are not muscle cramps (stomach, period, colic) and the
   * library has no article on them: what to tell the reader instead of results. Null otherwise.
   */
  scopeNote: string | null;
}

export interface ArticleMatch {
  section: { id: string; title: string } | null;
  snippet: string;
}

/** A line drawing, inlined as sanitized SVG markup (role="img", aria-label set) at build time. */
export interface Figure {
  id: string;
  /** The text alternative: the article's alt text, or the checklist item's text. */
  alt: string;
  svg: string;
}

export interface ChecklistItem {
  id: string;
  text: string;
  /** Id of the article that explains this item. */
  article: string;
  figure: Figure | null;
}

export interface ChecklistSection {
  id: string;
  title: string;
  topic: HandoutTopic;
  items: ChecklistItem[];
}

/** A generated "When to get help" list: the registry's signs for one topic, most urgent first. */
export interface HelpList {
  topic: HandoutTopic;
  signs: WarningSign[];
}

export interface Checklist {
  title: string;
  intro: string;
  sections: ChecklistSection[];
  /** One per topic that has sections, in HANDOUT_TOPICS order; never ticked. */
  getHelp: HelpList[];
  diary: { title: string; intro: string; columns: string[]; rows: number };
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

/** One article left open when the app closed, and how far down it was read. */
export interface SessionPane {
  articleId: string;
  /** Scroll offset of the pane in CSS pixels. */
  scroll: number;
}

/** Reading comfort: text size, the sidebar, and what to reopen after a restart. */
export interface ReadingPreferences {
  /** Root text size in percent (100 is the system default). */
  textSize: number;
  sidebarOpen: boolean;
  /** The articles open when the app closed (at most two), the active one, and the last search. */
  session: { panes: SessionPane[]; active: number; query: string };
  /** Article ids most recently read first. */
  recent: string[];
}

export interface Preferences {
  theme: ThemePreference;
  layout: LayoutPreferences;
  handout: HandoutPreferences;
  reading: ReadingPreferences;
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
  /**
   * When the checklist's last good version was saved, if reading the checklist at startup ran into a problem
   * and that version can be restored (restoreChecklistBackup); otherwise null.
   */
  checklistBackup: string | null;
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
  'toggle-sidebar',
  'next-pane',
  'previous-pane',
  'close-article',
  'text-larger',
  'text-smaller',
  'text-reset',
] as const;
export type Command = (typeof COMMANDS)[number];
