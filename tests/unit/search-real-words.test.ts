/**
 * Spelling never rewrites a real word. The words of the articles and of the lexicon are real words, though no
 * dictionary has some of them: "rls" had been offered as "als", "ibs" as "ribs", "adhd" as "add", "haemodialysis" as
 * "hemodialysis" and "grandad" as "grandma". So every word of the articles must be in a dictionary or listed in the
 * lexicon: a misspelling typed into an article is found here, with its file and line, and mended there.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDictionary } from '../../src/main/search/dictionary';
import { fieldTexts } from '../../src/main/search/index-config';
import { LEXICON_WORDS } from '../../src/main/search/lexicon';
import { analyze } from '../../src/main/search/text';
import { CONTENT_DIR, libraryDocs, loadedEngine } from '../relevance/library';

const { docs } = libraryDocs();
/** The real library, built once for the searches below. */
const real = loadedEngine(docs);

/**
 * Where a word of an article is written, for the message: the first line of the article's file that holds it (folded,
 * as a whole word), else of the warning-sign registry, whose signs are indexed with each article that carries them.
 */
function placeOf(id: string, word: string): string {
  const pattern = new RegExp(`\\b${word}\\b`, 'i');
  for (const file of [`${id}.md`, 'warning-signs.yaml']) {
    const lines = readFileSync(join(CONTENT_DIR, file), 'utf8').split('\n');
    const line = lines.findIndex((text) => pattern.test(text.normalize('NFD').replace(/[\u0300-\u036f']/g, '')));
    if (line >= 0) return `resources/content/${file}:${line + 1}`;
  }
  return `resources/content/${id}.md (where, not found)`;
}

describe('the words of the articles', () => {
  it('are each in a dictionary or listed in the lexicon (knownWords: abbreviations, names)', () => {
    const dictionary = loadDictionary();
    const listed = new Set(LEXICON_WORDS);
    const unknown = new Set<string>();
    for (const doc of docs)
      for (const text of fieldTexts(doc).flat())
        for (const word of analyze(text).words)
          if (!dictionary.words.has(word) && !listed.has(word) && !/\d/.test(word))
            unknown.add(`${placeOf(doc.id, word)}: "${word}"`);
    expect([...unknown], "a misspelling? Mend it; a real word? List it in the lexicon's knownWords").toEqual([]);
  });
});

describe('words the lexicon lists', () => {
  it('are searched as typed, each on its own, with no "did you mean"', () => {
    const rewritten = LEXICON_WORDS.filter((word) => real.search(word, 1).suggestion !== null);
    expect(rewritten).toEqual([]);
    expect(LEXICON_WORDS).toEqual(
      expect.arrayContaining(['rls', 'mnd', 'haemodialysis', 'grandad', 'ibs', 'adhd', 'hrt']),
    );
  });

  it('are searched as typed within a question, and find their pages', () => {
    const answer = (query: string) => {
      const response = real.search(query, 3);
      return { suggestion: response.suggestion, ids: response.hits.map((hit) => hit.id) };
    };
    const dialysis = answer('haemodialysis cramps');
    expect(dialysis.suggestion).toBeNull();
    expect(dialysis.ids[0]).toBe('cramps-on-dialysis');
    const grandad = answer('grandad cramps in the heatwave');
    expect(grandad.suggestion).toBeNull();
    expect(grandad.ids).toContain('heat-and-dehydration-in-older-adults');
  });

  it('include the names of features, cues and scope words: "handout" is not read as a hand', () => {
    for (const query of ['handout calf cramps', 'leg cramp handout'])
      expect(real.rankedIds(query, 3), query).not.toContain('hand-and-finger-cramps');
    expect(LEXICON_WORDS).toEqual(expect.arrayContaining(['handout', 'leaflet', 'premenstrual', 'heartbeat']));
  });

  it("include the words a feature's name may come with: a patient is not taken for a parent", () => {
    expect(LEXICON_WORDS).toContain('patient');
    expect(real.search('pateint handout', 1).suggestion).toBe('patient handout');
  });

  it('and chat shorthand, a stop word, are never offered as typos: "lol" is not "low", "omg" not "mg"', () => {
    for (const query of ['cramp lol', 'omg calf cramp']) expect(real.search(query, 1).suggestion, query).toBeNull();
  });

  it('still offers the listed word for a misspelling of it', () => {
    expect(real.search('haemodialisis cramps', 1).suggestion).toBe('haemodialysis cramps');
  });
});
