import { describe, expect, it } from 'vitest';
import {
  isLexiconWord,
  isWrittenAs,
  lexiconWordSet,
  tokenizeWords,
  tokenLower,
  tokenText,
  wordId,
  wordSet,
} from './statements-words.js';

const tokens = (text: string) => tokenizeWords(text, 0, text.length);

describe('tokenizeWords', () => {
  it('keeps dotted acronyms with their final dot and splits possessives', () => {
    const text = 'The U.S. side and the EU’s e-evidence, EU-CELAC';
    expect(tokenizeWords(text, 0, text.length).map(tokenText)).toEqual([
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

  it('gives absolute offsets inside a sub-span', () => {
    const text = 'xx It agreed';
    const tokens = tokenizeWords(text, 3, text.length);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['It', 'agreed']);
  });
});

describe('word sets', () => {
  const set = wordSet(['Alpha', 'beta']);

  it('asks a token by its lower-cased word, in any case', () => {
    expect(tokens('ALPHA Beta gamma').map((t) => set.has(t.id))).toEqual([true, true, false]);
    expect(set.hasWord('beta')).toBe(true);
    expect(set.hasWord('gamma')).toBe(false);
  });

  it('holds no missing token and no unknown word', () => {
    expect(set.holds(undefined)).toBe(false);
    expect(set.has(-1)).toBe(false);
    expect(set.holds(tokens('zzqxv')[0])).toBe(false);
  });

  it('gives one id per word whatever the case', () => {
    expect(wordId('Beta')).toBe(wordId('beta'));
    expect(tokens('BETA')[0]?.id).toBe(wordId('beta'));
  });
});

describe('isLexiconWord', () => {
  it('knows words of a lexicon set but not words of a plain set', () => {
    lexiconWordSet(['lexiconwordsample']);
    wordSet(['plainwordsample']);
    const [lexicon, plain, unknown] = tokens('Lexiconwordsample plainwordsample Qwzx');
    expect(isLexiconWord(lexicon!)).toBe(true);
    expect(isLexiconWord(plain!)).toBe(false);
    expect(isLexiconWord(unknown!)).toBe(false);
  });
});

describe('token strings', () => {
  it('are made on demand, as written and lower-cased', () => {
    const text = 'The Ärztekammer spoke';
    expect(tokens(text).map(tokenText)).toEqual(['The', 'Ärztekammer', 'spoke']);
    expect(tokens(text).map(tokenLower)).toEqual(['the', 'ärztekammer', 'spoke']);
  });

  it('compare a token with a word as written, case included', () => {
    const [us, lower] = tokens('US us');
    expect(isWrittenAs(us, 'US')).toBe(true);
    expect(isWrittenAs(lower, 'US')).toBe(false);
    expect(isWrittenAs(us, 'USA')).toBe(false);
    expect(isWrittenAs(undefined, 'US')).toBe(false);
  });
});
