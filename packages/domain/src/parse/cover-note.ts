/**
 * The Council's cover-note formula: "Delegations will find attached (in the annex, below) the
 * outcome of proceedings of ...". It addresses the readers of the document, not the meeting:
 * no speaker, no next step.
 */
const COVER_NOTE_RE =
  /^(?:the\s+)?delegations\s+will\s+find\s+(?:attached|enclosed|below|herewith|hereafter|in\s+(?:the\s+)?annex)\b/i;

/** Whether a sentence (or statement) is the cover-note formula. */
export function isCoverNote(sentence: string): boolean {
  return COVER_NOTE_RE.test(sentence);
}
