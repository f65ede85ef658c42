import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseOutcome } from './parse/parse-outcome.js';
import { OutcomeDocumentSchema } from './schema/outcome-document.js';
import { SpanSchema } from './schema/span.js';
import { compileGuard } from './schema-guard.js';

const REFERENCE = parseOutcome(
  readFileSync(new URL('../../../fixtures/2023-03-som-stockholm.txt', import.meta.url), 'utf8'),
);

/** Every [parent, key] of a JSON-like value, depth first. */
function slots(
  value: unknown,
  out: [Record<string, unknown>, string][] = [],
): [Record<string, unknown>, string][] {
  if (typeof value !== 'object' || value === null) return out;
  for (const key of Object.keys(value)) {
    out.push([value as Record<string, unknown>, key]);
    slots((value as Record<string, unknown>)[key], out);
  }
  return out;
}

const REPLACEMENTS: unknown[] = [
  null,
  undefined,
  '',
  'x',
  'Abc-1',
  '2023-03-16',
  '2023-3-16',
  0,
  1,
  -1,
  0.5,
  2,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  [],
  {},
  { start: 5, end: 2 },
  { start: 1, end: 2 },
  'us',
  'support',
  'agenda-item',
];

const guard = compileGuard(OutcomeDocumentSchema);

describe('compileGuard', () => {
  it('compiles the OutcomeDocument contract', () => {
    expect(guard).not.toBeNull();
  });

  it('accepts a parsed document, which the schema also accepts unchanged', () => {
    expect(guard?.(REFERENCE)).toBe(true);
    const parsed = OutcomeDocumentSchema.parse(REFERENCE);
    expect(JSON.stringify(parsed)).toBe(JSON.stringify(REFERENCE));
  });

  it('rejects a span ending before it starts (a refinement)', () => {
    const g = compileGuard(SpanSchema);
    expect(g?.({ start: 1, end: 2 })).toBe(true);
    expect(g?.({ start: 3, end: 2 })).toBe(false);
    expect(g?.({ start: -1, end: 2 })).toBe(false);
    expect(g?.({ start: 1.5, end: 2 })).toBe(false);
  });

  it('is not certain of objects whose keys differ from the shape (extra, missing, reordered)', () => {
    const g = compileGuard(z.object({ a: z.string(), b: z.number() }));
    expect(g?.({ a: 'x', b: 1 })).toBe(true);
    expect(g?.({ a: 'x', b: 1, c: 2 })).toBe(false);
    expect(g?.({ a: 'x' })).toBe(false);
    expect(g?.({ b: 1, a: 'x' })).toBe(false);
    expect(g?.(Object.assign(Object.create({ inherited: 1 }), { a: 'x', b: 1 }))).toBe(false);
  });

  it('checks strings, numbers, enums, literals, nullables, arrays and records', () => {
    const g = compileGuard(
      z.object({
        s: z
          .string()
          .min(2)
          .regex(/^[a-z]+$/),
        n: z.number().int().nonnegative(),
        c: z.number().min(0).max(1),
        e: z.enum(['a', 'b']),
        l: z.literal('1.0.0'),
        o: z.string().nullable(),
        list: z.array(z.boolean()),
        map: z.record(z.string(), z.number()),
      }),
    );
    const ok = { s: 'ab', n: 3, c: 0.5, e: 'a', l: '1.0.0', o: null, list: [true], map: { x: 1 } };
    expect(g?.(ok)).toBe(true);
    for (const [key, bad] of [
      ['s', 'a'],
      ['s', 'AB'],
      ['n', -1],
      ['n', 1.5],
      ['n', Number.NaN],
      ['c', 1.01],
      ['c', Number.POSITIVE_INFINITY],
      ['e', 'c'],
      ['l', '1.0.1'],
      ['o', undefined],
      ['list', [1]],
      ['map', { x: 'y' }],
      ['map', []],
    ] as const) {
      expect(g?.({ ...ok, [key]: bad }), `${key} = ${String(bad)}`).toBe(false);
    }
  });

  it('checks plain strings, nullable strings and non-negative integers inline with the same verdict', () => {
    const g = compileGuard(
      z.object({
        s: z.string(),
        o: z.string().nullable(),
        n: z.number().int().nonnegative(),
        // a refinement on the nullable itself, and bounds other than ">= 0": never taken inline
        r: z
          .string()
          .nullable()
          .refine((v) => v !== 'no'),
        m: z.number().int().min(1),
      }),
    );
    const ok = { s: '', o: 'x', n: 0, r: null, m: 1 };
    expect(g?.(ok)).toBe(true);
    expect(g?.({ ...ok, o: null, r: 'yes' })).toBe(true);
    for (const [key, bad] of [
      ['s', null],
      ['s', 1],
      ['o', undefined],
      ['o', 0],
      ['n', -1],
      ['n', 0.5],
      ['n', '1'],
      ['n', 2 ** 53],
      ['r', 'no'],
      ['m', 0],
    ] as const) {
      expect(g?.({ ...ok, [key]: bad }), `${key} = ${String(bad)}`).toBe(false);
    }
  });

  it('is not certain of records holding a symbol, non-enumerable or "__proto__" key', () => {
    const g = compileGuard(z.record(z.string(), z.number()));
    expect(g?.({ a: 1, b: 2 })).toBe(true);
    expect(g?.({})).toBe(true);
    expect(g?.({ a: 1, [Symbol('s')]: 2 })).toBe(false);
    expect(g?.(Object.defineProperty({ a: 1 }, 'hidden', { value: 2, enumerable: false }))).toBe(false);
    expect(g?.(JSON.parse('{"a": 1, "__proto__": 2}'))).toBe(false);
    expect(g?.({ a: 1, b: 'x' })).toBe(false);
    expect(g?.(Object.create(null))).toBe(false);
  });

  it('checks long enums, number literals, bounds other than zero and truthy refinements', () => {
    const letters = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] as const;
    const g = compileGuard(
      z.object({
        e: z.enum(letters),
        l: z.literal([1, 'one']),
        b: z.number().min(-1.5).max(2.5),
        r: z.string().refine((v) => (v === 'one' ? 1 : v === 'async' ? Promise.resolve(true) : '')),
      }),
    );
    const ok = { e: 'j', l: 1, b: -1.5, r: 'one' };
    expect(g?.(ok)).toBe(true);
    expect(g?.({ ...ok, l: 'one', b: 2.5 })).toBe(true);
    for (const [key, bad] of [
      ['e', 'k'],
      ['l', '1'],
      ['l', 2],
      ['b', -1.6],
      ['b', 2.6],
      ['r', 'two'],
      ['r', 'async'],
    ] as const) {
      expect(g?.({ ...ok, [key]: bad }), `${key} = ${String(bad)}`).toBe(false);
    }
  });

  it('gives null for constructs it does not mirror (the caller then keeps the schema alone)', () => {
    expect(compileGuard(z.object({ a: z.string().optional() }))).toBeNull();
    expect(compileGuard(z.union([z.string(), z.number()]))).toBeNull();
    expect(compileGuard(z.string().email())).toBeNull();
    expect(compileGuard(z.string().transform((s) => s.length))).toBeNull();
    expect(compileGuard(z.object({ a: z.string() }).catchall(z.number()))).toBeNull();
  });

  it('never says yes where the schema says no or would return something else (mutated documents)', () => {
    const base = JSON.stringify(REFERENCE);
    const count = slots(JSON.parse(base)).length;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(count - 1), fc.nat(REPLACEMENTS.length), fc.boolean()), {
          minLength: 1,
          maxLength: 3,
        }),
        (edits) => {
          const doc = JSON.parse(base);
          for (const [at, pick, remove] of edits) {
            const all = slots(doc);
            const slot = all[at % all.length];
            if (slot === undefined) continue;
            const [parent, key] = slot;
            if (remove) delete parent[key];
            else if (pick === REPLACEMENTS.length) parent[`extra${at}`] = 1;
            else parent[key] = REPLACEMENTS[pick];
          }
          if (guard?.(doc) !== true) return;
          const parsed = OutcomeDocumentSchema.safeParse(doc);
          expect(parsed.success).toBe(true);
          expect(JSON.stringify(parsed.data)).toBe(JSON.stringify(doc));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('compileGuard where new Function is refused', () => {
  it('gives null, so the caller keeps the schema alone, and the parse still validates', () => {
    const saved = globalThis.Function;
    const refusing = function refused() {
      throw new EvalError('Refused to evaluate a string as JavaScript (CSP)');
    } as unknown as FunctionConstructor;
    globalThis.Function = refusing;
    try {
      expect(compileGuard(OutcomeDocumentSchema)).toBeNull();
      expect(OutcomeDocumentSchema.safeParse(REFERENCE).success).toBe(true);
      expect(OutcomeDocumentSchema.safeParse({ ...REFERENCE, id: 'Not An Id' }).success).toBe(false);
    } finally {
      globalThis.Function = saved;
    }
  });
});
