/** Small display helpers. */
import type { Category } from '../../../shared/types';

const CATEGORY_LABEL: Record<Category, string> = {
  cramps: 'Cramps',
  'twitches-and-jerks': 'Twitches and jerks',
  strains: 'Strains',
  'self-care': 'Self-care',
  treatments: 'Treatments',
  'related-conditions': 'Related conditions',
  reference: 'Reference',
};

export function categoryLabel(category: Category): string {
  return CATEGORY_LABEL[category] ?? category;
}

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2026-11-25" -> "25 November 2026" (the date is a calendar day, so it is read as UTC). */
export function formatDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : longDate.format(date);
}

/** A line split after its colons and commas ("Call: 999 in the UK, 112 in Europe."), to keep each part whole. */
export function phrases(line: string): string[] {
  return line.split(/(?<=[:,]) +/);
}

/** Host of a source URL, shown beside its title so people see where a link goes. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

export const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);
export const MOD_KEY = isMac ? '⌘' : 'Ctrl';
