/**
 * Idioms in the lexicon: read for what they mean, word for word, never by stems alone; and informal spellings,
 * read as the standard word before spelling could take them for another.
 */
import { describe, expect, it } from 'vitest';
import { readIdioms } from '../../src/main/search/lexicon';
import { stemOf, wordsOf } from '../../src/main/search/text';
import { libraryDocs, loadedEngine } from '../relevance/library';

const read = (query: string) => readIdioms(wordsOf(query));
/** The real library, built once for the searches below. */
const real = loadedEngine(libraryDocs().docs);

describe('reading idioms', () => {
  it('replaces the whole idiom, stop words included, by what it means', () => {
    expect(read('I think my waters have broken')).toEqual({
      read: ['i', 'think', 'my', 'labour', 'in', 'pregnancy'],
      replaced: ['waters', 'have', 'broken'],
    });
    expect(read('MY WATER BROKE last night').read).toEqual(['labour', 'in', 'pregnancy', 'last', 'night']);
  });

  it('leaves the same stems in other words alone', () => {
    for (const query of ['take water breaks at work', 'tonic water broke my cramps', 'some water broke out'])
      expect(read(query), query).toEqual({ read: wordsOf(query), replaced: [] });
  });

  it('reads each idiom where it stands, however often', () => {
    expect(read('waters broke waters broke').read).toEqual(['labour', 'in', 'pregnancy', 'labour', 'in', 'pregnancy']);
    expect(read('').read).toEqual([]);
  });
});

describe('a back that is no back', () => {
  it('read "coming back" as coming again, not as a back', () => {
    expect(read('my cramps keep coming back').read).toEqual(['my', 'cramps', 'keep', 'again']);
    expect(real.rankedIds('cramps keep coming back', 1)).toEqual(['preventing-cramps']);
    // Asking why wants the causes as much as the prevention; either way, no page about backs.
    const why = real.rankedIds('why do my cramps keep coming back', 3);
    expect(['preventing-cramps', 'what-causes-muscle-cramps']).toContain(why[0]);
    expect(why).not.toContain('lower-back-spasms');
  });

  it('read "back to normal" as healing time, not as a back', () => {
    expect(read('when will my legs get back to normal').read.slice(-2)).toEqual(['healing', 'time']);
    // The pages that say how long healing takes: the strains.
    expect(real.rankedIds('when will my legs get back to normal', 1)).toEqual(['pulled-muscles']);
  });

  it('still read a back that is named', () => {
    expect(real.rankedIds('back spasm came back', 1)).toEqual(['lower-back-spasms']);
  });
});

describe('reading informal spellings', () => {
  it('reads each as the standard word and keeps what was typed for marking', () => {
    expect(read('leg cramps at nite')).toEqual({ read: ['leg', 'cramps', 'at', 'night'], replaced: ['nite'] });
    expect(read('cramps tonite').read).toEqual(['cramps', 'tonight']);
  });

  it('leaves words that only contain one alone', () => {
    expect(read('night nitelight ignite').read).toEqual(['night', 'nitelight', 'ignite']);
  });
});

describe('idioms that are not what their words say', () => {
  it('read lightning crotch as a pain of pregnancy, and manual labour as work, not childbirth', () => {
    expect(real.rankedIds('what is lightning crotch', 1)).toEqual(['belly-cramps-in-pregnancy']);
    expect(real.rankedIds('leg cramps after a day of manual labor', 1)).toEqual(['cramps-at-work']);
    // A crotch alone is the groin.
    expect(real.rankedIds('pulled muscle in crotch', 1)).toEqual(['pulled-muscles']);
  });

  it('read putting your back out as a back injury, not as putting heat or ice on it', () => {
    expect(real.rankedIds('put my back out', 1)).toEqual(['lower-back-spasms']);
    expect(read('i put my back out').read).toEqual(['i', 'back', 'spasm']);
    // The American words for it: throwing out your back, not a throw.
    expect(read('i threw my back out').read).toEqual(['i', 'back', 'spasm']);
    expect(real.rankedIds('threw out his back playing golf', 1)).toEqual(['lower-back-spasms']);
  });

  it("read an age in weeks or months as a baby's", () => {
    expect(real.rankedIds('my 3 week old keeps jerking in her sleep', 1)).toEqual(['baby-jerks-and-infantile-spasms']);
    expect(read('she is two months old').read).toContain('baby');
  });

  it('read the everyday names for a period as a period, and a cycle ride as a bike ride', () => {
    // Each had opened a muscle page ('during my cycle': exercise cramps, from cycling).
    for (const query of [
      'cramps at that time of the month',
      'aunt flo cramps',
      'shark week cramps so bad',
      'monthly cramps',
      'bad cramps during my cycle',
    ])
      expect(real.rankedIds(query, 1), query).toEqual(['stomach-and-period-cramps']);
    expect(read('cramps before my cycle').read).toEqual(['cramps', 'period']);
    expect(real.rankedIds('leg cramps on my cycle ride', 1)).toEqual(['exercise-associated-cramps']);
  });

  it('read a dead leg as the bruise of a knock to the thigh, which the charley horse page covers', () => {
    expect(real.rankedIds('dead leg', 3)).toContain('charley-horse');
    // Runners' dead legs are tired legs, not a knock: the plural is left to its words.
    expect(read('dead legs after a marathon').read).toEqual(['dead', 'legs', 'after', 'a', 'marathon']);
  });
});

describe('the emergency department by its everyday names', () => {
  it('reads A&E and the ER as emergency care, asking for the warning signs, not as the vitamin E', () => {
    expect(read('should i go to a&e').read).toEqual(['should', 'i', 'go', 'to', 'emergency']);
    for (const query of [
      'should i go to a&e',
      'go to a and e',
      'should i go to the er',
      'should i go to er',
      'call ambulance',
    ])
      expect(real.rankedIds(query, 1), query).toEqual(['red-flags']);
    // Vitamins A and E are vitamins.
    expect(read('vitamins a and e').read).toEqual(['vitamins', 'a', 'and', 'e']);
    expect(real.rankedIds('vitamin e for cramps', 1)).toEqual(['vitamins-for-leg-cramps']);
    expect(real.rankedIds('vitamins a and e for cramps', 2)).not.toContain('red-flags');
  });
});

describe('everyday and community names', () => {
  it('find the page they name', () => {
    expect(real.rankedIds('BFS', 1)).toEqual(['when-twitching-is-worrying']);
    // Its short form is not a boyfriend's.
    expect(stemOf('bfs')).not.toBe(stemOf('bf'));
    expect(real.rankedIds('bf')).toEqual([]);
    expect(real.rankedIds('pulled a hammy', 1)).toEqual(['hamstring-strain']);
    // The gym's traps are the trapezius, not trapped wind, which stays the scope page's.
    expect(real.rankedIds('traps spasm', 1)).toEqual(['neck-spasms']);
    expect(stemOf('traps')).not.toBe(stemOf('trapped'));
    expect(real.rankedIds('trapped wind cramps', 1)).toEqual(['stomach-and-period-cramps']);
    expect(real.rankedIds('tiger balm for cramps', 3)).toContain('pain-relief-and-creams');
  });

  it('read a rub whose brand name says heat or hot as the rub, not as hot weather', () => {
    // 'does deep heat help cramps' had answered with the page on heat cramps.
    for (const query of ['does deep heat help cramps', 'icy hot for leg cramps', 'deep heat'])
      expect(real.rankedIds(query, 1), query).toEqual(['pain-relief-and-creams']);
    expect(real.rankedIds('heat cramps', 1)).toEqual(['heat-cramps']);
  });

  it('read being fit as exercise, and a boot that is fitting as no seizure', () => {
    // Both had opened the page on babies' spasms at its seizure sign.
    expect(real.rankedIds('fit and healthy but still get cramps', 1)).not.toEqual(['baby-jerks-and-infantile-spasms']);
    // The foot page is in the first two: how to stop a cramp, which lists the back's signs too, edges it for first.
    const boot = real.rankedIds('my new boot is fitting badly and my foot cramps', 2);
    expect(boot).toContain('toe-and-foot-cramps');
    expect(boot).not.toContain('baby-jerks-and-infantile-spasms');
    expect(real.rankedIds('my son is having a fit', 1)).toEqual(['red-flags']);
  });
});
