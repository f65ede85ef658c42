import { describe, expect, it } from 'vitest';
import { collectEntityMentions, diffEntities } from './entities-diff.js';
import { buildDocument, type StatementSpec } from './test-support/build-document.js';

const make = (id: string, list: StatementSpec[]) =>
  buildDocument({ id, startDate: null, sections: [{ title: 'T', topic: 'ukraine-war', statements: list }] });

const base = make('b', [
  {
    actor: 'eu',
    stance: 'support',
    text: 'The EU praised Eurojust and the JIT.',
    entities: [{ name: 'Eurojust', kind: 'agency' }, { name: 'JIT' }],
  },
]);
const target = make('t', [
  {
    actor: 'eu',
    stance: 'support',
    text: 'The EU praised Eurojust and the ICPA.',
    entities: [{ name: 'Eurojust', kind: 'agency' }, { name: 'ICPA' }],
  },
]);
const spanOf = (side: 'base' | 'target', span: { start: number; end: number }) => ({
  ...span,
  text: (side === 'base' ? base : target).source.text.slice(span.start, span.end),
});

describe('collectEntityMentions', () => {
  it('collects the entities named in the statements with their spans', () => {
    const m = collectEntityMentions(base, base.statements);
    expect([...m.keys()]).toEqual(['eurojust', 'jit']);
    const sp = m.get('jit')!.spans[0]!;
    expect(base.source.text.slice(sp.start, sp.end)).toBe('JIT');
  });
  it('finds nothing when no statement is given', () => {
    expect(collectEntityMentions(base, []).size).toBe(0);
  });
});

describe('diffEntities', () => {
  it('lists entities that appeared and disappeared, with spans on their side', () => {
    const d = diffEntities(
      collectEntityMentions(base, base.statements),
      collectEntityMentions(target, target.statements),
      spanOf,
    );
    expect(d.added.map((e) => e.name)).toEqual(['ICPA']);
    expect(d.removed.map((e) => e.name)).toEqual(['JIT']);
    expect(d.added[0]!.spans[0]!.text).toBe('ICPA');
  });
  it('reports nothing between a topic and itself', () => {
    const m = collectEntityMentions(base, base.statements);
    expect(diffEntities(m, m, spanOf)).toEqual({ added: [], removed: [] });
  });
});
