import { describe, expect, it } from 'vitest';
import { splitBlocks } from './blocks.js';
import { normaliseText } from './normalise.js';
import { buildSections, firstWords, isDigits } from './structure.js';

function build(raw: string, jointStatement = false) {
  const text = normaliseText(raw).text;
  return { text, ...buildSections(text, splitBlocks(text), { jointStatement }) };
}

const COVER = 'Brussels, 24 March 2023\n7725/23\nSubject: Outcome of proceedings\n\n';

describe('buildSections', () => {
  it('makes a Summary and numbered agenda items with topics and title spans', () => {
    const r = build(
      `${COVER}Summary\n\nBoth sides met.\n\n1. Update on progress towards Visa Reciprocity\n\nBoth sides agreed to continue.\n\n2. Going dark\n\nThe US side warned.\n`,
    );
    expect(r.sections.map((s) => [s.kind, s.number, s.title, s.topic.id])).toEqual([
      ['summary', null, 'Summary', 'introduction'],
      ['agenda-item', '1', 'Update on progress towards Visa Reciprocity', 'visa-reciprocity'],
      ['agenda-item', '2', 'Going dark', 'going-dark'],
    ]);
    const s = r.sections[1]!;
    expect(r.text.slice(s.titleSpan!.start, s.titleSpan!.end)).toBe(s.title);
    expect(r.text.slice(s.span.start, s.span.end)).toBe(
      '1. Update on progress towards Visa Reciprocity\n\nBoth sides agreed to continue.',
    );
  });

  it('reads the record inside an ANNEX that a cover note points to, and a later annex as an annex', () => {
    const r = build(
      `${COVER}Delegations will find in the Annex the outcome of proceedings of the above meeting.\n\nANNEX\n\n1. Visa reciprocity\n\nThe US side noted progress.\n\n2. Going dark\n\nThe EU side warned.\n\nANNEX II\n\nList of participants\n`,
    );
    expect(r.sections.map((s) => [s.kind, s.number, s.topic.id])).toEqual([
      ['preamble', null, 'introduction'],
      ['agenda-item', '1', 'visa-reciprocity'],
      ['agenda-item', '2', 'going-dark'],
      ['annex', null, 'annex'],
    ]);
    // without the cover note, the annex is an annex
    const plain = build(
      `${COVER}The meeting took place.\n\nANNEX\n\n1. Visa reciprocity\n\nThe US side noted progress.\n`,
    );
    expect(plain.sections.map((s) => s.kind)).toEqual(['preamble', 'annex']);
  });

  it('reads a label opening a paragraph as a sub-topic, but not a sentence, a speaker or a reported verb', () => {
    const r = build(
      `${COVER}1. Ukraine\n\nAccountability: The EU side recalled the ICPA.\n\nSanctions and asset recovery: The US side presented KleptoCapture.\n\nThe US side stated: Russia must pay.\n\nUS: The US side noted progress.\n\nEuropol underlined: Threats grow.\n`,
    );
    const section = r.sections[0]!;
    expect(
      section.subtopics.map((st) => [st.title, st.topic.id, r.text.slice(st.span.start, st.span.end)]),
    ).toEqual([
      ['Accountability', 'ukraine-accountability', 'Accountability'],
      ['Sanctions and asset recovery', 'ukraine-sanctions-assets', 'Sanctions and asset recovery'],
    ]);
  });

  it('reads Roman items with lettered children as level-2 sections', () => {
    const r = build(
      `${COVER}I. Migration\n\nThe EU side informed.\n\na) Migrant smuggling\n\nThe US side noted.\n\n(b) Returns\n\nBoth sides agreed.\n\nII. Data protection\n\nThe EU side recalled.\n`,
    );
    expect(r.sections.map((s) => [s.number, s.level, s.parentId])).toEqual([
      ['I', 1, null],
      ['a', 2, 'sec-1'],
      ['b', 2, 'sec-1'],
      ['II', 1, null],
    ]);
    const parent = r.sections[0]!;
    expect(parent.span.end).toBeGreaterThan(r.sections[2]!.span.start);
  });

  it.each([
    [
      'Session I: Home Affairs',
      'Item 1 - Migration',
      'Item 2 - Ukraine: accountability',
      'Session II: Justice',
      'Item 3 - Data protection',
    ],
    ['HOME AFFAIRS', '1. Migration', '2. Ukraine: accountability', 'JUSTICE', '1. Data protection'],
    ['I. Home affairs', '1. Migration', '2. Ukraine: accountability', 'II. Justice', '3. Data protection'],
    ['Home Affairs', 'Migration', 'Ukraine: accountability', 'Justice', 'Data protection'],
  ])('nests the items of a Ministerial session under it ("%s")', (...titles) => {
    const body = titles.map((t, k) =>
      k === 0 || k === 3 ? `${t}\n\n` : `${t}\n\nThe EU side informed.\n\n`,
    );
    const r = build(`${COVER}${body.join('')}`);
    expect(r.sections.map((s) => [s.topic.id, s.level, s.parentId])).toEqual([
      ['home-affairs-session', 1, null],
      ['migration', 2, 'sec-1'],
      // an item of a session aligns as a top-level one does: a sub-topic rolls up to its topic
      ['ukraine-war', 2, 'sec-1'],
      ['justice-session', 1, null],
      ['data-protection', 2, 'sec-4'],
    ]);
    expect(r.warnings.filter((w) => w.code === 'unknown-heading')).toEqual([]);
  });

  it('ends the sessions at a heading numbered as they are ("IV. CONCLUSIONS" after "III. JUSTICE")', () => {
    const r = build(
      `${COVER}I. HOME AFFAIRS\n\n1. Migration\n\nThe EU side informed.\n\nII. JUSTICE\n\n2. E-evidence\n\nThe US side noted.\n\nIII. CONCLUSIONS\n\nBoth sides agreed.\n`,
    );
    expect(r.sections.map((s) => [s.number, s.level, s.parentId])).toEqual([
      ['I', 1, null],
      ['1', 2, 'sec-1'],
      ['II', 1, null],
      ['2', 2, 'sec-3'],
      ['III', 1, null],
    ]);
  });

  it('keeps an item about justice an item ("Justice for victims" is no session)', () => {
    const r = build(
      `${COVER}1. Migration\n\nThe EU side informed.\n\n2. Justice for victims of war crimes\n\nThe US side noted.\n`,
    );
    expect(r.sections.map((s) => s.level)).toEqual([1, 1]);
  });

  it('reads small roman sub-items ("i.", "ii.") as children and a numbered title closed by a colon', () => {
    const r = build(
      `${COVER}1 Visa reciprocity\n\nThe EU side informed.\n\n2 Cybercrime:\n\nThe US side noted.\n\ni. Ransomware\n\nBoth sides agreed.\n\nii. Child sexual abuse\n\nThe EU side recalled.\n`,
    );
    expect(r.sections.map((s) => [s.number, s.title, s.level, s.parentId])).toEqual([
      ['1', 'Visa reciprocity', 1, null],
      ['2', 'Cybercrime', 1, null],
      ['i', 'Ransomware', 2, 'sec-2'],
      ['ii', 'Child sexual abuse', 2, 'sec-2'],
    ]);
    const cyber = r.sections[1]!;
    expect(r.text.slice(cyber.titleSpan!.start, cyber.titleSpan!.end)).toBe('Cybercrime');
  });

  it('reads "1)" numbering and headings in capitals', () => {
    const r = build(
      `${COVER}COUNTER-TERRORISM\n\nThe US side warned.\n\n1) Visa policy\n\nBoth sides agreed.\n`,
    );
    expect(r.sections.map((s) => [s.number, s.title])).toEqual([
      [null, 'COUNTER-TERRORISM'],
      ['1', 'Visa policy'],
    ]);
  });

  it('finds *asterisk* sub-topics with spans without the asterisks and bodies to the next one', () => {
    const r = build(
      `${COVER}1. Joint response to Russia's war of aggression against Ukraine\n\nThe Parties held an exchange on *Security threats stemming from the war*. The US side warned.\n\nOn *Environmental crime*, both sides agreed.\n`,
    );
    const [first, second] = r.sections[0]!.subtopics;
    expect(first?.title).toBe('Security threats stemming from the war');
    expect(r.text.slice(first!.span.start, first!.span.end)).toBe(first?.title);
    expect(r.text.slice(first!.bodySpan.start, first!.bodySpan.end)).toMatch(/^The Parties held .*warned\.$/);
    expect(second?.topic.id).toBe('environmental-crime');
    expect(first?.topic.id).toBe('ukraine-security-threats');
  });

  it('takes a short title line inside a numbered item as a sub-topic of its own line', () => {
    const r = build(
      `${COVER}1. Counter-terrorism\n\nThe US side warned.\n\nViolent extremism\n\nThe EU side underlined the need to act.\n\n2. Visa\n\nBoth sides agreed.\n`,
    );
    expect(r.sections).toHaveLength(2);
    expect(r.sections[0]?.subtopics.map((s) => [s.title, s.topic.id])).toEqual([
      ['Violent extremism', 'violent-extremism'],
    ]);
  });

  it('does not mistake a numbered list restarting inside an item for agenda items', () => {
    const r = build(
      `${COVER}1. Organised crime\n\nThe EU side listed its priorities:\n\n2. Drugs\n\nThe US side listed:\n\n1. Fentanyl\n\n2. Cocaine\n`,
    );
    expect(r.sections.map((s) => s.number)).toEqual(['1', '2']);
    expect(r.blocks.filter((b) => b.kind === 'list-item')).toHaveLength(2);
  });

  it('makes the ANNEX a section of kind annex whose lines are not headings', () => {
    const r = build(
      `${COVER}1. Visa\n\nBoth sides agreed.\n\nANNEX\n\nLIST OF PARTICIPANTS\n\nUnited States\n`,
    );
    expect(r.sections.map((s) => [s.kind, s.topic.id])).toEqual([
      ['agenda-item', 'visa-reciprocity'],
      ['annex', 'annex'],
    ]);
  });

  it('makes each numbered paragraph of a joint statement a section with a topic from its content', () => {
    const r = build(
      'Joint EU-U.S. statement following the EU-U.S. Justice and Home Affairs Ministerial Meeting\n\nWashington D.C., 15 December 2022\n\n1. The United States and the European Union discussed the visa waiver program and visa reciprocity for all Member States.\n\n2. They condemned the war of aggression against Ukraine and Russia’s attacks on Ukrainian cities.\n',
      true,
    );
    expect(r.sections.map((s) => [s.kind, s.number, s.topic.id, s.titleSpan])).toEqual([
      ['paragraph', '1', 'visa-reciprocity', null],
      ['paragraph', '2', 'ukraine-war', null],
    ]);
  });

  it('reads the opening paragraph of a joint statement as its introduction when its content names no topic', () => {
    const r = build(
      'Joint EU-U.S. statement following the EU-U.S. Justice and Home Affairs Ministerial Meeting\n\nWashington D.C., 15 December 2022\n\n1. The United States and the European Union met in Washington.\n\n2. Both sides welcomed the progress on visa reciprocity.\n\n3. The two sides met again in the afternoon.\n',
      true,
    );
    expect(r.sections.map((s) => s.topic.id)).toEqual([
      'introduction',
      'visa-reciprocity',
      'x-the-two-sides-met-again-in',
    ]);
  });

  it('warns no-sections when a record has no headings', () => {
    const r = build(`${COVER}The US side warned. The EU side agreed.\n`);
    expect(r.warnings.map((w) => w.code)).toContain('no-sections');
    expect(r.sections).toHaveLength(1);
  });

  it('warns unknown-heading for numbers out of sequence and low-topic-confidence for unknown titles', () => {
    const r = build(`${COVER}1. Visa\n\nText.\n\n4. Gardening arrangements\n\nText.\n`);
    expect(r.warnings.map((w) => w.code)).toEqual(['unknown-heading', 'low-topic-confidence']);
    expect(r.sections[1]?.topic).toMatchObject({ id: 'x-gardening-arrangements', matchedBy: 'derived' });
  });
});

describe('isDigits and firstWords', () => {
  it('reads a run of ASCII digits only', () => {
    expect(['1', '12', '007'].map(isDigits)).toEqual([true, true, true]);
    expect(['', '1a', '٣', ' 1', '1.2'].map(isDigits)).toEqual([false, false, false, false, false]);
  });

  it('gives the first pieces as split(/\\s+/) would', () => {
    expect(firstWords('  one two\tthree\n four five six seven', 6)).toEqual([
      '',
      'one',
      'two',
      'three',
      'four',
      'five',
    ]);
    expect(firstWords('one two', 6)).toEqual(['one', 'two']);
    expect(firstWords('', 6)).toEqual(['']);
    expect(firstWords('one two', 0)).toEqual([]);
  });
});
