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

export interface ChecklistItem {
  id: string;
  text: string;
  /** Id of the article that explains this item. */
  article: string;
}

export interface ChecklistSection {
  id: string;
  title: string;
  items: ChecklistItem[];
}

export interface Checklist {
  title: string;
  intro: string;
  sections: ChecklistSection[];
  diary: { title: string; intro: string; columns: string[]; rows: number };
  disclaimer: string;
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
}

/** Commands the main process sends to the renderer (from the application menu). */
export const COMMANDS = [
  'focus-search',
  'find-in-article',
  'toggle-checklist',
  'print-checklist',
  'save-checklist-pdf',
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
