import { describe, expect, it } from 'vitest';
import type { Statement } from '../schema/statement.js';
import { splitSentences } from './sentences.js';
import { type PlacedSentence, readStatements } from './statements.js';
import { tokenizeWords } from './statements-words.js';

/**
 * Reads paragraphs separated by blank lines; a line starting with "# " opens a new section, one
 * starting with "- " is a list item. `withWords`: each sentence comes with its words, as
 * sentence placement gives them.
 */
function read(source: string, { withWords = false } = {}) {
  const sentences: PlacedSentence[] = [];
  let section = 'sec-1';
  let n = 1;
  for (const m of source.matchAll(/[^\n]+/g)) {
    if (m[0].startsWith('# ')) {
      section = `sec-${++n}`;
      continue;
    }
    // "- " opens a list item
    const listItem = m[0].startsWith('- ');
    const start = m.index + (listItem ? 2 : 0);
    for (const span of splitSentences(source, { start, end: m.index + m[0].length })) {
      const words = withWords ? { words: tokenizeWords(source, span.start, span.end) } : {};
      sentences.push({ span, sectionId: section, subtopic: null, topicId: null, listItem, ...words });
    }
  }
  return readStatements(source, sentences);
}

function brief(s: Statement) {
  return { actor: s.actor.id, side: s.actor.side, verb: s.verb, stance: s.stance, voice: s.voice };
}

describe('readStatements', () => {
  it('reads subject + reporting verb', () => {
    const { statements } = read(
      'The US delegation warned against the creation of a parallel data protection regime.',
    );
    expect(brief(statements[0]!)).toEqual({
      actor: 'us',
      side: 'us',
      verb: 'warn',
      stance: 'concern',
      voice: 'active',
    });
    expect(statements[0]!.actor.mention).toBe('The US delegation');
  });

  it('finds the speaker after an introductory clause', () => {
    const text =
      'On end-to-end encryption, the US delegation noted a certain hypocrisy. Discussing *Support to people*, the EU delegation expressed appreciation for the cooperation. In the context of discussions on *Information sharing*, the US delegation informed that it had managed to identify data sets.';
    expect(read(text).statements.map((s) => [s.actor.id, s.verb])).toEqual([
      ['us', 'note'],
      ['eu', 'express appreciation'],
      ['us', 'inform'],
    ]);
  });

  it('reads a passive agent, and its relative clause stays one statement', () => {
    const text =
      "The EU's conviction of the need to reinforce law enforcement's legitimacy was echoed by the US delegation, which concurred on the need to mirror privacy by design. Beyond encryption, data retention and data processing were also identified as areas of focus by the US delegation.";
    const { statements } = read(text);
    expect(statements.map(brief)).toEqual([
      { actor: 'us', side: 'us', verb: 'echo', stance: 'agreement', voice: 'passive' },
      { actor: 'us', side: 'us', verb: 'identify', stance: 'information', voice: 'passive' },
    ]);
  });

  it('reads "X joined Y in welcoming" as X agreeing (join), and "It" next as X', () => {
    const text =
      'The US delegation joined the EU side in welcoming a study visit to New York. It recognised the influence of the US violent extremist scene.';
    const { statements } = read(text);
    expect(brief(statements[0]!)).toMatchObject({ actor: 'us', verb: 'join', stance: 'agreement' });
    expect(statements[1]!.actor).toMatchObject({ id: 'us', mention: 'It', resolvedFrom: statements[0]!.id });
  });

  it('reads the object of "allowed ... to" as the speaker of the infinitive', () => {
    const { statements } = read('A brief point on crime allowed parties to take note of a joint project.');
    expect(brief(statements[0]!)).toMatchObject({ actor: 'both', verb: 'take note', stance: 'information' });
  });

  it('does not read the object of "urged ... to" as a speaker', () => {
    const { statements } = read('The EU side urged the US side to present a timeline.');
    expect(statements.map((s) => [s.actor.id, s.verb])).toEqual([['eu', 'urge']]);
  });

  it('splits two speakers of a contrast sentence into contiguous slices', () => {
    const text =
      'The US side stated its preference for existing bodies, whereas the EU side noted the need for safeguards.';
    const { statements } = read(text);
    expect(statements.map((s) => [s.actor.id, s.verb, s.text])).toEqual([
      ['us', 'state', 'The US side stated its preference for existing bodies'],
      ['eu', 'note', 'the EU side noted the need for safeguards.'],
    ]);
    expect(statements.every((s) => text.slice(s.span.start, s.span.end) === s.text)).toBe(true);
    expect(statements.map((s) => s.sentenceIndex)).toEqual([0, 0]);
  });

  it('splits two main clauses joined by "and" without a comma, each with its speaker', () => {
    const text =
      'Regarding the PNR Agreement, both sides assessed its implementation as positive and the EU informed the US about the review. The US took note and the Commission stressed the timeline.';
    expect(read(text).statements.map((s) => [s.actor.id, s.verb, s.text])).toEqual([
      ['both', 'assess', 'Regarding the PNR Agreement, both sides assessed its implementation as positive'],
      ['eu', 'inform', 'the EU informed the US about the review.'],
      ['us', 'take note', 'The US took note'],
      ['commission', 'stress', 'the Commission stressed the timeline.'],
    ]);
  });

  it('does not split "and" inside reported speech or after a subordinator', () => {
    for (const text of [
      'The EU welcomed that the Commission had presented the plan and the US informed the EU about it.',
      'The EU delegation explained how the Commission and the US delegation prepared the review.',
    ])
      expect(read(text).statements.map((s) => s.actor.id)).toEqual(['eu']);
  });

  it('opens a clause with a pronoun after ", and", and reads ", as did X" as X with the same verb', () => {
    const text =
      'Both sides remain committed to accountability, and they expressed concern for the victims. The US side welcomed the pilot, as did the EU side.';
    const { statements } = read(text);
    expect(statements.map((s) => [s.actor.id, s.verb, s.stance, s.text])).toEqual([
      ['both', 'commit', 'commitment', 'Both sides remain committed to accountability'],
      ['both', 'express concern', 'concern', 'they expressed concern for the victims.'],
      ['us', 'welcome', 'support', 'The US side welcomed the pilot'],
      ['eu', 'welcome', 'support', 'as did the EU side.'],
    ]);
    expect(statements[1]!.actor.resolvedFrom).toBe('s1');
    for (const s of statements) {
      expect(text.slice(s.span.start, s.span.end)).toBe(s.text);
      expect(s.verbSpan!.start).toBeGreaterThanOrEqual(s.span.start);
      expect(s.verbSpan!.end).toBeLessThanOrEqual(s.span.end);
    }
  });

  it('reads a passive second clause after "and", and not a pronoun inside reported speech', () => {
    const { statements } = read(
      'The Commission presented the state of play and the timelines were presented by Europol. The moderator stressed that, together, we can ensure security.',
    );
    expect(statements.map((s) => [s.actor.id, s.voice])).toEqual([
      ['commission', 'active'],
      ['europol', 'passive'],
      ['unattributed', 'active'],
    ]);
  });

  it('reads a subject\'s "will" + verb as a commitment, but not "will be" or "will not"', () => {
    const { statements } = read(
      'The two sides will spare no effort to pursue accountability. The US will also continue its support. The EU will be represented by the Commission. The US will not attend.',
    );
    expect(statements.map((s) => [s.actor.id, s.verb, s.stance])).toEqual([
      ['both', 'spare', 'commitment'],
      ['us', 'continue', 'commitment'],
      ['eu', null, null],
      ['us', null, null],
    ]);
  });

  it('reads a reporting verb after a subject\'s "will" as a commitment, keeping its lemma', () => {
    const { statements } = read(
      'The U.S. and the EU will continue to share information on foreign terrorist fighters. The Commission will present its report in June. The US side said it would present a report.',
    );
    expect(statements.map((s) => [s.actor.id, s.verb, s.stance])).toEqual([
      ['both', 'share', 'commitment'],
      ['commission', 'present', 'commitment'],
      ['us', 'say', 'information'],
    ]);
  });

  it('reads the meeting itself, and "the US partners", as a speaker only as the subject of a reporting verb', () => {
    const { statements } = read(
      'The meeting reaffirmed the importance of the partnership. Discussions highlighted the resilience of hubs. The meeting was held in Lisbon. The Hungarian delegation raised the issue of visas. The US partners announced the end of the restrictions. Europol informed the US partners.',
    );
    expect(statements.map((s) => [s.actor.id, s.verb])).toEqual([
      ['both', 'reaffirm'],
      ['both', 'highlight'],
      ['unattributed', null],
      ['member-states', 'raise'],
      ['us', 'announce'],
      ['europol', 'inform'],
    ]);
  });

  it('reads a speaker\'s label ("US: informed ...", "US delegation: The crisis ...") as the speaker', () => {
    const { statements } = read(
      'US: informed that Croatia had joined. COM: welcomed the progress and called for a timeline. US delegation: The opioid crisis remains a priority. Accountability: the work goes on.',
    );
    expect(statements.map((s) => [s.actor.id, s.verb])).toEqual([
      ['us', 'inform'],
      ['commission', 'welcome'],
      ['us', null],
      ['unattributed', null],
    ]);
  });

  it('splits one speaker\'s contrasting verbs after ", but" into two statements', () => {
    const text =
      'The US side welcomed the proposal, but expressed concerns about encryption. The EU side agreed but noted the cost. The EU side recalled that the plan was late, but the US side stressed the progress.';
    const { statements } = read(text);
    expect(statements.map((s) => [s.actor.id, s.verb, s.stance, s.text])).toEqual([
      ['us', 'welcome', 'support', 'The US side welcomed the proposal'],
      ['us', 'express concern', 'concern', 'expressed concerns about encryption.'],
      // without the comma, one statement
      ['eu', 'agree', 'agreement', 'The EU side agreed but noted the cost.'],
      ['eu', 'recall', 'information', 'The EU side recalled that the plan was late'],
      ['us', 'stress', 'emphasis', 'the US side stressed the progress.'],
    ]);
    expect(statements[1]!.actor.mention).toBe('The US side');
  });

  it('reads a verb after "respectively" as the joint subject\'s', () => {
    const { statements } = read(
      'The Presidency and the Commission respectively presented the Council conclusions and the communication.',
    );
    expect(statements.map((s) => [s.actor.id, s.verb])).toEqual([['eu', 'present']]);
  });

  it('reads "US colleagues", "the US authorities", a Member State by name, as speakers only as subjects', () => {
    const { statements } = read(
      'US colleagues underlined the risks. The US administration noted the report. Germany raised the issue of transfers. The Netherlands asked for details. Europol recalled the routes through Hungary. The Commission informed the US authorities.',
    );
    expect(statements.map((s) => [s.actor.id, s.actor.side, s.verb])).toEqual([
      ['us', 'us', 'underline'],
      ['us', 'us', 'note'],
      ['member-states', 'eu', 'raise'],
      ['member-states', 'eu', 'ask'],
      ['europol', 'eu', 'recall'],
      ['commission', 'eu', 'inform'],
    ]);
  });

  it('reads a denied reporting verb as concern ("did not support", "was not in a position to")', () => {
    const { statements } = read(
      'The EU delegation did not support the proposal. The US side could not confirm the timeline. The US side was not in a position to commit to a date. The US side would not only welcome the plan. Neither side could confirm the date.',
    );
    expect(statements.map((s) => [s.actor.id, s.verb, s.stance])).toEqual([
      ['eu', 'not support', 'concern'],
      ['us', 'not confirm', 'concern'],
      ['us', 'not be in a position', 'concern'],
      ['us', null, null],
      ['both', 'not confirm', 'concern'],
    ]);
  });

  it('skips an "of the ..." phrase between a subject and its verb, and adverbs before a verb outside the lexicon', () => {
    const { statements } = read(
      'The participants of the videoconference agreed on the next steps. Both sides also examined the action plan.',
    );
    expect(statements.map((s) => [s.actor.id, s.verb])).toEqual([
      ['both', 'agree'],
      ['both', null],
    ]);
  });

  it('takes the reporting verb coordinated after a verb outside the lexicon', () => {
    const { statements } = read(
      'The Finnish Presidency opened the meeting and welcomed the US delegation. The US has admitted the delay.',
    );
    expect(statements.map((s) => [s.actor.id, s.verb])).toEqual([
      ['presidency', 'welcome'],
      ['us', null],
    ]);
  });

  it('reads office holders named after a portfolio or in apposition', () => {
    const { statements } = read(
      'The US Attorney General Pamela Bondi and the Secretary of Homeland Security Kristi Noem thanked the Presidency. The Polish Minister of the Interior and Administration, Tomasz Siemoniak, opened the meeting.',
    );
    expect(statements.map((s) => [s.actor.id, s.verb])).toEqual([
      ['us', 'thank'],
      ['presidency', null],
    ]);
  });

  it('splits a reply introduced by ", to which"', () => {
    const { statements } = read(
      'The EU side asked whether the US would lift restrictions soon, to which the US side replied that no decision had been taken.',
    );
    expect(statements.map((s) => [s.actor.id, s.verb])).toEqual([
      ['eu', 'ask'],
      ['us', 'reply'],
    ]);
  });

  it('does not split reported speech ("welcomed that the US side confirmed")', () => {
    const { statements } = read('The EU delegation welcomed that the US side confirmed its participation.');
    expect(statements).toHaveLength(1);
    expect(statements[0]!.actor.id).toBe('eu');
  });

  it('resolves It / Its / They to the previous actor with resolvedFrom', () => {
    const text =
      'The US delegation lauded the cooperation through the REPO taskforce. Its KleptoCapture Task Force is expanding its focus, and invited further cooperation. The EU delegation expressed an interest in further discussions. It updated the US side on efforts.';
    const { statements, warnings } = read(text);
    expect(statements.map((s) => [s.actor.id, s.actor.mention, s.actor.resolvedFrom, s.verb])).toEqual([
      ['us', 'The US delegation', null, 'laud'],
      ['us', 'Its', 's1', 'invite'],
      ['eu', 'The EU delegation', null, 'express interest'],
      ['eu', 'It', 's3', 'update'],
    ]);
    expect(warnings).toEqual([]);
  });

  it("reads an office in apposition after the holder's name as the speaker", () => {
    const { statements } = read(
      'Alejandro Mayorkas, Secretary of Homeland Security, underlined the threat. Mr Merrick Garland, US Attorney General, welcomed the agreement. Josep Borrell, High Representative, recalled the sanctions.',
    );
    expect(statements.map((s) => [s.actor.id, s.verb])).toEqual([
      ['us-dhs', 'underline'],
      ['us-doj', 'welcome'],
      ['eeas', 'recall'],
    ]);
  });

  it('reads past an insertion between dashes after the subject', () => {
    const { statements } = read(
      'The US side – represented by DHS – presented the policy. The EU side - as host - welcomed it.',
    );
    expect(statements.map((s) => [s.actor.id, s.verb])).toEqual([
      ['us', 'present'],
      ['eu', 'welcome'],
    ]);
  });

  it('resolves He / She to the previous speaker, named by office', () => {
    const { statements } = read(
      'Secretary Nielsen expressed appreciation for the cooperation on PNR. She regretted that some Member States did not use PNR data. Commissioner King briefed on interoperability. He stressed the need for quality data.',
    );
    expect(statements.map((s) => [s.actor.id, s.actor.mention, s.actor.resolvedFrom])).toEqual([
      ['us-dhs', 'Secretary Nielsen', null],
      ['us-dhs', 'She', 's1'],
      ['commission', 'Commissioner King', null],
      ['commission', 'He', 's3'],
    ]);
  });

  it('gives the items of a list after a lead-in ending with ":" the lead\'s speaker, verb and stance', () => {
    const { statements, warnings } = read(
      'The US side highlighted the following priorities:\n- The ratification of the Protocol;\n- the fight against ransomware.\nThe EU noted the list.\n- A bullet after no lead-in.',
    );
    expect(
      statements.map((s) => [
        s.actor.id,
        s.actor.mention,
        s.actor.resolvedFrom,
        s.verb,
        s.stance,
        s.verbSpan,
      ]),
    ).toEqual([
      ['us', 'The US side', null, 'highlight', 'emphasis', expect.anything()],
      ['us', null, 's1', 'highlight', 'emphasis', null],
      ['us', null, 's1', 'highlight', 'emphasis', null],
      ['eu', 'The EU', null, 'note', 'information', expect.anything()],
      ['unattributed', null, null, null, null, null],
    ]);
    expect(warnings).toEqual([]);
  });

  it('gives the items the verb that introduces the list, the last of the lead-in', () => {
    const { statements } = read(
      'Europol informed about the report and highlighted the following trends:\n- the rise of ransomware.',
      { withWords: true },
    );
    expect(statements.map((s) => [s.actor.id, s.verb, s.stance])).toEqual([
      ['europol', 'inform', 'information'],
      ['europol', 'highlight', 'emphasis'],
    ]);
  });

  it('continues a lead-in with lower-case lines too, but not an item that names its own speaker, nor across sections', () => {
    const { statements } = read(
      'Europol listed its concerns:\nthe volume of data;\nThe US side noted the volume.\n# Next\n- the timeline.',
    );
    expect(statements.map((s) => [s.actor.id, s.actor.resolvedFrom])).toEqual([
      ['europol', null],
      ['europol', 's1'],
      ['us', null],
      ['unattributed', null],
    ]);
  });

  it('reads "The latter" as the other actor named in the previous statement', () => {
    const { statements } = read(
      'The EU delegation updated the US side on the reform. The latter welcomed the update.',
    );
    expect(statements[1]!.actor).toMatchObject({ id: 'us', mention: 'The latter', resolvedFrom: 's1' });
  });

  it('does not treat "It" at the start of a section as resolvable from the previous section', () => {
    const text =
      'The US delegation warned of the threat.\n# 2. Counter-terrorism\nIt recalled that terrorism is on the rise.';
    const { statements, warnings } = read(text);
    expect(statements[1]!.actor).toMatchObject({ id: 'unattributed', mention: 'It', resolvedFrom: null });
    expect(warnings.map((w) => w.code)).toContain('unresolved-pronoun');
  });

  it('does not resolve an expletive "It is"', () => {
    const { statements, warnings } = read(
      'The EU delegation noted the plan. It is essential that platforms uphold their duties.',
    );
    expect(statements[1]!.actor.id).toBe('unattributed');
    expect(warnings).toEqual([]);
  });

  it('reads a speaker whose name carries a footnote call ("The Commission2 informed", "Europol4 presented")', () => {
    const { statements } = read(
      'The Commission2 informed about the Convention3. Europol12, presented the report.',
    );
    expect(statements.map((s) => [s.actor.id, s.actor.mention, s.verb])).toEqual([
      ['commission', 'The Commission', 'inform'],
      ['europol', 'Europol', 'present'],
    ]);
  });

  it('gives a named subject under a passive no verb: it is spoken to ("The Commission was invited to")', () => {
    const { statements } = read(
      'The Commission was invited to present a non-paper. The US side was informed that the report was late. The US side was pleased with the progress.',
    );
    expect(statements.map((s) => [s.actor.id, s.verb, s.stance])).toEqual([
      ['commission', null, null],
      ['us', null, null],
      ['us', 'be pleased', 'support'],
    ]);
  });

  it('reads an impersonal "It was agreed" as both sides, and no other impersonal passive', () => {
    const { statements, warnings } = read(
      'The EU delegation noted the plan. It was agreed that an expert meeting would be held in Brussels. It was agreed to hold a workshop in July. It was noted that the plan was late.',
    );
    expect(
      statements.map((s) => [s.actor.id, s.actor.mention, s.actor.resolvedFrom, s.verb, s.stance]),
    ).toEqual([
      ['eu', 'The EU delegation', null, 'note', 'information'],
      ['both', 'It', null, 'agree', 'agreement'],
      ['both', 'It', null, 'agree to', 'commitment'],
      ['unattributed', null, null, 'note', 'information'],
    ]);
    expect(warnings).toEqual([]);
  });

  it('keeps sentences with no speaker as unattributed, one warning per section without any speaker', () => {
    const text =
      'A whole-of-government approach was needed. Prosecutions were ongoing.\n# 2. Next\nThe next session will take place in June. The EU delegation welcomed this.';
    const { statements, warnings } = read(text);
    expect(statements.map((s) => s.actor.id)).toEqual(['unattributed', 'unattributed', 'unattributed', 'eu']);
    expect(statements[0]!.actor.side).toBe('other');
    expect(warnings.filter((w) => w.code === 'unattributed-sentence')).toHaveLength(1);
  });

  it('attributes a sentence-initial subject without a lexicon verb, with verb null', () => {
    const { statements } = read('The US has admitted over 283,000 Ukrainians.');
    expect(brief(statements[0]!)).toEqual({
      actor: 'us',
      side: 'us',
      verb: null,
      stance: null,
      voice: 'none',
    });
  });

  it('does not take a noun modifier "The US teams" for a speaker', () => {
    expect(read('The US teams on the ground were now pivoting to assist.').statements[0]!.actor.id).toBe(
      'unattributed',
    );
  });

  it('reads joint-statement subjects and present-tense verbs', () => {
    const text =
      'The United States and the European Union reaffirmed their strong partnership. The European Union and the United States welcome the adoption of the Convention. Participants look forward to the next meeting.';
    expect(read(text).statements.map((s) => [s.actor.id, s.stance])).toEqual([
      ['both', 'emphasis'],
      ['both', 'support'],
      ['both', 'interest'],
    ]);
  });

  it('reads a named body as speaker ("A brief presentation by Eurojust highlighted")', () => {
    const { statements } = read(
      'A brief presentation by Eurojust highlighted the ongoing cooperation on the ANOM case.',
    );
    expect(brief(statements[0]!)).toMatchObject({ actor: 'eurojust', verb: 'highlight', stance: 'emphasis' });
  });

  it('numbers statements s1, s2, ... in text order with spans that slice to text and verbs', () => {
    const text = 'Both sides welcomed the pilot. The US delegation asked for support. Calls are followed.';
    const { statements } = read(text);
    expect(statements.map((s) => s.id)).toEqual(['s1', 's2', 's3']);
    for (const s of statements) {
      expect(text.slice(s.span.start, s.span.end)).toBe(s.text);
      if (s.actor.mentionSpan)
        expect(text.slice(s.actor.mentionSpan.start, s.actor.mentionSpan.end)).toBe(s.actor.mention);
    }
    expect(text.slice(statements[1]!.verbSpan!.start, statements[1]!.verbSpan!.end)).toBe('asked');
  });

  it('skips a parenthesis or a comma-enclosed insertion between subject and verb', () => {
    const text =
      'The US delegation (DHS) presented the partnership. Europol, represented by its Executive Director, informed about the pilot.';
    // the body in brackets names the side's speaker
    expect(read(text).statements.map((s) => [s.actor.id, s.verb])).toEqual([
      ['us-dhs', 'present'],
      ['europol', 'inform'],
    ]);
  });

  it('reads the short form of some records: a bare side, a body in parentheses, a Presidency by its code', () => {
    const text =
      'US informed about the new strategy. US (DHS) presented the partnership. EU stressed the need for reciprocity. AT PRES welcomed the progress. US visa policy was discussed.';
    expect(read(text).statements.map((s) => [s.actor.id, s.verb, s.actor.mention])).toEqual([
      ['us', 'inform', 'US'],
      ['us-dhs', 'present', 'US (DHS)'],
      ['eu', 'stress', 'EU'],
      ['presidency', 'welcome', 'AT PRES'],
      ['unattributed', 'discuss', null],
    ]);
  });

  it('does not skip a relative clause as an insertion', () => {
    const { statements } = read(
      'The EU delegation, which chaired the meeting, and Europol welcomed the pilot.',
    );
    expect(statements[0]!.actor.id).not.toBe('eu');
  });

  it('reads titled office holders of a Ministerial as their body, joined into both', () => {
    const text =
      'Attorney General Merrick B. Garland and Commissioner Ylva Johansson welcomed the participants. Secretary of State Antony Blinken said the coalition would grow.';
    expect(read(text).statements.map((s) => [s.actor.id, s.verb])).toEqual([
      ['both', 'welcome'],
      ['us-state', 'say'],
    ]);
  });

  it('skips "for its part" and "in turn" between subject and verb', () => {
    const text = 'The EU side for its part noted the progress. The US delegation, in turn, welcomed it.';
    expect(read(text).statements.map((s) => [s.actor.id, s.verb])).toEqual([
      ['eu', 'note'],
      ['us', 'welcome'],
    ]);
  });

  it('reads a neutral passive participle with the stance of its subject noun', () => {
    const text =
      'Concerns about data localisation were raised by the US delegation. Support for the pilot was voiced by the Commission. Questions on the timeline were raised by the EU side. The agenda was raised by the Presidency.';
    expect(read(text).statements.map(brief)).toEqual([
      { actor: 'us', side: 'us', verb: 'express concern', stance: 'concern', voice: 'passive' },
      { actor: 'commission', side: 'eu', verb: 'express support', stance: 'support', voice: 'passive' },
      { actor: 'eu', side: 'eu', verb: 'raise', stance: 'request', voice: 'passive' },
      { actor: 'presidency', side: 'eu', verb: 'raise', stance: 'information', voice: 'passive' },
    ]);
  });

  it('reads a reporting participle in the passive with its own stance', () => {
    const text =
      'The need for swift action was highlighted by Europol. Strong support was reaffirmed by both sides.';
    expect(read(text).statements.map(brief)).toEqual([
      { actor: 'europol', side: 'eu', verb: 'highlight', stance: 'emphasis', voice: 'passive' },
      { actor: 'both', side: 'both', verb: 'express support', stance: 'support', voice: 'passive' },
    ]);
  });

  it('reads "a presentation was given by", "an update was provided by" and an agent after a quantifier', () => {
    const text =
      'A presentation was given by the FBI on ransomware. An update was provided by the Commission. Concern was expressed by several Member States about the delays.';
    expect(read(text).statements.map((s) => [s.actor.id, s.verb, s.stance])).toEqual([
      ['us-fbi', 'provide an update', 'information'],
      ['commission', 'provide an update', 'information'],
      ['member-states', 'express concern', 'concern'],
    ]);
  });

  it('keeps the cover-note formula unattributed, without a verb or a warning', () => {
    const { statements, warnings } = read(
      'Delegations will find attached the outcome of proceedings of the meeting.',
    );
    expect(statements.map((s) => [s.actor.id, s.verb, s.stance, s.text])).toEqual([
      [
        'unattributed',
        null,
        null,
        'Delegations will find attached the outcome of proceedings of the meeting.',
      ],
    ]);
    expect(warnings).toEqual([]);
  });

  it('does not read a passive without a named agent, nor a raised figure, as a speaker', () => {
    const text = 'Concerns were raised by several participants. The threshold was raised by 2 % in 2018.';
    expect(read(text).statements.map((s) => s.actor.id)).toEqual(['unattributed', 'unattributed']);
  });

  it('remembers an official named with a title and reads later mentions of the surname as that actor', () => {
    const text =
      'Attorney General Garland welcomed the delegation. Mr Garland informed about the MLA review. Mr Smith warned of delays.';
    expect(read(text).statements.map((s) => [s.actor.id, s.verb])).toEqual([
      ['us-doj', 'welcome'],
      ['us-doj', 'inform'],
      ['unattributed', 'warn'],
    ]);
  });

  it('reads "as underlined by X" as a passive agent', () => {
    const { statements } = read('Cooperation must continue, as underlined by the Commission.');
    expect(brief(statements[0]!)).toMatchObject({ actor: 'commission', verb: 'underline', voice: 'passive' });
  });

  it('reads "According to X," as X speaking, with no verb', () => {
    const { statements } = read('According to the US delegation, the threat is growing.');
    expect(brief(statements[0]!)).toEqual({
      actor: 'us',
      side: 'us',
      verb: null,
      stance: null,
      voice: 'none',
    });
  });

  it('carries the speaker across numbered paragraphs of a joint statement', () => {
    const text =
      'The United States and the European Union met in Brussels. They reaffirmed their partnership.';
    const cut = text.indexOf(' They');
    const { statements, warnings } = readStatements(text, [
      {
        span: { start: 0, end: cut },
        sectionId: 'p1',
        sectionKind: 'paragraph',
        subtopic: null,
        topicId: null,
      },
      {
        span: { start: cut + 1, end: text.length },
        sectionId: 'p2',
        sectionKind: 'paragraph',
        subtopic: null,
        topicId: null,
      },
    ]);
    expect(statements[1]!.actor).toMatchObject({ id: 'both', mention: 'They', resolvedFrom: 's1' });
    expect(warnings).toEqual([]);
  });

  it('does not read a noun after a singular actor as its verb ("The EU report on ...")', () => {
    const { statements } = read(
      'The EU report on synthetic drugs will be ready in June. The EU delegation will present it.',
    );
    expect(statements.map((s) => [s.actor.id, s.verb])).toEqual([
      ['unattributed', null],
      ['eu', 'present'],
    ]);
  });
});

describe('readStatements: a passive agent after the active speaker', () => {
  it('gives "..., which was echoed by the US delegation" its own statement', () => {
    const { statements } = read('The EU welcomed the progress, which was echoed by the US delegation.');
    expect(statements.map((s) => [s.actor.id, s.verb, s.voice, s.text])).toEqual([
      ['eu', 'welcome', 'active', 'The EU welcomed the progress'],
      ['us', 'echo', 'passive', 'which was echoed by the US delegation.'],
    ]);
  });

  it('keeps one statement when the agent is not in a clause of its own ("the progress achieved by the US")', () => {
    expect(
      read('The EU welcomed the progress achieved by the US delegation.').statements.map((s) => s.actor.id),
    ).toEqual(['eu']);
    expect(read('The US noted the concerns raised by the EU.').statements.map((s) => s.actor.id)).toEqual([
      'us',
    ]);
  });
});
