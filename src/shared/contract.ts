/**
 * The one IPC contract. Each entry names a channel, the schema its request must pass, and (as a type only)
 * what it answers. The preload's API, the main-process handlers and the test harness are all derived from
 * this object, so they cannot drift apart.
 */
import { z } from 'zod';
import type {
  AppInfo,
  Article,
  ArticleMatch,
  ArticleSummary,
  Checklist,
  ChecklistState,
  Preferences,
  SearchResponse,
} from './types';
import { PAGE_SIZES } from './types';
import { MAX_NOTES_LENGTH, MAX_PAYLOAD_STRING, MAX_QUERY_LENGTH, MAX_RECENT, MAX_RESULTS, TEXT_SIZES } from './limits';
import { CHANNELS, type ChannelKey } from './channels';

// The length check runs first and stops there, so the regex never sees a huge string.
const articleId = z
  .string()
  .max(100, { abort: true })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an article id is a lowercase slug');
const none = z.strictObject({}).optional();
const pageSize = z.enum(PAGE_SIZES);

export const checklistStateSchema = z.strictObject({
  checked: z.array(z.string().max(100)).max(500),
  name: z.string().max(200),
  date: z.string().max(40),
  notes: z.string().max(MAX_NOTES_LENGTH),
});

export const layoutSchema = z.strictObject({
  sidebarWidth: z.number().finite().min(200).max(800),
  checklistWidth: z.number().finite().min(240).max(900),
  checklistOpen: z.boolean(),
  splitRatio: z.number().finite().min(0.2).max(0.8),
});

export const handoutPreferencesSchema = z.strictObject({
  /** Ids of the self-care items chosen for the handout; null means the default (every cramps item). */
  items: z.array(z.string().max(100)).max(500).nullable(),
  textSize: z.enum(['normal', 'large']),
  /** 'auto' follows the system locale (Letter in the US, Canada, Mexico and the Philippines; A4 elsewhere). */
  pageSize: z.enum(['auto', ...PAGE_SIZES]),
  diary: z.boolean(),
  clinician: z.string().max(200),
  clinic: z.string().max(200),
});

export const sessionSchema = z.strictObject({
  panes: z.array(z.strictObject({ articleId, scroll: z.number().finite().min(0).max(10_000_000) })).max(2),
  active: z.number().int().min(0).max(1),
  query: z.string().max(MAX_QUERY_LENGTH),
});

export const readingSchema = z.strictObject({
  textSize: z
    .number()
    .finite()
    .min(TEXT_SIZES[0])
    .max(TEXT_SIZES[TEXT_SIZES.length - 1]),
  sidebarOpen: z.boolean(),
  session: sessionSchema,
  recent: z.array(articleId).max(MAX_RECENT),
});

export const preferencesSchema = z.strictObject({
  theme: z.enum(['system', 'light', 'dark']),
  layout: layoutSchema,
  handout: handoutPreferencesSchema,
  reading: readingSchema,
});

/** Declares a channel: its name, its request schema and (as a type only) its response. */
function channel<Response>() {
  return <Request extends z.ZodType, Name extends string>(name: Name, request: Request) => ({
    name,
    request,
    response: undefined as unknown as Response,
  });
}

export const contract = {
  search: channel<SearchResponse>()(
    CHANNELS.search,
    z.strictObject({
      query: z.string().max(MAX_PAYLOAD_STRING),
      limit: z.number().int().min(1).max(MAX_RESULTS).optional(),
    }),
  ),
  searchInArticle: channel<ArticleMatch[]>()(
    CHANNELS.searchInArticle,
    z.strictObject({ id: articleId, query: z.string().max(MAX_PAYLOAD_STRING) }),
  ),
  getArticle: channel<Article>()(CHANNELS.getArticle, z.strictObject({ id: articleId })),
  listArticles: channel<ArticleSummary[]>()(CHANNELS.listArticles, none),
  getChecklist: channel<Checklist>()(CHANNELS.getChecklist, none),
  getChecklistState: channel<ChecklistState>()(CHANNELS.getChecklistState, none),
  setChecklistState: channel<ChecklistState>()(CHANNELS.setChecklistState, checklistStateSchema),
  resetChecklistState: channel<ChecklistState>()(CHANNELS.resetChecklistState, none),
  restoreChecklistBackup: channel<ChecklistState>()(CHANNELS.restoreChecklistBackup, none),
  getPreferences: channel<Preferences>()(CHANNELS.getPreferences, none),
  setPreferences: channel<Preferences>()(CHANNELS.setPreferences, preferencesSchema),
  getAppInfo: channel<AppInfo>()(CHANNELS.getAppInfo, none),
  openSource: channel<{ opened: boolean }>()(CHANNELS.openSource, z.strictObject({ url: z.string().max(2048) })),
  print: channel<{ printed: boolean }>()(CHANNELS.print, z.strictObject({ pageSize })),
  savePdf: channel<{ savedTo: string | null }>()(
    CHANNELS.savePdf,
    // The main process makes the suggested name safe (see pdf-file-name.ts); this only bounds its size.
    z.strictObject({ pageSize, fileName: z.string().max(500) }),
  ),
} as const satisfies { [K in ChannelKey]: { name: (typeof CHANNELS)[K] } };

export type Contract = typeof contract;
export type { ChannelKey };
export type RequestOf<K extends ChannelKey> = z.input<Contract[K]['request']>;
export type ResponseOf<K extends ChannelKey> = Contract[K]['response'];

export const ERROR_CODES = ['invalid-request', 'not-found', 'forbidden', 'unavailable', 'internal'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
export interface ApiError {
  code: ErrorCode;
  message: string;
}

/** Every IPC answer is one of these: a value, or a typed error (never a stack trace). */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };
