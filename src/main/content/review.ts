/** Freshness: every article is due for review a fixed interval after it was last reviewed. */

/** One interval for the whole library (stated in the README). */
export const REVIEW_INTERVAL_MONTHS = 12;

/** The ISO day the next review is due: `reviewed` plus the interval (29 February falls back to the 28th). */
export function nextReviewOf(reviewed: string): string {
  const [year, month, day] = reviewed.split('-').map(Number);
  const total = month - 1 + REVIEW_INTERVAL_MONTHS;
  const dueYear = year + Math.floor(total / 12);
  const dueMonth = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(dueYear, dueMonth, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${dueYear}-${pad(dueMonth)}-${pad(Math.min(day, lastDay))}`;
}

/** True when the review date has passed (ISO days compare as strings). */
export function isOverdue(nextReview: string, today: string): boolean {
  return today > nextReview;
}
