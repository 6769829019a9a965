/**
 * What a content store must look like when it is loaded: the manifest and the payload are checked in full, so
 * a tampered or half-written store is reported as damaged (with where) instead of failing later in odd ways.
 *
 * The article schema mirrors the Article type field by field. `satisfies` ties them together: a new required
 * field on Article fails the type check here until it is added below. Objects are loose (unknown keys pass
 * through), so a field added by the build is never silently stripped before its schema entry exists.
 */
import { z } from 'zod';
import {
  CATEGORIES,
  HANDOUT_TOPICS,
  URGENCIES,
  type Article,
  type ArticleSection,
  type ArticleSummary,
  type Checklist,
  type Figure,
  type RightNow,
  type Source,
  type WarningSign,
} from '../../shared/types';
import type { SectionText } from './render-article';
import type { StoreManifest } from './store-file';

const id = z.string().min(1).max(200);
const text = z.string().max(100_000);

export const manifestSchema = z.looseObject({
  format: z.number().int(),
  contentVersion: z.string().max(100),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  articleCount: z.number().int().min(0),
}) satisfies z.ZodType<StoreManifest>;

const summarySchema = z.looseObject({
  id,
  title: text.min(1),
  summary: text,
  category: z.enum(CATEGORIES),
}) satisfies z.ZodType<ArticleSummary>;

const sourceSchema = z.looseObject({
  publisher: text,
  title: text,
  url: z.string().max(2048),
}) satisfies z.ZodType<Source>;

const sectionSchema = z.looseObject({
  id,
  title: text,
  level: z.union([z.literal(2), z.literal(3)]),
}) satisfies z.ZodType<ArticleSection>;

const signSchema = z.looseObject({
  id,
  text,
  why: text.nullable(),
  contact: text.nullable(),
  who: text.nullable(),
  urgency: z.enum(URGENCIES),
  group: id,
  handouts: z.array(z.enum(HANDOUT_TOPICS)),
  sources: z.array(sourceSchema),
}) satisfies z.ZodType<WarningSign>;

const rightNowSchema = z.looseObject({
  steps: z.array(text),
  emergency: signSchema,
}) satisfies z.ZodType<RightNow>;

const figureSchema = z.looseObject({ id, alt: text, svg: text }) satisfies z.ZodType<Figure>;

export const articleSchema = z.looseObject({
  ...summarySchema.shape,
  aliases: z.array(text),
  questions: z.array(text),
  related: z.array(summarySchema),
  sources: z.array(sourceSchema),
  reviewed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  nextReview: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  rightNow: rightNowSchema.nullable(),
  sections: z.array(sectionSchema),
  html: z.string().min(1, 'an article has no html'),
}) satisfies z.ZodType<Article>;

const checklistSchema = z.looseObject({
  title: text,
  intro: text,
  sections: z.array(
    z.looseObject({
      id,
      title: text,
      topic: z.enum(HANDOUT_TOPICS),
      items: z.array(z.looseObject({ id, text, article: id, figure: figureSchema.nullable() })),
    }),
  ),
  getHelp: z.array(z.looseObject({ topic: z.enum(HANDOUT_TOPICS), signs: z.array(signSchema) })),
  diary: z.looseObject({ title: text, intro: text, columns: z.array(text), rows: z.number().int().min(0).max(1_000) }),
}) satisfies z.ZodType<Checklist>;

const sectionTextSchema = z
  .looseObject({
    id: id.nullable(),
    title: text.nullable(),
    text: z.string(),
    signsFrom: z.number().int().min(0).optional(),
  })
  .refine(
    (s) => s.signsFrom === undefined || s.signsFrom <= s.text.length,
    'signsFrom is past the end of its text',
  ) satisfies z.ZodType<SectionText>;

export const payloadSchema = z.looseObject({
  articles: z.array(articleSchema),
  texts: z.record(z.string(), z.array(sectionTextSchema)),
  checklist: checklistSchema,
  startList: z.array(id),
  index: z.record(z.string(), z.unknown()),
});

/** The first problem of a failed parse as "at <path>: <message>", short enough for the error page. */
export function firstProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const where = issue.path.length ? `at ${issue.path.map(String).join('.')}: ` : '';
  return `${where}${issue.message}`.slice(0, 200);
}
