import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanFixtureText } from './clean-fixture-text.js';
import { type GoldDocument, GoldDocumentSchema } from './gold-schema.js';
import { normaliseQuote } from './normalise-quote.js';

const fixtures = resolve(import.meta.dirname, '../../fixtures');
const goldNames = readdirSync(join(fixtures, 'gold')).filter((f) => f.endsWith('.gold.json'));
const golds = new Map<string, GoldDocument>(
  goldNames.map((f) => {
    const gold = GoldDocumentSchema.parse(JSON.parse(readFileSync(join(fixtures, 'gold', f), 'utf8')));
    return [gold.file, gold];
  }),
);

function occurrences(haystack: string, needle: string): number {
  let n = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) n++;
  return n;
}

describe('gold annotations', () => {
  it('cover every fixture text, and every sample is labelled as illustrative', () => {
    const texts = readdirSync(fixtures).filter((f) => f.endsWith('.txt'));
    expect([...golds.keys()].sort()).toEqual(texts.sort());
    for (const name of texts.filter((f) => f.startsWith('sample-'))) {
      expect(readFileSync(join(fixtures, name), 'utf8').split('\n')[0]).toBe(
        'ILLUSTRATIVE SAMPLE - not an official Council document',
      );
    }
  });

  for (const [file, gold] of golds) {
    it(`${file}: every quote is in the text, and statement quotes are unique`, () => {
      const { joined, hyphenKept } = cleanFixtureText(readFileSync(join(fixtures, file), 'utf8'));
      const a = normaliseQuote(joined);
      const b = normaliseQuote(hyphenKept);
      const found = (q: string) => a.includes(q) || b.includes(q);
      const quotes = [...gold.statements, ...gold.commitments, ...gold.figures].map((x) =>
        normaliseQuote(x.quote),
      );
      expect(quotes.filter((q) => !found(q))).toEqual([]);
      for (const s of gold.statements) {
        const q = normaliseQuote(s.quote);
        expect(Math.max(occurrences(a, q), occurrences(b, q)), s.quote).toBe(1);
      }
    });
  }
});

describe('series expectations', () => {
  const series = JSON.parse(readFileSync(join(fixtures, 'series-expectations.json'), 'utf8')) as {
    series: string[];
    pairs: {
      base: string;
      target: string;
      topics: { continued: { topic: string }[]; added: { topic: string }[]; removed: { topic: string }[] };
      actors: { before: string[]; after: string[]; change: string }[];
      commitmentsDue: { quote: string; date: string }[];
    }[];
  };

  it('name fixtures that exist, in date order, pair by pair', () => {
    for (const f of series.series) expect(existsSync(join(fixtures, f)), f).toBe(true);
    const starts = series.series.map((f) => golds.get(f)?.meeting.startDate ?? '');
    expect([...starts].sort()).toEqual(starts);
    expect(series.pairs.map((p) => [p.base, p.target])).toEqual(
      series.series.slice(1).map((t, i) => [series.series[i], t]),
    );
  });

  it('agree with the gold sections on which topics continue, appear and go', () => {
    for (const pair of series.pairs) {
      const topicsOf = (f: string) =>
        new Set(golds.get(f)?.sections.flatMap((s) => (s.topic ? [s.topic] : [])));
      const base = topicsOf(pair.base);
      const target = topicsOf(pair.target);
      for (const t of pair.topics.continued) expect(base.has(t.topic) && target.has(t.topic)).toBe(true);
      for (const t of pair.topics.added) expect(!base.has(t.topic) && target.has(t.topic)).toBe(true);
      for (const t of pair.topics.removed) expect(base.has(t.topic) && !target.has(t.topic)).toBe(true);
    }
  });

  it('classify each actor change from its stance sets', () => {
    for (const a of series.pairs.flatMap((p) => p.actors)) {
      const expected =
        a.before.length === 0
          ? 'new'
          : a.after.length === 0
            ? 'dropped'
            : a.before.join() === a.after.join()
              ? 'same'
              : 'shifted';
      expect(a.change).toBe(expected);
    }
  });

  it('list as due only dated commitments of the base, on or before the target meeting', () => {
    for (const pair of series.pairs) {
      const base = golds.get(pair.base)!;
      const start = golds.get(pair.target)!.meeting.startDate!;
      for (const c of pair.commitmentsDue) {
        expect(base.commitments.some((g) => g.quote === c.quote && g.date === c.date)).toBe(true);
        expect(c.date.padEnd(10, '-01').slice(0, 10) <= start).toBe(true);
      }
    }
  });
});
