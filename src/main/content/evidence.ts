/** Evidence labels: how authors write them in Markdown and what readers see. */
import { EVIDENCE_LEVELS, type EvidenceLevel } from '../../shared/types';

export const EVIDENCE_TEXT: Record<EvidenceLevel, string> = {
  good: 'Helps: good evidence',
  mixed: 'May help: mixed evidence',
  untested: 'Low risk: not tested in trials',
  'no-benefit': 'Tested: no benefit shown',
  'not-recommended': 'Not recommended: risks outweigh benefits',
};

/** Labels that say "don't": they may only label an item under ### Avoid. */
export const AVOID_LEVELS: readonly EvidenceLevel[] = ['no-benefit', 'not-recommended'];

/** Matches `[evidence: good]` and friends, written at the end of a recommendation. */
export const EVIDENCE_MARKER = /\[evidence:\s*([a-z-]+)\s*\]/g;

export function isEvidenceLevel(value: string): value is EvidenceLevel {
  return (EVIDENCE_LEVELS as readonly string[]).includes(value);
}
