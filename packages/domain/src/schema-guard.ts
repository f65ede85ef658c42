import type { z } from 'zod';

/**
 * A check-only predicate compiled from a zod schema. `true` means the schema accepts the value
 * and its parse output would equal the value itself: same keys in the same order, no key
 * stripped, nothing transformed (properties keyed by symbols are not looked at). `false` means
 * "not certain": ask the schema.
 */
export type SchemaGuard = (value: unknown) => boolean;

type Check = (value: never) => boolean;

/** Thrown while compiling when the schema uses a construct the guard does not mirror. */
class UnsupportedSchema extends Error {}

/** Options of `compileGuard`. */
export interface CompileGuardOptions {
  /**
   * Generate the guard's JavaScript source (one function per object, array and record of the
   * schema, with named property reads: several times faster on a whole document). Default true;
   * where `new Function` is refused (a Content-Security-Policy without 'unsafe-eval') the guard
   * is built of closures instead, with the same verdicts.
   */
  generateCode?: boolean;
}

/**
 * Compiles a zod schema built of objects, arrays, string-keyed records, nullables, strings,
 * numbers, booleans, enums, literals, length / regex / integer / bound checks and `.refine`
 * predicates into a `SchemaGuard` that checks without building a copy (zod's `safeParse`
 * rebuilds every object and array). Returns null when the schema holds anything else
 * (optional, default, union, transform, pipe, other formats, super-refinements): the caller
 * then keeps using the schema alone. The guard is an accelerator, never a replacement: on
 * `false`, run the schema for the verdict and its error.
 * @example const guard = compileGuard(OutcomeDocumentSchema); if (!guard?.(doc)) OutcomeDocumentSchema.parse(doc);
 */
export function compileGuard(schema: z.ZodType, options: CompileGuardOptions = {}): SchemaGuard | null {
  try {
    if (options.generateCode !== false) {
      const generated = generateGuard(schema);
      if (generated !== null) return generated;
    }
    return build(schema);
  } catch (error) {
    if (error instanceof UnsupportedSchema) return null;
    throw error;
  }
}

interface Def {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  entries?: Record<string, unknown>;
  values?: unknown[];
  catchall?: unknown;
}

interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  length?: number;
  value?: number;
  inclusive?: boolean;
  fn?: (value: unknown) => unknown;
}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

function build(schema: z.ZodType): SchemaGuard {
  const def = defOf(schema);
  const base = buildType(def);
  const checks = (def.checks ?? []).map((c) => buildCheck(def.type, c._zod.def));
  if (checks.length === 0) return base;
  return (value) => {
    if (!base(value)) return false;
    for (const check of checks) if (!check(value as never)) return false;
    return true;
  };
}

function buildType(def: Def): SchemaGuard {
  switch (def.type) {
    case 'string':
      return (v) => typeof v === 'string';
    case 'number':
      return (v) => typeof v === 'number' && Number.isFinite(v);
    case 'boolean':
      return (v) => typeof v === 'boolean';
    case 'enum': {
      const values = new Set(Object.values(def.entries ?? {}));
      return (v) => values.has(v);
    }
    case 'literal': {
      const values = new Set(def.values ?? []);
      return (v) => values.has(v);
    }
    case 'nullable': {
      const inner = build(def.innerType as z.ZodType);
      return (v) => v === null || inner(v);
    }
    case 'array': {
      const element = build(def.element as z.ZodType);
      return (v) => {
        if (!Array.isArray(v)) return false;
        for (let i = 0; i < v.length; i++) if (!element(v[i])) return false;
        return true;
      };
    }
    case 'object':
      return buildObject(def);
    case 'record':
      return buildRecord(def);
    default:
      throw new UnsupportedSchema(def.type);
  }
}

function buildObject(def: Def): SchemaGuard {
  if (def.catchall !== undefined) throw new UnsupportedSchema('object catchall');
  const shape = def.shape ?? {};
  const keys = Object.keys(shape);
  const fields = keys.map((k) => build(shape[k] as z.ZodType));
  const kinds = keys.map((k) => fieldKind(shape[k] as z.ZodType));
  return (v) => {
    if (!isPlainObject(v)) return false;
    // exactly the shape's keys, in its order: the parse output would be the same object
    let i = 0;
    for (const k in v) {
      if (k !== keys[i]) return false;
      i++;
    }
    if (i !== keys.length) return false;
    const o = v as Record<string, unknown>;
    for (let k = 0; k < keys.length; k++) {
      const value = o[keys[k] as string];
      // the commonest fields are checked here rather than through their guard (same verdict)
      switch (kinds[k]) {
        case 'string':
          if (typeof value !== 'string') return false;
          break;
        case 'nullable-string':
          if (value !== null && typeof value !== 'string') return false;
          break;
        case 'non-negative-integer':
          if (!Number.isSafeInteger(value) || (value as number) < 0) return false;
          break;
        default:
          if (!(fields[k] as SchemaGuard)(value)) return false;
      }
    }
    return true;
  };
}

/**
 * Field schemas common enough in a document to be checked inline by `buildObject`:
 * `z.string()` and `z.string().nullable()` without checks, `z.number().int().nonnegative()`.
 */
type FieldKind = 'string' | 'nullable-string' | 'non-negative-integer' | 'other';

function fieldKind(schema: z.ZodType): FieldKind {
  const def = defOf(schema);
  const checks = def.checks ?? [];
  if (def.type === 'string' && checks.length === 0) return 'string';
  if (def.type === 'nullable' && checks.length === 0) {
    const inner = defOf(def.innerType as z.ZodType);
    if (inner.type === 'string' && (inner.checks ?? []).length === 0) return 'nullable-string';
  }
  if (def.type === 'number' && checks.length === 2) {
    const [format, bound] = checks.map((c) => c._zod.def);
    if (
      format?.check === 'number_format' &&
      format.format === 'safeint' &&
      bound?.check === 'greater_than' &&
      bound.value === 0 &&
      bound.inclusive === true
    )
      return 'non-negative-integer';
  }
  return 'other';
}

function buildRecord(def: Def): SchemaGuard {
  const keyDef = defOf(def.keyType as z.ZodType);
  if (keyDef.type !== 'string' || (keyDef.checks ?? []).length > 0) throw new UnsupportedSchema('record key');
  const value = build(def.valueType as z.ZodType);
  return (v) => {
    if (!isPlainObject(v)) return false;
    const own = Reflect.ownKeys(v);
    // only enumerable string keys (zod reads every own key and writes enumerable ones)
    if (Object.keys(v).length !== own.length) return false;
    const o = v as Record<string, unknown>;
    for (const k of own) {
      if (typeof k !== 'string' || k === '__proto__' || !value(o[k])) return false;
    }
    return true;
  };
}

function isPlainObject(v: unknown): v is object {
  return typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;
}

function buildCheck(type: string, c: CheckDef): Check {
  switch (c.check) {
    case 'min_length': {
      const min = c.minimum as number;
      return (v: string) => v.length >= min;
    }
    case 'max_length': {
      const max = c.maximum as number;
      return (v: string) => v.length <= max;
    }
    case 'length_equals': {
      const length = c.length as number;
      return (v: string) => v.length === length;
    }
    case 'string_format': {
      if (c.format !== 'regex' || !(c.pattern instanceof RegExp))
        throw new UnsupportedSchema(`format ${c.format}`);
      const pattern = c.pattern;
      return (v: string) => {
        pattern.lastIndex = 0;
        return pattern.test(v);
      };
    }
    case 'number_format':
      if (c.format !== 'safeint') throw new UnsupportedSchema(`format ${c.format}`);
      return (v: number) => Number.isSafeInteger(v);
    case 'greater_than': {
      const bound = c.value as number;
      return c.inclusive ? (v: number) => v >= bound : (v: number) => v > bound;
    }
    case 'less_than': {
      const bound = c.value as number;
      return c.inclusive ? (v: number) => v <= bound : (v: number) => v < bound;
    }
    case 'custom': {
      const fn = c.fn;
      if (typeof fn !== 'function') throw new UnsupportedSchema('custom check without a predicate');
      return (v: unknown) => {
        const r = fn(v);
        return !(r instanceof Promise) && Boolean(r);
      };
    }
    default:
      throw new UnsupportedSchema(`${type} check ${c.check}`);
  }
}

/** What the generated source refers to: constants (sets, patterns, predicates) and function names. */
interface Generation {
  constants: unknown[];
  functions: string[];
  names: Map<z.ZodType, string>;
}

/**
 * The guard as generated source: `null` when the runtime refuses `new Function`; throws
 * `UnsupportedSchema` like `build`. Mirrors `build` exactly (same checks, same order).
 */
function generateGuard(schema: z.ZodType): SchemaGuard | null {
  const gen: Generation = { constants: [], functions: [], names: new Map() };
  const root = functionFor(schema, gen);
  const source = `"use strict";\n${gen.functions.join('\n')}\nreturn ${root};`;
  let factory: (constants: unknown[], objectPrototype: object) => SchemaGuard;
  try {
    factory = new Function('C', 'OP', source) as typeof factory;
  } catch {
    return null;
  }
  return factory(gen.constants, Object.prototype);
}

function constant(gen: Generation, value: unknown): string {
  gen.constants.push(value);
  return `C[${gen.constants.length - 1}]`;
}

/** The name of a generated function `(v) => boolean` checking `schema` (made once per schema object). */
function functionFor(schema: z.ZodType, gen: Generation): string {
  const known = gen.names.get(schema);
  if (known !== undefined) return known;
  const name = `g${gen.names.size}`;
  gen.names.set(schema, name);
  gen.functions.push(`function ${name}(v) {\n${bodyFor(schema, gen)}\n}`);
  return name;
}

function bodyFor(schema: z.ZodType, gen: Generation): string {
  const def = defOf(schema);
  const checks = (def.checks ?? []).map((c) => checkExpression(def.type, c._zod.def, 'v', gen));
  const tail = checks.length === 0 ? 'return true;' : `return ${checks.join(' && ')};`;
  switch (def.type) {
    case 'object': {
      if (def.catchall !== undefined) throw new UnsupportedSchema('object catchall');
      const shape = def.shape ?? {};
      const keys = Object.keys(shape);
      const lines = [
        'if (typeof v !== "object" || v === null || Object.getPrototypeOf(v) !== OP) return false;',
        // exactly the shape's keys, in its order: the parse output would be the same object
        `const K = ${constant(gen, keys)};`,
        'let i = 0;',
        'for (const k in v) { if (k !== K[i]) return false; i++; }',
        `if (i !== ${keys.length}) return false;`,
      ];
      keys.forEach((key, k) => {
        lines.push(`const f${k} = v[${JSON.stringify(key)}];`);
        lines.push(`if (!(${valueExpression(shape[key] as z.ZodType, `f${k}`, gen)})) return false;`);
      });
      return [...lines, tail].join('\n');
    }
    case 'array':
      return [
        'if (!Array.isArray(v)) return false;',
        `for (let i = 0; i < v.length; i++) { const e = v[i]; if (!(${valueExpression(def.element as z.ZodType, 'e', gen)})) return false; }`,
        tail,
      ].join('\n');
    case 'record': {
      const keyDef = defOf(def.keyType as z.ZodType);
      if (keyDef.type !== 'string' || (keyDef.checks ?? []).length > 0)
        throw new UnsupportedSchema('record key');
      return [
        'if (typeof v !== "object" || v === null || Object.getPrototypeOf(v) !== OP) return false;',
        'const own = Reflect.ownKeys(v);',
        // only enumerable string keys (zod reads every own key and writes enumerable ones)
        'if (Object.keys(v).length !== own.length) return false;',
        'for (const k of own) {',
        'if (typeof k !== "string" || k === "__proto__") return false;',
        `const e = v[k]; if (!(${valueExpression(def.valueType as z.ZodType, 'e', gen)})) return false;`,
        '}',
        tail,
      ].join('\n');
    }
    default:
      return `return ${valueExpression(schema, 'v', gen)};`;
  }
}

/** A boolean expression checking the variable `x` against `schema` (a call for containers). */
function valueExpression(schema: z.ZodType, x: string, gen: Generation): string {
  const def = defOf(schema);
  let base: string;
  switch (def.type) {
    case 'string':
      base = `typeof ${x} === "string"`;
      break;
    case 'number':
      base = `typeof ${x} === "number" && Number.isFinite(${x})`;
      break;
    case 'boolean':
      base = `typeof ${x} === "boolean"`;
      break;
    case 'enum':
      base = `${constant(gen, new Set(Object.values(def.entries ?? {})))}.has(${x})`;
      break;
    case 'literal':
      base = `${constant(gen, new Set(def.values ?? []))}.has(${x})`;
      break;
    case 'nullable':
      base = `${x} === null || (${valueExpression(def.innerType as z.ZodType, x, gen)})`;
      break;
    case 'object':
    case 'array':
    case 'record':
      return `${functionFor(schema, gen)}(${x})`;
    default:
      throw new UnsupportedSchema(def.type);
  }
  const checks = (def.checks ?? []).map((c) => checkExpression(def.type, c._zod.def, x, gen));
  return [`(${base})`, ...checks].join(' && ');
}

/** A boolean expression for one zod check on `x`, whose base type is already proven. */
function checkExpression(type: string, c: CheckDef, x: string, gen: Generation): string {
  switch (c.check) {
    case 'min_length':
      return `${x}.length >= ${Number(c.minimum)}`;
    case 'max_length':
      return `${x}.length <= ${Number(c.maximum)}`;
    case 'length_equals':
      return `${x}.length === ${Number(c.length)}`;
    case 'string_format': {
      if (c.format !== 'regex' || !(c.pattern instanceof RegExp))
        throw new UnsupportedSchema(`format ${c.format}`);
      const pattern = constant(gen, c.pattern);
      return `(${pattern}.lastIndex = 0, ${pattern}.test(${x}))`;
    }
    case 'number_format':
      if (c.format !== 'safeint') throw new UnsupportedSchema(`format ${c.format}`);
      return `Number.isSafeInteger(${x})`;
    case 'greater_than':
      return `${x} ${c.inclusive ? '>=' : '>'} ${constant(gen, c.value)}`;
    case 'less_than':
      return `${x} ${c.inclusive ? '<=' : '<'} ${constant(gen, c.value)}`;
    case 'custom': {
      if (typeof c.fn !== 'function') throw new UnsupportedSchema('custom check without a predicate');
      const fn = constant(gen, c.fn);
      const result = constant(gen, { value: undefined as unknown });
      return `(${result}.value = ${fn}(${x}), !(${result}.value instanceof Promise) && Boolean(${result}.value))`;
    }
    default:
      throw new UnsupportedSchema(`${type} check ${c.check}`);
  }
}
