/**
 * `text.charCodeAt(index)`, called as `String.prototype.charCodeAt.call`. The lines a text is cut
 * into come in many internal string shapes (sliced, copied, joined, one or two bytes a
 * character): read as `text.charCodeAt`, the method is looked up through a cache that has seen
 * too many shapes to be fast, while `String.prototype.charCodeAt` names the one function, which
 * the compiler then reads the code with directly. Same result for every string and index.
 */
export function codeAt(text: string, index: number): number {
  return String.prototype.charCodeAt.call(text, index);
}

/** `text.indexOf(search, from)`, called through `String.prototype` as `codeAt` is (and for the same reason). */
export function indexIn(text: string, search: string, from = 0): number {
  return String.prototype.indexOf.call(text, search, from);
}

/** `text.endsWith(search)`, called through `String.prototype` as `codeAt` is. */
export function endsWithText(text: string, search: string): boolean {
  return String.prototype.endsWith.call(text, search);
}

/** A set of UTF-16 codes, `has` answered by a table for ASCII codes (a `Set` hashes each one). */
export class CodeSet {
  private readonly ascii = new Uint8Array(128);
  private readonly others: number[] = [];

  constructor(chars: string) {
    for (let i = 0; i < chars.length; i++) {
      const c = codeAt(chars, i);
      if (c < 128) this.ascii[c] = 1;
      else this.others.push(c);
    }
  }

  /** Whether `code` is the code of one of the characters (`NaN`, read outside a string, is not). */
  has(code: number): boolean {
    return code < 128 ? this.ascii[code] === 1 : this.others.includes(code);
  }
}
