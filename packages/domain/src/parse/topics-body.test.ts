import { describe, expect, it } from 'vitest';
import {
  countOccurrences,
  hasBorder,
  hashWord,
  isLetterOrDigit,
  rankBodyTopics,
  rootTopicId,
} from './topics-body.js';

describe('rankBodyTopics', () => {
  it('ranks the topic whose key terms the body holds most, with the runner-up score', () => {
    const r = rankBodyTopics(
      'We discussed Ukraine. Russia and Ukraine, and the war of aggression; also drugs.',
      {},
    );
    expect(r.topic.id).toBe('ukraine-war');
    // lead "we discussed ukraine" counts twice: ukraine 2+1, russia 1, war of aggression 1
    expect(r.score).toBe(5);
    expect(r.runnerUp).toBe(1);
  });

  it('counts key terms only as whole words', () => {
    expect(rankBodyTopics('The Ukrainianisation of things.', {}).score).toBe(0);
  });

  it('prefers, on equal scores, the topic the body raises first', () => {
    const r = rankBodyTopics('Cocaine and Kyiv. Then Kyiv and cocaine.', {});
    expect(r).toMatchObject({ score: 3, runnerUp: 3 });
    expect(r.topic.id).toBe('drugs');
    expect(rankBodyTopics('Kyiv and cocaine. Then cocaine and Kyiv.', {}).topic.id).toBe('ukraine-war');
  });

  it('adds a sub-topic score to its root when rolling up, not otherwise', () => {
    const body = 'They spoke about disinformation and disinformation.';
    expect(rankBodyTopics(body, {}).topic.id).toBe('ukraine-security-threats');
    expect(rankBodyTopics(body, { rollUp: true }).topic.id).toBe('ukraine-security-threats');
    expect(rankBodyTopics(body, { rollUp: true }).runnerUp).toBe(rankBodyTopics(body, {}).score);
  });

  it('favours a sub-topic of the given parent by half a hit', () => {
    const body = 'Disinformation and drugs.';
    expect(rankBodyTopics(body, { parentTopicId: 'ukraine-war' }).score).toBe(2.5);
    expect(rankBodyTopics(body, { parentTopicId: 'drugs' }).score).toBe(2);
  });
});

describe('rootTopicId', () => {
  it('walks up to the root topic, and keeps unknown ids', () => {
    expect(rootTopicId('ukraine-security-threats')).toBe('ukraine-war');
    expect(rootTopicId('ukraine-war')).toBe('ukraine-war');
    expect(rootTopicId('x-gardening')).toBe('x-gardening');
  });
});

describe('countOccurrences', () => {
  it('counts whole-word occurrences left to right', () => {
    expect(countOccurrences('war, war-time and war', 'war')).toBe(3);
    expect(countOccurrences('the war of aggression; war of aggression', 'war of aggression')).toBe(2);
  });

  it('does not count a needle inside a word, nor an empty needle', () => {
    expect(countOccurrences('software warfare', 'war')).toBe(0);
    expect(countOccurrences('élan', 'lan')).toBe(0);
    expect(countOccurrences('anything', '')).toBe(0);
  });
});

describe('hashWord', () => {
  it('hashes a slice as the same word alone', () => {
    expect(hashWord('the ukraine war', 4, 11)).toBe(hashWord('ukraine', 0, 7));
    expect(hashWord('ukraine', 0, 7)).not.toBe(hashWord('ukrainf', 0, 7));
  });
});

describe('isLetterOrDigit', () => {
  it('reads letters of any script and ASCII digits, not punctuation or surrogates', () => {
    for (const ch of ['a', 'Z', '7', 'é', 'ß', 'ж']) expect(isLetterOrDigit(ch.charCodeAt(0))).toBe(true);
    for (const ch of ['-', ' ', '’', '٣', '\ud835']) expect(isLetterOrDigit(ch.charCodeAt(0))).toBe(false);
  });
});

describe('hasBorder', () => {
  it('finds a proper prefix that is also a suffix', () => {
    expect(hasBorder('a-b-a')).toBe(true);
    expect(hasBorder('data retention data')).toBe(true);
  });

  it('finds none in most key terms', () => {
    expect(hasBorder('war of aggression')).toBe(false);
    expect(hasBorder('next u.s.')).toBe(false);
    expect(hasBorder('x')).toBe(false);
  });
});

describe('countOccurrences with a term whose occurrences can overlap', () => {
  it('counts it as countOccurrences does, left to right without overlaps', () => {
    expect(countOccurrences('data retention data retention data', 'data retention data')).toBe(1);
  });
});
