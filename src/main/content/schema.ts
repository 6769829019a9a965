/** Schemas for the content source files: article front matter and the self-care checklist. */
import { z } from 'zod';
import { CATEGORIES } from '../../shared/types';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug (a-z, 0-9, hyphens)');
const plainText = (min: number, max: number) =>
  z.string().trim().min(min, `must be at least ${min} characters`).max(max, `must be at most ${max} characters`);
const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an https URL' });

export const SUMMARY_BOUNDS = { min: 60, max: 240 } as const;

export const sourceSchema = z.strictObject({
  publisher: plainText(2, 120),
  title: plainText(2, 200),
  url: httpsUrl,
});

export const articleFrontMatterSchema = z.strictObject({
  id: slug,
  title: plainText(3, 80),
  summary: plainText(SUMMARY_BOUNDS.min, SUMMARY_BOUNDS.max),
  aliases: z.array(plainText(2, 80)).max(30).default([]),
  category: z.enum(CATEGORIES),
  related: z.array(slug).max(10).default([]),
  sources: z.array(sourceSchema).min(1, 'needs at least one source'),
  // YAML reads an unquoted date as a Date; accept both and keep the ISO day.
  reviewed: z
    .union([z.date().transform((d) => d.toISOString().slice(0, 10)), z.string()])
    .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')),
});
export type ArticleFrontMatter = z.output<typeof articleFrontMatterSchema>;

export const CHECKLIST_SECTION_IDS = [
  'stretching',
  'heat-and-ice',
  'hydration',
  'movement-and-massage',
  'prevention',
  'get-help',
] as const;

export const checklistSchema = z.strictObject({
  title: plainText(3, 100),
  intro: plainText(10, 300),
  sections: z
    .array(
      z.strictObject({
        id: z.enum(CHECKLIST_SECTION_IDS),
        title: plainText(2, 60),
        items: z
          .array(z.strictObject({ id: slug, text: plainText(5, 160), article: slug }))
          .min(1)
          .max(8),
      }),
    )
    .min(1),
  diary: z.strictObject({
    title: plainText(3, 60),
    intro: plainText(10, 300),
    columns: z.array(plainText(2, 40)).min(3).max(7),
    rows: z.number().int().min(4).max(30),
  }),
  disclaimer: plainText(20, 500),
});
export type ChecklistSource = z.output<typeof checklistSchema>;
