import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, resolveCompareOptions } from './options.js';
import { ResolvedCompareOptionsSchema } from './schema/options.js';

describe('resolveCompareOptions', () => {
  it('fills in every default', () => {
    expect(resolveCompareOptions()).toEqual({ topics: null, actor: null, thresholds: DEFAULT_THRESHOLDS });
  });
  it('accepts one topic or several, sorted and deduplicated', () => {
    expect(resolveCompareOptions({ topic: 'drugs' }).topics).toEqual(['drugs']);
    expect(resolveCompareOptions({ topic: ['pnr', 'drugs', 'pnr'] }).topics).toEqual(['drugs', 'pnr']);
  });
  it('overrides only the thresholds given', () => {
    const r = resolveCompareOptions({ thresholds: { moved: 0.9 } });
    expect(r.thresholds).toEqual({ ...DEFAULT_THRESHOLDS, moved: 0.9 });
    expect(() => ResolvedCompareOptionsSchema.parse(r)).not.toThrow();
  });
});
