import { describe, expect, it } from 'vitest';
import { copySpan } from './spans.js';

describe('copySpan', () => {
  it('returns an equal span that is a new object', () => {
    const span = { start: 3, end: 9 };
    const copy = copySpan(span);
    expect(copy).toEqual(span);
    expect(copy).not.toBe(span);
  });
});
