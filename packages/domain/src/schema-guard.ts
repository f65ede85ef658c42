import type { z } from 'zod';

/**
 * A check-only predicate compiled from a zod schema. `true` means the schema accepts the value
 * and its parse output would equal the value itself: same keys in the same order, no key
 * stripped, nothing transformed (properties keyed by symbols are not looked at). `false` means
 * "not certain": ask the schema.
 */
export type SchemaGuard = (value: unknown) => boolean;

/** Thrown while compiling when the schema uses a construct the guard does not mirror. */
class UnsupportedSchema extends Error {}

/**
 * Compiles a zod schema built of objects, arrays, string-keyed records, nullables, strings,
 * numbers, booleans, enums, literals, length / regex / integer / bound checks and `.refine`
 * predicates into a `SchemaGuard` that checks without building a copy (zod's `safeParse`
 * rebuilds every object and array). The guard is generated source: one function per object,
 * array and record of the schema, with named property reads. Returns null when the schema holds
 * anything else (optional, default, union, transform, pipe, other formats, super-refinements) or
 * where `new Function` is refused (a Content-Security-Policy without 'unsafe-eval'): the caller
 * then keeps using the schema alone. The guard is an accelerator, never a replacement: on
 * `false`, run the schema for the verdict and its error.
 * @example const guard = compileGuard(OutcomeDocumentSchema); if (!guard?.(doc)) OutcomeDocumentSchema.parse(doc);
 */
export function compileGuard(schema: z.ZodType): SchemaGuard | null {
  try {
    return generateGuard(schema);
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

/** What the generated source refers to: constants (sets, patterns, predicates) and function names. */
interface Generation {
  constants: unknown[];
  functions: string[];
  names: Map<z.ZodType, string>;
}

/**
 * The guard as generated source: `null` when the runtime refuses `new Function`; throws
 * `UnsupportedSchema` for a construct it does not mirror.
 */
function generateGuard(schema: z.ZodType): SchemaGuard | null {
  const gen: Generation = { constants: [], functions: [], names: new Map() };
  const root = functionFor(schema, gen);
  // each constant a named binding (no array read per use)
  const bindings = `const [${gen.constants.map((_, i) => `c${i}`).join(', ')}] = C;`;
  const source = ['"use strict";', bindings, REFINED_SOURCE, ...gen.functions, `return ${root};`].join('\n');
  let factory: (constants: unknown[], objectPrototype: object) => SchemaGuard;
  try {
    factory = new Function('C', 'OP', source) as typeof factory;
  } catch {
    return null;
  }
  return factory(gen.constants, Object.prototype);
}

/**
 * The verdict of a `.refine` predicate's result, as zod reads it: truthy and not a promise (an
 * async refinement is not certain). A boolean, the common result, is decided first.
 */
const REFINED_SOURCE =
  'function refined(r) { return r === true || (r !== false && !(r instanceof Promise) && Boolean(r)); }';

/** The most values an enum or literal is checked against with `===` rather than a `Set`. */
const MAX_COMPARED_VALUES = 8;

function constant(gen: Generation, value: unknown): string {
  gen.constants.push(value);
  return `c${gen.constants.length - 1}`;
}

/** A number written into the source when it reads back the same (finite), else a constant. */
function numberLiteral(gen: Generation, value: unknown): string {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : constant(gen, value);
}

/**
 * `values.has(x)` for a set of allowed values: a chain of `===` for a few strings (the same
 * verdict: `Set#has` compares strings by value too), else a `Set` constant.
 */
function oneOfExpression(gen: Generation, values: unknown[], x: string): string {
  if (values.length > 0 && values.length <= MAX_COMPARED_VALUES && values.every((v) => typeof v === 'string'))
    return values.map((v) => `${x} === ${JSON.stringify(v)}`).join(' || ');
  return `${constant(gen, new Set(values))}.has(${x})`;
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
        // only enumerable string keys (zod skips the others, and the output would lack them):
        // as many own names as enumerable keys, and no symbol key
        'const keys = Object.keys(v);',
        'if (Object.getOwnPropertyNames(v).length !== keys.length || Object.getOwnPropertySymbols(v).length !== 0) return false;',
        // the values of those keys, in their order, each read once
        'const values = Object.values(v);',
        'if (values.length !== keys.length) return false;',
        'for (let i = 0; i < keys.length; i++) {',
        'if (keys[i] === "__proto__") return false;',
        `const e = values[i]; if (!(${valueExpression(def.valueType as z.ZodType, 'e', gen)})) return false;`,
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
      base = oneOfExpression(gen, Object.values(def.entries ?? {}), x);
      break;
    case 'literal':
      base = oneOfExpression(gen, def.values ?? [], x);
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
      // only a global or sticky pattern starts at its lastIndex
      return c.pattern.global || c.pattern.sticky
        ? `(${pattern}.lastIndex = 0, ${pattern}.test(${x}))`
        : `${pattern}.test(${x})`;
    }
    case 'number_format':
      if (c.format !== 'safeint') throw new UnsupportedSchema(`format ${c.format}`);
      return `Number.isSafeInteger(${x})`;
    case 'greater_than':
      return `${x} ${c.inclusive ? '>=' : '>'} ${numberLiteral(gen, c.value)}`;
    case 'less_than':
      return `${x} ${c.inclusive ? '<=' : '<'} ${numberLiteral(gen, c.value)}`;
    case 'custom': {
      if (typeof c.fn !== 'function') throw new UnsupportedSchema('custom check without a predicate');
      return `refined(${constant(gen, c.fn)}(${x}))`;
    }
    default:
      throw new UnsupportedSchema(`${type} check ${c.check}`);
  }
}
