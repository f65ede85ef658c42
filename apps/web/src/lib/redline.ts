/** Splits a word-level redline into what each side of a side-by-side view shows. */

/** One operation of a redline, as `@som/compare` emits it. */
export interface RedlineOp {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/** A piece of one side's text: unchanged, or changed on that side (deleted in base, inserted in target). */
export interface RedlinePart {
  text: string;
  changed: boolean;
}

/**
 * Returns the base side (equal + delete) and the target side (equal + insert) of a redline,
 * adjacent pieces of the same kind merged. `base` joined is the base statement's text.
 */
export function splitRedline(ops: readonly RedlineOp[]): { base: RedlinePart[]; target: RedlinePart[] } {
  const base: RedlinePart[] = [];
  const target: RedlinePart[] = [];
  const push = (parts: RedlinePart[], text: string, changed: boolean) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && last.changed === changed) last.text += text;
    else parts.push({ text, changed });
  };
  for (const { op, text } of ops) {
    if (op !== 'insert') push(base, text, op === 'delete');
    if (op !== 'delete') push(target, text, op === 'insert');
  }
  return { base, target };
}
