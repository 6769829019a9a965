/**
 * Lay and medical words for the same thing, in both directions: a query for any phrase of a group also
 * finds articles that use another phrase of the group (at a lower weight than the words typed).
 */
import { indexText } from './text';

const GROUPS: readonly (readonly string[])[] = [
  ['charley horse', 'charlie horse', 'leg cramp', 'calf cramp'],
  ['pulled muscle', 'muscle pull', 'strain', 'strained muscle'],
  ['twitch', 'fasciculation'],
  ['jolt', 'jerk', 'myoclonus', 'myoclonic'],
  ['lower back', 'lumbar', 'lumbago'],
  ['eyelid', 'eye lid'],
  ['hiccup', 'hiccough', 'singultus'],
  ['elderly', 'older adult', 'older people', 'old age', 'senior'],
  ['painkiller', 'pain relief', 'analgesic'],
  ['ibuprofen', 'nsaid', 'anti inflammatory'],
  ['raynaud', 'vasospasm'],
  ['rls', 'restless legs'],
  ['vit', 'vitamin'],
  ['quad', 'quadriceps'],
  ['thigh', 'upper leg'],
  ['als', 'mnd', 'motor neurone disease', 'motor neuron disease'],
  ['water pill', 'diuretic'],
  ['pins and needles', 'tingling'],
  ['sleep start', 'hypnic jerk'],
  ['tonic water', 'quinine'],
  ['blood clot', 'dvt', 'deep vein thrombosis'],
  ['warm up', 'warmup', 'warming up'],
  ['cool down', 'cooldown', 'cooling down'],
  ['over breathing', 'overbreathing', 'hyperventilation', 'breathing fast', 'breathing too fast'],
  ['doctor', 'gp', 'physician'],
  ['medicine', 'medication', 'drug'],
  ['cause', 'trigger', 'reason'],
  ['stiff neck', 'wry neck', 'crick', 'torticollis'],
];

export interface SynonymRule {
  /** The stems that trigger the rule, in order. */
  from: string[];
  /** Other ways of saying it, as stem lists. */
  to: string[][];
}

function stems(phrase: string): string[] {
  return indexText(phrase).split(' ').filter(Boolean);
}

/** Rules keyed by their first stem, longest phrase first. */
const RULES = new Map<string, SynonymRule[]>();
for (const group of GROUPS) {
  const phrases = group.map(stems).filter((p) => p.length > 0);
  for (const from of phrases) {
    const key = from.join(' ');
    const to = phrases.filter((p) => p.join(' ') !== key);
    if (to.length === 0) continue;
    const list = RULES.get(from[0]) ?? [];
    list.push({ from, to });
    list.sort((a, b) => b.from.length - a.from.length);
    RULES.set(from[0], list);
  }
}

/** Synonym rules whose phrase starts at `start` in the query stems. */
export function synonymsAt(queryStems: readonly string[], start: number): SynonymRule[] {
  const rules = RULES.get(queryStems[start]);
  if (!rules) return [];
  return rules.filter((rule) => rule.from.every((stem, i) => queryStems[start + i] === stem));
}
