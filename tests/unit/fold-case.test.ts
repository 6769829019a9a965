import { describe, expect, it } from 'vitest';
import { foldCase } from '../../src/shared/fold-case';

describe('foldCase', () => {
  it.each(['İstanbul', 'KRAMPF İİİ', 'ǅ ß ẞ Σ', 'ÅNGSTRÖM', '𐐀𐐁 Deseret', 'plain ascii', ''])(
    'keeps the length of %j',
    (text) => {
      expect(foldCase(text)).toHaveLength(text.length);
    },
  );

  it('lower-cases like toLowerCase where that keeps the length', () => {
    expect(foldCase('Night CRAMPS, Ünïcödé')).toBe('night cramps, ünïcödé');
    expect(foldCase('𐐀')).toBe('𐐨');
  });

  it('folds "İ" to "i", so offsets after it still line up', () => {
    const text = 'İİ calf cramp';
    expect('İİ calf cramp'.toLowerCase().indexOf('cramp')).not.toBe(text.indexOf('cramp'));
    expect(foldCase(text)).toBe('ii calf cramp');
    expect(foldCase(text).indexOf('cramp')).toBe(text.indexOf('cramp'));
    expect(foldCase('İstanbul').indexOf(foldCase('istanbul'))).toBe(0);
  });
});
