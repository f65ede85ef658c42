import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

function sentencesOf(text: string): string[] {
  return splitSentences(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it('splits plain sentences and trims whitespace', () => {
    expect(sentencesOf('  The US delegation warned. The EU delegation concurred.  ')).toEqual([
      'The US delegation warned.',
      'The EU delegation concurred.',
    ]);
  });

  it("keeps 'e.g.' inside its sentence, with or without a comma", () => {
    const text =
      'Its KleptoCapture Task Force is enforcing export controls (e.g., transshipment points), and invited cooperation. It also noted e.g. Europol. The EU agreed.';
    expect(sentencesOf(text)).toEqual([
      'Its KleptoCapture Task Force is enforcing export controls (e.g., transshipment points), and invited cooperation.',
      'It also noted e.g. Europol.',
      'The EU agreed.',
    ]);
  });

  it('keeps i.e., Mr., Dr., No., Art. and para. inside their sentence', () => {
    const text =
      'Mr. Smith and Dr. Jones referred to Art. 5 and para. 3 of Regulation No. 7, i.e. the core. It agreed.';
    expect(sentencesOf(text)).toHaveLength(2);
  });

  it('does not split decimals and thousands', () => {
    expect(sentencesOf('The refusal rate was 2.61 % for 283,000 Ukrainians. It was noted.')).toEqual([
      'The refusal rate was 2.61 % for 283,000 Ukrainians.',
      'It was noted.',
    ]);
  });

  it('ends a sentence after a footnote call printed after its dot, but not at a numbered reference', () => {
    expect(sentencesOf('It should be discussed in advance.1 Both sides agreed.')).toEqual([
      'It should be discussed in advance.1',
      'Both sides agreed.',
    ]);
    expect(sentencesOf('It was noted (COM).² The EU agreed.')).toEqual([
      'It was noted (COM).²',
      'The EU agreed.',
    ]);
    // a decimal, a reference after an abbreviation and a number before a lower-case word stay inside
    expect(
      sentencesOf('Version 2.1 Beta was used. See para.1 of the text. It ended in 2016.5 cases'),
    ).toEqual(['Version 2.1 Beta was used.', 'See para.1 of the text.', 'It ended in 2016.5 cases']);
  });

  it('keeps U.S. before a name but ends a sentence at D.C. before a new sentence', () => {
    const text = 'The U.S. Department of Justice will meet in Washington, D.C. The next session will follow.';
    expect(sentencesOf(text)).toEqual([
      'The U.S. Department of Justice will meet in Washington, D.C.',
      'The next session will follow.',
    ]);
  });

  it('keeps initials inside a name', () => {
    expect(
      sentencesOf('As per research of Robert J. Pape, radicalisation grows. It noted this.'),
    ).toHaveLength(2);
  });

  it('keeps a closing quote or bracket with the sentence it ends', () => {
    const text =
      'It called it a ‘gold standard’. It asked to keep “violent extremism.” It ended (as presented.) Then more.';
    expect(sentencesOf(text)).toEqual([
      'It called it a ‘gold standard’.',
      'It asked to keep “violent extremism.”',
      'It ended (as presented.)',
      'Then more.',
    ]);
  });

  it("ends at 'etc.)' followed by a new sentence", () => {
    expect(
      sentencesOf('It recalled the risks (routes, modus operandi, etc.). The EU informed.'),
    ).toHaveLength(2);
  });

  it("does not break at a sub-topic's asterisks", () => {
    const text =
      'Discussing *Support to people fleeing the war in Ukraine*, the EU delegation expressed appreciation. It agreed.';
    expect(sentencesOf(text)[0]).toBe(
      'Discussing *Support to people fleeing the war in Ukraine*, the EU delegation expressed appreciation.',
    );
  });

  it('breaks after a sub-topic that ends a sentence', () => {
    expect(
      sentencesOf('The Parties held an exchange on *Security threats*. The US delegation noted.'),
    ).toHaveLength(2);
  });

  it('drops a paragraph label of a joint statement but keeps the paragraph', () => {
    const text = '3. The United States and the European Union reaffirmed their commitment.';
    expect(sentencesOf(text)).toEqual([
      'The United States and the European Union reaffirmed their commitment.',
    ]);
  });

  it('returns spans into the whole text when given a sub-span', () => {
    const text = 'HEADING\nIt agreed. It noted.\nFOOTER';
    const spans = splitSentences(text, { start: 8, end: text.indexOf('\nFOOTER') });
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['It agreed.', 'It noted.']);
  });

  it('returns nothing for blank input', () => {
    expect(splitSentences('   ', { start: 0, end: 3 })).toEqual([]);
  });

  it('drops a bracketed label before a list item in lower case, not a dotted one', () => {
    expect(sentencesOf('(b) the fight against ransomware; and')).toEqual([
      'the fight against ransomware; and',
    ]);
    expect(sentencesOf('c) capacity building.')).toEqual(['capacity building.']);
    expect(sentencesOf('p. the page')).toEqual(['p. the page']);
  });

  it('drops a list bullet but keeps a sub-topic asterisk', () => {
    expect(sentencesOf('• Both sides welcomed the pilot.')).toEqual(['Both sides welcomed the pilot.']);
    expect(sentencesOf('*Violent extremism* was discussed.')).toEqual(['*Violent extremism* was discussed.']);
  });
});

describe('splitSentences: names written lower-case first', () => {
  it('ends a sentence before "eu-LISA" or "e-CODEX", and still not before a lower-case word', () => {
    const text =
      'The EPPO presented its report. eu-LISA informed about the EES. It used approx. five systems.';
    expect(
      splitSentences(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end)),
    ).toEqual([
      'The EPPO presented its report.',
      'eu-LISA informed about the EES.',
      'It used approx. five systems.',
    ]);
  });
});

describe('splitSentences: ends and labels found without a RegExp scan', () => {
  it('ends at !, ? and … with their closers, and not at a mark glued to the next word', () => {
    expect(sentencesOf('It agreed! Was it noted?” Yes… It ended.).Not here. Done.')).toEqual([
      'It agreed!',
      'Was it noted?”',
      'Yes…',
      'It ended.).Not here.',
      'Done.',
    ]);
  });

  it('ends at a dot before any white space, a no-break space included', () => {
    expect(sentencesOf('The delegation agreed.\u00a0The Council noted.\tIt ended.')).toEqual([
      'The delegation agreed.',
      'The Council noted.',
      'It ended.',
    ]);
  });

  it('does not end after a long word when the next word goes on in lower case, accented or not', () => {
    expect(sentencesOf('It covered migration. including returns. It noted progress. élan grew.')).toEqual([
      'It covered migration. including returns.',
      'It noted progress. élan grew.',
    ]);
  });

  it('ends after a long word before a quoted or bracketed capital', () => {
    expect(sentencesOf('It covered migration. "The plan" was noted. (Both agreed.)')).toEqual([
      'It covered migration.',
      '"The plan" was noted.',
      '(Both agreed.)',
    ]);
  });

  it('drops a one-letter capital label and a Roman one, but keeps a capitalised sentence', () => {
    expect(sentencesOf('A. The EU agreed. IV. Both sides noted it.')).toEqual([
      'The EU agreed.',
      'Both sides noted it.',
    ]);
  });
});
