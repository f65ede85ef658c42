/**
 * Small string steps of the meeting pass written as loops, each the exact equivalent of the
 * RegExp or method chain named in its comment (the meeting pass runs once per document, where a
 * RegExp or ICU call costs more than the work it does).
 */

import { isWhiteSpace } from './char-classes.js';

/** The code of the last character `\s` does not match, or -1 when there is none. */
export function lastNonSpaceCode(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (!isWhiteSpace(c)) return c;
  }
  return -1;
}

/** How many plain spaces `text` holds (`text.split(' ').length - 1`). */
export function countSpaces(text: string): number {
  let count = 0;
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) count++;
  return count;
}

/** Whether `text` starts with an upper-case letter (`/^\p{Lu}/u`), decided without the RegExp for ASCII. */
export function startsWithCapital(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 0x80) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(text);
}

/** What `/[\s,(–-]+$/` removes: white space, commas, opening brackets and dashes at the end. */
export function trimDateLead(text: string): string {
  let end = text.length;
  while (end > 0) {
    const c = text.charCodeAt(end - 1);
    if (!(isWhiteSpace(c) || c === 44 || c === 40 || c === 0x2013 || c === 45)) break;
    end--;
  }
  return end === text.length ? text : text.slice(0, end);
}

/**
 * A city as a lower-case id part: `city.normalize('NFKD').toLowerCase().replace(/\./g, '')
 * .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')`. ASCII text, which NFKD leaves as it
 * is, is made in one loop: full stops dropped, each run of other characters than a-z and 0-9
 * one hyphen, none at either end.
 */
export function slugifyCity(city: string): string {
  let slug = '';
  let gap = false;
  for (let i = 0; i < city.length; i++) {
    let c = city.charCodeAt(i);
    if (c >= 0x80) return slugifyUnicode(city);
    if (c >= 65 && c <= 90) c += 32;
    if (c === 46) continue;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (gap && slug !== '') slug += '-';
      gap = false;
      slug += String.fromCharCode(c);
    } else gap = true;
  }
  return slug;
}

function slugifyUnicode(city: string): string {
  return city
    .normalize('NFKD')
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
