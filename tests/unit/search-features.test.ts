/** App features asked for by name: offered only when the query names features and nothing else. */
import { describe, expect, it } from 'vitest';
import { featureOf } from '../../src/main/search/lexicon';
import { stemOf } from '../../src/main/search/text';

const feature = (query: string) => featureOf(query.split(' ').map(stemOf));

describe('features by name', () => {
  it('offers the feature a query names, with filler words around it', () => {
    expect(feature('checklist')).toBe('checklist');
    expect(feature('how do i print')).toBe('handout');
    expect(feature('about this app')).toBe('about');
  });

  it('reads two names of features together, offering the first named feature in the fixed order', () => {
    expect(feature('print handout')).toBe('handout');
    expect(feature('print the checklist')).toBe('checklist');
    expect(feature('save as pdf leaflet')).toBe('handout');
    // A clinician's words for whom it is for.
    expect(feature('patient handout')).toBe('handout');
  });

  it('offers nothing when another word asks about something else', () => {
    expect(feature('about cramps')).toBeNull();
    expect(feature('print cramp')).toBeNull();
    expect(feature('checklist for night cramps')).toBeNull();
    // A word that is only part of a two-word name is not the name.
    expect(feature('hand')).toBeNull();
    expect(feature('cramp')).toBeNull();
  });
});
