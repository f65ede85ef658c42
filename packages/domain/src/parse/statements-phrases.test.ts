import { describe, expect, it } from 'vitest';
import { PhraseTrie, tokenizeWords } from './statements-phrases.js';

describe('tokenizeWords', () => {
  it('keeps dotted acronyms with their final dot and splits possessives', () => {
    const text = 'The U.S. side and the EU’s e-evidence, EU-CELAC';
    expect(tokenizeWords(text, 0, text.length).map((t) => t.text)).toEqual([
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

describe('PhraseTrie', () => {
  const trie = new PhraseTrie<string>();
  trie.add('the US', 'us');
  trie.add('the US delegation', 'us-delegation');
  trie.add('express ? concern', 'concern');
  trie.add('agree to *', 'commit');
  const match = (text: string) =>
    trie.findAll(tokenizeWords(text, 0, text.length)).map((m) => [m.value, text.slice(m.start, m.end)]);

  it('prefers the longest phrase', () => {
    expect(match('The US delegation and the US')).toEqual([
      ['us-delegation', 'The US delegation'],
      ['us', 'the US'],
    ]);
  });

  it('matches acronyms only as written', () => {
    expect(match('let the us go')).toEqual([]);
  });

  it('lets ? match one word or none, and * any word but a determiner', () => {
    expect(match('express concern; express deep concern')).toEqual([
      ['concern', 'express concern'],
      ['concern', 'express deep concern'],
    ]);
    expect(match('agree to hold')).toEqual([['commit', 'agree to hold']]);
    expect(match('agree to the plan')).toEqual([]);
  });
});
