import type { WarningCode } from '../schema/warning.js';

/**
 * What each warning code means, for people. Tests match codes; the UI and the CLI show these.
 * Every code of `WarningCodeSchema` has an entry (a test checks it).
 */
export const WARNING_CODES: Readonly<Record<WarningCode, string>> = {
  'empty-input': 'The input holds no text (empty or only whitespace).',
  'not-an-outcome-record':
    'The text does not look like an EU-US JHA outcome record or joint statement: no cover page, no headings, no dialogue vocabulary. It was parsed anyway.',
  'binary-content': 'The input looks like binary data (many control or replacement characters), not text.',
  'control-characters': 'Control characters (NUL and others) were removed from the text before parsing.',
  'no-document-number': 'No Council document number ("7725/23") was found on the cover page.',
  'no-issue-date': 'No place and date of issue ("Brussels, 24 March 2023") was found on the cover page.',
  'no-subject': 'No "Subject:" field was found on the cover page.',
  'no-meeting-dates': 'The meeting dates could not be read from the Subject or a place-and-date line.',
  'no-sections': 'No agenda headings were found; the body was kept as one section (or paragraphs).',
  'footer-inside-paragraph':
    'A page footer (document number, initials, page, LIMITE, EN) interrupted a paragraph; it was removed and the paragraph rejoined at the span.',
  'footnote-detached':
    'A footnote was found but its call mark was not; it was kept after the paragraph printed above it.',
  'unknown-heading':
    'A line looked like a heading but did not fit the numbering (out of sequence, or lettered outside a numbered item).',
  'low-topic-confidence':
    'A heading or sub-topic matched no topic of the taxonomy; a topic was derived from its title.',
  'unattributed-sentence':
    'A sentence has no speaker the parser could recognise; it was kept as an unattributed statement.',
  'unresolved-pronoun': 'A sentence starting with a pronoun ("It", "They") had no earlier actor to refer to.',
  'unrecognised-verb': 'A speaker was found but no reporting verb from the lexicon.',
  'ambiguous-date': 'A date could be read in more than one way.',
  'date-without-year': 'A date was written without a year; the year was taken from the document.',
  'truncated-input': 'The input was longer than the parser accepts and was cut.',
  'annex-skipped': 'An annex (participants, agenda) was recognised and not read for statements.',
  'pass-failed':
    'A parser pass failed on this input; its part of the document is left empty. This is a bug to report.',
};

/** The explanation of a warning code. */
export function explainWarning(code: WarningCode): string {
  return WARNING_CODES[code];
}
