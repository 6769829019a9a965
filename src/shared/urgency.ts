/** Reader words for warning signs: each urgency level's box heading and action, and each handout topic. */
import type { HandoutTopic, Urgency } from './types';

/** Each handout topic's name, the same on screen (the checklist panel) and on paper (the handout). */
export const HANDOUT_TITLES: Record<HandoutTopic, string> = {
  cramps: 'Muscle cramps',
  twitches: 'Muscle twitching',
  strains: 'Strains and pulled muscles',
};

/**
 * Said above two or more boxes: one reader can match signs in two (weakness over weeks is "soon", over days
 * "today"), and a worried reader must not have to judge which wins. It names the signs matched, not the first
 * box on the page: "follow the first" read as "call an ambulance" to a reader who matched none of its signs.
 */
export const MORE_THAN_ONE_BOX =
  'If you match signs in more than one box, do what the most serious of those boxes says.';

/** Whether signs fill two or more boxes, so MORE_THAN_ONE_BOX is said above them. */
export function fillsMoreThanOneBox(signs: readonly { urgency: Urgency }[]): boolean {
  return new Set(signs.map((s) => s.urgency)).size > 1;
}

export const URGENCY_TEXT: Record<Urgency, { heading: string; action: string }> = {
  emergency: {
    heading: 'Call an ambulance now',
    action: 'Call your local emergency number: 999 in the UK, 911 in the US and Canada, 112 in Europe.',
  },
  today: {
    heading: 'Get help today',
    // A sign's own contact (for example a maternity unit) comes first: it is the right team, and often faster.
    action:
      'Get an urgent same-day appointment with a GP or an out-of-hours service, or call 111 in England, Scotland or Wales (in Northern Ireland, your GP or GP out-of-hours service). ' +
      'If a sign names a team to call, call that team first, as fast as the sign says.',
  },
  soon: {
    heading: 'See a doctor soon',
    // As for today: a team named with a sign (for example a dialysis team) is the one to tell.
    action: 'Book an appointment with your doctor. If a sign names a team, tell that team as the sign says.',
  },
};
