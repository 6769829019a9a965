/**
 * The app's disclaimer, in one wording: in About, on the start page, under every article, under the checklist,
 * and in the footer of every printed page (an article or a handout).
 */
export const DISCLAIMER =
  'Spasm Guide gives general information about muscle cramps and spasms. It is not a diagnosis and does not ' +
  'replace advice from a doctor, nurse or pharmacist. If you are worried, or a warning sign applies, get medical help.';
