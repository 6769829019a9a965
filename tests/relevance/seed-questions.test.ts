/**
 * The seed page's questions (the "people also ask" page Spasm Guide grew out of), as written there: each
 * must bring its article first (or the accepted alternative).
 */
import { describe, expect, it } from 'vitest';
import { libraryDocs, loadedEngine } from './library';

const SEED_QUESTIONS: [question: string, first: string[]][] = [
  ['What causes muscle spasm?', ['what-causes-muscle-cramps', 'common-causes-of-cramps']],
  ['What are 5 common causes of muscle cramps?', ['common-causes-of-cramps', 'what-causes-muscle-cramps']],
  ['What is the most common cause of muscle twitching?', ['muscle-twitching', 'twitching-stress-and-anxiety']],
  ['What are the causes of muscle pool?', ['pulled-muscles']],
  ['How do you stop a muscle spasm?', ['stopping-a-cramp']],
  ['What causes sudden body jolts?', ['myoclonus', 'hypnic-jerks']],
  ['What is the best vitamin for leg cramps?', ['vitamins-for-leg-cramps', 'magnesium-and-supplements']],
  ['Does vitamin D cause leg cramps?', ['vitamin-d-and-cramps']],
  ['What causes Charlie horses in your toes?', ['toe-and-foot-cramps', 'charley-horse']],
  ['Why do I have spasms in my lumbar muscle?', ['lower-back-spasms']],
  [
    'What causes muscle spasms (muscle cramps), what are the causes?',
    ['what-causes-muscle-cramps', 'common-causes-of-cramps'],
  ],
  ['What causes a muscle spasm in the face?', ['hemifacial-spasm', 'eyelid-twitching']],
  ['Can a vasospasm be a sign of epilepsy?', ['vasospasm']],
];

const engine = loadedEngine(libraryDocs().docs);

describe("the seed page's questions", () => {
  it.each(SEED_QUESTIONS)('"%s" brings its article first', (question, first) => {
    const top = engine.search(question, 10).hits[0]?.id;
    expect(first).toContain(top);
  });
});
