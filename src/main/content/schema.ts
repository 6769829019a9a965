/** Schemas for the content source files: article front matter, the warning-sign registry and the checklist. */
import { z } from 'zod';
import { CATEGORIES, HANDOUT_TOPICS, URGENCIES } from '../../shared/types';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug (a-z, 0-9, hyphens)');
const plainText = (min: number, max: number) =>
  z.string().trim().min(min, `must be at least ${min} characters`).max(max, `must be at most ${max} characters`);
// A source link opens in the reader's browser: https only, and no user name, password or port that could
// dress up a look-alike host.
const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an https URL' }).refine((value) => {
  const url = new URL(value);
  return url.username === '' && url.password === '' && url.port === '';
}, 'must not contain a user name, password or port');

export const SUMMARY_BOUNDS = { min: 60, max: 240 } as const;
/** Right now blocks hold at most this many steps. */
export const MAX_RIGHT_NOW_STEPS = 3;
/** Categories of articles about a symptom: each opens with a Right now block. */
export const RIGHT_NOW_CATEGORIES = ['cramps', 'twitches-and-jerks', 'strains', 'related-conditions', 'self-care'];

export const sourceSchema = z.strictObject({
  publisher: plainText(2, 120),
  title: plainText(2, 200),
  url: httpsUrl,
});

/**
 * `list` with each item's `keyOf` once: the reader's lists are keyed by it (a repeat stops the page from
 * showing), and the same source or link twice says nothing more.
 */
function eachOnce<T extends z.ZodType>(list: z.ZodArray<T>, keyOf: (item: z.output<T>) => string) {
  return list.superRefine((items, ctx) => {
    const first = new Map<string, number>();
    items.forEach((item, i) => {
      const key = keyOf(item);
      const earlier = first.get(key);
      if (earlier === undefined) first.set(key, i);
      else ctx.addIssue({ code: 'custom', path: [i], message: `repeats item ${earlier} (${key})` });
    });
  });
}

const sourcesSchema = eachOnce(z.array(sourceSchema).min(1, 'needs at least one source'), (source) => source.url);

export const articleFrontMatterSchema = z.strictObject({
  id: slug,
  title: plainText(3, 80),
  summary: plainText(SUMMARY_BOUNDS.min, SUMMARY_BOUNDS.max),
  aliases: z.array(plainText(2, 80)).max(30).default([]),
  // Questions the article answers, worded as readers ask them: searched, not shown.
  questions: z.array(plainText(10, 160)).max(12).default([]),
  category: z.enum(CATEGORIES),
  related: eachOnce(z.array(slug).max(10), (id) => id).default([]),
  sources: sourcesSchema,
  // YAML reads an unquoted date as a Date; accept both and keep the ISO day.
  reviewed: z
    .union([z.date().transform((d) => d.toISOString().slice(0, 10)), z.string()])
    .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')),
  rightNow: z
    .strictObject({
      steps: z
        .array(plainText(5, 160))
        .min(1, 'needs at least one step')
        .max(MAX_RIGHT_NOW_STEPS, `has at most ${MAX_RIGHT_NOW_STEPS} steps`),
      emergency: slug,
    })
    .optional(),
});
export type ArticleFrontMatter = z.output<typeof articleFrontMatterSchema>;

export const warningSignSchema = z.strictObject({
  id: slug,
  text: plainText(10, 300),
  why: plainText(5, 200)
    .nullish()
    .transform((v) => v ?? null),
  who: plainText(2, 80)
    .nullish()
    .transform((v) => v ?? null),
  contact: plainText(10, 160)
    .nullish()
    .transform((v) => v ?? null),
  urgency: z.enum(URGENCIES),
  group: slug,
  handouts: z.array(z.enum(HANDOUT_TOPICS)).default([]),
  sources: sourcesSchema,
});

export const registrySchema = z.strictObject({
  signs: z.array(warningSignSchema).min(1, 'needs at least one sign'),
});

export const checklistSchema = z.strictObject({
  title: plainText(3, 100),
  intro: plainText(10, 300),
  sections: z
    .array(
      z.strictObject({
        id: slug,
        title: plainText(2, 60),
        topic: z.enum(HANDOUT_TOPICS),
        items: z
          .array(
            z.strictObject({
              id: slug,
              text: plainText(5, 160),
              article: slug,
              figure: slug.nullish().transform((v) => v ?? null),
            }),
          )
          .min(1)
          .max(8),
      }),
    )
    .min(1),
  diary: z.strictObject({
    title: plainText(3, 60),
    intro: plainText(10, 300),
    columns: eachOnce(z.array(plainText(2, 40)).min(3).max(7), (column) => column),
    rows: z.number().int().min(4).max(30),
  }),
});
export type ChecklistSource = z.output<typeof checklistSchema>;
