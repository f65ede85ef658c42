import { describe, expect, it } from 'vitest';
import { lexiconWordSet, tokenizeWords, type Words, WordTags, wordId, wordSet } from './statements-words.js';

const words = (text: string) => tokenizeWords(text, 0, text.length);
/** Every word of `w` read with `read`. */
const each = <T>(w: Words, read: (k: number) => T): T[] =>
  Array.from({ length: w.length }, (_, k) => read(k));

describe('tokenizeWords', () => {
  it('keeps dotted acronyms with their final dot and splits possessives', () => {
    const w = words('The U.S. side and the EU’s e-evidence, EU-CELAC');
    expect(each(w, (k) => w.text(k))).toEqual([
      'The',
      'U.S.',
      'side',
      'and',
      'the',
      'EU',
      's',
      'e-evidence',
      'EU-CELAC',
    ]);
  });

  it('splits names joined by a slash, but not "and/or", numbers or drafter initials', () => {
    const text = 'DHS/ICE and Europol/Eurojust, COM/DG HOME, and/or 7725/23 RS/mr';
    const words = tokenizeWords(text, 0, text.length);
    expect(Array.from({ length: words.length }, (_, k) => words.text(k))).toEqual([
      'DHS',
      'ICE',
      'and',
      'Europol',
      'Eurojust',
      'COM',
      'DG',
      'HOME',
      'and/or',
      '7725/23',
      'RS/mr',
    ]);
  });

  it('leaves out a footnote call glued to a word, but not the digits of a name or a joined number', () => {
    const commission = wordId('commission');
    const w = words('The Commission2 and Europol12, the Convention3. EC3, G7, Covid-19, mid-2023, e2e, ab1');
    expect(each(w, (k) => w.text(k))).toEqual([
      'The',
      'Commission',
      'and',
      'Europol',
      'the',
      'Convention',
      'EC3',
      'G7',
      'Covid-19',
      'mid-2023',
      'e2e',
      'ab1',
    ]);
    expect(w.lower(1)).toBe('commission');
    expect(w.id(1)).toBe(commission);
    // a word beyond Latin-1 is looked up lower-cased as well
    const gdansk = wordId('gdańsk');
    expect(words('Gdańsk2 x').id(0)).toBe(gdansk);
    // a call of three digits is a number, not a call
    const long = words('scheme123 x');
    expect(long.text(0)).toBe('scheme123');
  });

  it('gives absolute offsets inside a sub-span', () => {
    const text = 'xx It agreed';
    const w = tokenizeWords(text, 3, text.length);
    expect(each(w, (k) => text.slice(w.start(k), w.end(k)))).toEqual(['It', 'agreed']);
  });

  it('reads a run of thousands of words, then a short sentence, each on its own', () => {
    const long = 'word '.repeat(5000);
    expect(words(long).length).toBe(5000);
    const w = words('It agreed');
    expect(w.length).toBe(2);
    expect(w.text(1)).toBe('agreed');
  });

  it('ends a word before a joiner that no word character follows', () => {
    const w = words('EU- and U.S');
    expect(each(w, (k) => w.text(k))).toEqual(['EU', 'and', 'U.S']);
  });
});

describe('Words', () => {
  it('has id -1 outside its words, and no such word written in any way', () => {
    const w = words('the US');
    expect(w.id(-1)).toBe(-1);
    expect(w.id(2)).toBe(-1);
    expect(w.isWrittenAs(2, 'US')).toBe(false);
    expect(w.isWrittenAs(-1, 'the')).toBe(false);
  });

  it('makes strings on demand, as written and lower-cased', () => {
    const w = words('The Ärztekammer spoke');
    expect(each(w, (k) => w.text(k))).toEqual(['The', 'Ärztekammer', 'spoke']);
    expect(each(w, (k) => w.lower(k))).toEqual(['the', 'ärztekammer', 'spoke']);
  });

  it('compares a word with a string as written, case included', () => {
    const w = words('US us');
    expect(w.isWrittenAs(0, 'US')).toBe(true);
    expect(w.isWrittenAs(1, 'US')).toBe(false);
    expect(w.isWrittenAs(0, 'USA')).toBe(false);
  });

  it('tells capitalised words', () => {
    const w = words('Évian evian');
    expect(w.isCapitalised(0)).toBe(true);
    expect(w.isCapitalised(1)).toBe(false);
  });

  it('knows words of a lexicon set but not words of a plain set', () => {
    lexiconWordSet(['lexiconwordsample']);
    wordSet(['plainwordsample']);
    const w = words('Lexiconwordsample plainwordsample Qwzx');
    expect(each(w, (k) => w.isLexiconWord(k))).toEqual([true, false, false]);
  });
});

describe('word sets', () => {
  const set = wordSet(['Alpha', 'beta']);

  it('asks a word by its id, in any case', () => {
    const w = words('ALPHA Beta gamma');
    expect(each(w, (k) => set.has(w.id(k)))).toEqual([true, true, false]);
    expect(set.hasWord('beta')).toBe(true);
    expect(set.hasWord('gamma')).toBe(false);
  });

  it('holds no missing word and no unknown word', () => {
    expect(set.has(-1)).toBe(false);
    expect(set.has(words('zzqxv').id(0))).toBe(false);
  });

  it('gives one id per word whatever the case', () => {
    expect(wordId('Beta')).toBe(wordId('beta'));
    expect(words('BETA').id(0)).toBe(wordId('beta'));
  });
});

describe('WordTags', () => {
  const north = wordSet(['north', 'pole']);
  const south = wordSet(['south', 'pole']);
  const tags = new WordTags([north, south]);

  it('tags a word with the bit of every set holding it', () => {
    expect(tags.tags(wordId('north'))).toBe(1);
    expect(tags.tags(wordId('south'))).toBe(2);
    expect(tags.tags(wordId('pole'))).toBe(3);
  });

  it('tags no unknown word and no word of no set', () => {
    expect(tags.tags(-1)).toBe(0);
    expect(tags.tags(wordId('equator'))).toBe(0);
  });

  it('lists a set by id', () => {
    expect(north.ids()).toEqual([wordId('north'), wordId('pole')].sort((a, b) => a - b));
  });

  it('refuses more sets than it has bits', () => {
    expect(() => new WordTags(Array.from({ length: 9 }, () => north))).toThrow();
  });
});
