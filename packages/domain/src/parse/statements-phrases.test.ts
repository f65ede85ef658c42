import { describe, expect, it } from 'vitest';
import { PhraseTrie } from './statements-phrases.js';
import { tokenizeWords } from './statements-words.js';

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
