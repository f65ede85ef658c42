import { describe, expect, it } from 'vitest';
import { toWinAnsi } from './make-pdf-fixture.js';

describe('toWinAnsi', () => {
  it('maps curly quotes and dashes to ASCII', () => {
    expect(toWinAnsi('“Going dark” – the EU’s view')).toBe('"Going dark" - the EU\'s view');
  });
  it('keeps newlines and Latin-1 letters, and replaces what WinAnsi cannot show', () => {
    expect(toWinAnsi('Kraków\nŁódź')).toBe('Kraków\n?ód?');
  });
});
