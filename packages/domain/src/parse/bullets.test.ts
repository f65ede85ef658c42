import { describe, expect, it } from 'vitest';
import { BULLET_PREFIX_RE, startsWithBullet } from './bullets.js';

describe('bullets', () => {
  it('reads dashes, dots, squares, arrows and a lone "o" as list marks', () => {
    for (const line of [
      '- the fight',
      '– the fight',
      '• Both sides',
      '▪ cooperation',
      '■ EC3',
      '➢ next',
      'o the new EU Drugs Strategy',
      '* item',
    ])
      expect(startsWithBullet(line)).toBe(true);
  });

  it('reads no mark in words, numbers or a mark with nothing after it', () => {
    for (const line of ['on 21 June', 'of the', 'o', '-', '*emphasis*', '2. Drugs', 'Ordinary text', '-5 %'])
      expect(startsWithBullet(line)).toBe(false);
  });

  it('gives the mark and its white space to strip', () => {
    expect(BULLET_PREFIX_RE.exec('o  the new strategy')?.[0]).toBe('o  ');
    expect(BULLET_PREFIX_RE.exec('other words')).toBeNull();
  });
});
