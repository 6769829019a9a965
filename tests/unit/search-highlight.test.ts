/**
 * Highlighting over prepared texts: which words a query's terms mark, and how snippets are cut from them
 * (escaped before marking, whitespace collapsed, no space at either end).
 */
import { describe, expect, it } from 'vitest';
import { findSpans, Marker, markText } from '../../src/main/search/highlight';
import { prepareText } from '../../src/main/search/prepared-text';
import { stemOf } from '../../src/main/search/text';
import { leadOf, matchSection, snippetOf } from '../../src/main/search/snippet';

const marked = (text: string, prefixes: string[], exact: string[] = []) =>
  markText(prepareText(text), Marker.of({ prefixes, exact }));

describe('marking words', () => {
  it('marks whole words that start with a prefix term, in any case', () => {
    expect(marked('Cramping CRAMPS and cramp; scramble', ['cramp'])).toBe(
      '<mark>Cramping</mark> <mark>CRAMPS</mark> and <mark>cramp</mark>; scramble',
    );
  });

  it('marks exact terms only as whole words', () => {
    expect(marked('an ms clinic for MS and msg', [], ['ms'])).toBe(
      'an <mark>ms</mark> clinic for <mark>MS</mark> and msg',
    );
  });

  it('escapes the text before marking, and marks nothing for no terms', () => {
    expect(marked('<b>cramp</b> & "spasm"', ['cramp', 'spasm'])).toBe(
      '&lt;b&gt;<mark>cramp</mark>&lt;/b&gt; &amp; &quot;<mark>spasm</mark>&quot;',
    );
    expect(Marker.of({ prefixes: [''], exact: [] })).toBeNull();
    expect(marked('<b>cramp</b>', [])).toBe('&lt;b&gt;cramp&lt;/b&gt;');
  });

  it('treats letters beyond ASCII as part of words', () => {
    expect(marked('Крампи и судороги, café crampé', ['судорог', 'cramp'])).toBe(
      'Крампи и <mark>судороги</mark>, café <mark>crampé</mark>',
    );
    // A character that grows when lower-cased keeps the offsets of the words after it.
    expect(marked('İstanbul cramp', ['cramp'])).toBe('İstanbul <mark>cramp</mark>');
  });

  it('marks the same words whether or not their first two letters rule others out (one-letter terms too)', () => {
    expect(marked('a I x ab ax b', [], ['a', 'x'])).toBe('<mark>a</mark> I <mark>x</mark> ab ax b');
    expect(marked('a ab ax b ba', ['a'])).toBe('<mark>a</mark> <mark>ab</mark> <mark>ax</mark> b ba');
    expect(marked('é éa éb e', ['éa'], ['é'])).toBe('<mark>é</mark> <mark>éa</mark> éb e');
    // Every word is checked against every term as well: no word is marked or missed by its first two letters alone.
    const words = 'ab ac ba bc abc acb bac cab ca cb a b c'.split(' ');
    for (const prefix of ['ab', 'ba', 'c', 'cab']) {
      const expected = words.map((w) => (w.startsWith(prefix) ? `<mark>${w}</mark>` : w)).join(' ');
      expect(marked(words.join(' '), [prefix])).toBe(expected);
    }
  });

  it('marks a long text (read through its sorted words) exactly as the rule says, in order, each word once', () => {
    const sentence = 'Cramps and CRAMPING calves; a cramp, a crampon, ms and MS, Éclair, stretch stretching';
    for (const repeats of [1, 30, 200]) {
      const text = Array.from({ length: repeats }, (_, i) => `${sentence} word${i % 7}.`).join(' ');
      const terms = {
        prefixes: ['cramp', 'cra', 'cal', 'é'],
        exact: ['ms', 'a'],
        stemmed: [['stretch', 'stretch']] as [string, string][],
      };
      const expected = [...text.matchAll(/[0-9A-Za-z\u00c0-\u024f]+/g)]
        .filter(([word]) => {
          const w = word.toLowerCase();
          return (
            terms.prefixes.some((p) => w.startsWith(p)) ||
            terms.exact.includes(w) ||
            terms.stemmed.some(([p, stem]) => w.startsWith(p) && stemOf(w) === stem)
          );
        })
        .map((m) => ({ start: m.index, end: m.index + m[0].length, stem: stemOf(m[0].toLowerCase()) }));
      const prepared = prepareText(text);
      expect(prepared.starts.length >= 1000).toBe(repeats === 200);
      const marker = Marker.of(terms)!;
      expect(findSpans(prepared, marker, 100_000)).toEqual(expected);
      expect(findSpans(prepared, marker)).toEqual(expected.slice(0, 50));
      // Asked again (the sorted words are made once and kept), the same.
      expect(findSpans(prepared, marker, 100_000)).toEqual(expected);
    }
  });

  it('gives each marked word its stem and stops at the limit', () => {
    const spans = findSpans(prepareText('cramps cramping cramp'), Marker.of({ prefixes: ['cramp'], exact: [] })!, 2);
    expect(spans).toEqual([
      { start: 0, end: 6, stem: 'cramp' },
      { start: 7, end: 15, stem: 'cramp' },
    ]);
  });
});

describe('snippets', () => {
  const marker = Marker.of({ prefixes: ['cramp', 'night'], exact: [] })!;

  it('cut around the densest cluster, whitespace collapsed', () => {
    const filler = 'Some words that say nothing in particular here. '.repeat(6);
    const text = `${filler}Leg cramp\n\n at   night\tis common. ${filler}`;
    const section = { section: { id: null, title: null, text }, text: prepareText(text) };
    const match = matchSection(section, marker)!;
    expect(match.distinct).toBe(2);
    const snippet = snippetOf(match);
    expect(snippet).toMatch(/^… /);
    expect(snippet).toContain('Leg <mark>cramp</mark> at <mark>night</mark> is common.');
    expect(snippet).not.toMatch(/\s{2}|[\t\n]/);
  });

  it('lead with the start of a text, without a space at either end', () => {
    expect(leadOf(prepareText('  \n Cramps at night.\n'), marker)).toBe('<mark>Cramps</mark> at <mark>night</mark>.');
    expect(leadOf(prepareText('No match here & there'), null)).toBe('No match here &amp; there');
  });
});
