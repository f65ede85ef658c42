import { describe, expect, it } from 'vitest';
import { inflectVerb } from '../lexicon/verbs.js';
import { tokenizeWords } from './statements-words.js';
import { findReportingVerbs } from './verbs.js';

function verbsOf(text: string): [string, string | null, string][] {
  return findReportingVerbs(tokenizeWords(text, 0, text.length)).map((v) => [
    v.lemma,
    v.stance,
    text.slice(v.start, v.end),
  ]);
}

describe('inflectVerb', () => {
  it('inflects regular, -e, -y and doubling verbs', () => {
    expect(inflectVerb('welcome').map(([w]) => w)).toEqual([
      'welcome',
      'welcomes',
      'welcomed',
      'welcomed',
      'welcoming',
    ]);
    expect(inflectVerb('concur').map(([w]) => w)).toContain('concurred');
    expect(inflectVerb('identify').map(([w]) => w)).toEqual([
      'identify',
      'identifies',
      'identified',
      'identified',
      'identifying',
    ]);
    expect(inflectVerb('echo').map(([w]) => w)).toContain('echoes');
  });

  it('knows irregular pasts', () => {
    expect(inflectVerb('hold').map(([w]) => w)).toContain('held');
    expect(inflectVerb('take').map(([w]) => w)).toContain('took');
  });
});

describe('findReportingVerbs', () => {
  it.each([
    ['The US delegation welcomed the pilot.', 'welcome', 'support'],
    ['The US delegation lauded the cooperation.', 'laud', 'support'],
    ['The EU delegation expressed appreciation for the cooperation.', 'express appreciation', 'support'],
    ['The US delegation voiced admiration for the level of support.', 'voice admiration', 'support'],
    ['The US side expressed its full solidarity with Poland.', 'express solidarity', 'support'],
    ['The US side saw merit in the proposal.', 'see merit', 'support'],
    ['The EU side laid particular emphasis on safeguards.', 'place emphasis', 'emphasis'],
    ['The US side expressed some scepticism about the figures.', 'express scepticism', 'concern'],
    ['The Commission queried the timeline.', 'query', 'request'],
    ['The US side aligned itself with the EU position.', 'align with', 'agreement'],
    ['The Commission laid out the options.', 'lay out', 'information'],
    ['The EU delegation concurred that no trafficking was observed.', 'concur', 'agreement'],
    ['This was echoed by the US delegation.', 'echo', 'agreement'],
    ['The US delegation warned against a parallel regime.', 'warn', 'concern'],
    ['Both sides expressed their concern about the threat.', 'express concern', 'concern'],
    ['The US delegation called for a heightened effort.', 'call for', 'request'],
    ['The US was calling upon China to cooperate.', 'call for', 'request'],
    ['The EU delegation informed that the report will be ready.', 'inform', 'information'],
    ['The EU delegation provided an update on reflections.', 'provide an update', 'information'],
    ['The Parties held a detailed exchange on threats.', 'hold an exchange', 'information'],
    ['The Parties took note of the intention.', 'take note', 'information'],
    ['The EU delegation reiterated the need for safeguards.', 'reiterate', 'emphasis'],
    ['The EU delegation emphasized the need.', 'emphasise', 'emphasis'],
    ['Both sides shared an interest in further exchanges.', 'express interest', 'interest'],
    ['The US delegation was looking forward to operationalising this MoU.', 'look forward', 'interest'],
    ['The Presidency confirmed that it would host the meeting.', 'confirm', 'information'],
    ['The EU side noted with concern the rise in attacks.', 'note with concern', 'concern'],
    ['The US side noted with great satisfaction the progress.', 'note with satisfaction', 'support'],
    ['The EU side noted with interest the pilot.', 'note with interest', 'interest'],
    ['The Commission debriefed on the negotiations.', 'debrief', 'information'],
    ['The US side shared the EU’s assessment.', 'share the view', 'agreement'],
    ['The EU side shared concerns about the delays.', 'note with concern', 'concern'],
    ['The US touched upon the new rules.', 'touch upon', 'information'],
    ['The US elaborated on the new rules.', 'elaborate', 'information'],
    ['The US took the view that the rules sufficed.', 'take the view', 'information'],
    ['The US spoke about the new rules.', 'speak about', 'information'],
    ['The US addressed the new rules.', 'address', 'information'],
    ['The US commented on the new rules.', 'comment', 'information'],
    ['The US reserved its position on the text.', 'reserve its position', 'concern'],
    ['The US wondered whether the rules applied.', 'wonder', 'request'],
    ['The US put forward a proposal.', 'put forward', 'request'],
    ['The US brought up the question of visas.', 'bring up', 'request'],
    ['The Commission tabled a proposal.', 'table', 'information'],
    ['The US circulated a non-paper.', 'circulate', 'information'],
    ['The US was open to further talks.', 'be open', 'interest'],
    ['The EU side listed its concerns.', 'list', 'information'],
    ['The US signalled its willingness to help.', 'express readiness', 'commitment'],
    ['The US planned to host a workshop.', 'plan to', 'commitment'],
    ['The US aims to conclude soon.', 'aim to', 'commitment'],
  ])('reads "%s" as %s (%s)', (text, lemma, stance) => {
    const [first] = verbsOf(text);
    expect(first?.[0]).toBe(lemma);
    expect(first?.[1]).toBe(stance);
  });

  it('lets a multi-word phrase win over its first word', () => {
    expect(verbsOf('Both sides shared an interest in Moldova.')).toEqual([
      ['express interest', 'interest', 'shared an interest'],
    ]);
    expect(verbsOf('It shared the reflections underway.')[0]?.[0]).toBe('share');
  });

  it("reads 'agreed to <do>' as a commitment and 'agreed on/that' as agreement", () => {
    expect(verbsOf('Both sides agreed to continue working.')[0]).toEqual([
      'agree to',
      'commitment',
      'agreed to continue',
    ]);
    expect(verbsOf('The parties agreed to hold the next meeting.')[0]?.[1]).toBe('commitment');
    expect(verbsOf('Both sides agreed on the need to coordinate.')[0]).toEqual([
      'agree',
      'agreement',
      'agreed on',
    ]);
    expect(verbsOf('Both sides agreed that cooperation matters.')[0]?.[1]).toBe('agreement');
    expect(verbsOf('Both sides agreed to the proposal.')[0]).toEqual(['agree', 'agreement', 'agreed']);
  });

  it("reads 'would host' as a commitment but not a bare 'hosted'", () => {
    expect(verbsOf('It would host the next meeting.')[0]?.[1]).toBe('commitment');
    expect(verbsOf('a conference hosted by the Presidency')).toEqual([]);
  });

  it('does not read nouns without a verb form as verbs', () => {
    expect(verbsOf('A brief presentation on the exchanges of the summit.')).toEqual([]);
    // "table" and "list" are read only as the past "tabled", "listed"
    expect(verbsOf('A round table on the summit.')).toEqual([]);
    expect(verbsOf('The participants list is set out in the Annex.')).toEqual([]);
  });
});

describe('findReportingVerbs: replies, questions, feelings and views', () => {
  it.each([
    ['replied that the matter was urgent', 'reply', 'information'],
    ['responded to the question', 'respond', 'information'],
    ['inquired about the launch', 'inquire', 'request'],
    ['enquired about the launch', 'inquire', 'request'],
    ['reassured the EU', 'reassure', 'information'],
    ['voiced its disappointment', 'note with concern', 'concern'],
    ['shared its concerns about the timeline', 'note with concern', 'concern'],
    ['disappointed with the delay', 'be concerned', 'concern'],
    ['pleased with the results', 'be pleased', 'support'],
    ['of the view that more time was needed', 'be of the view', 'information'],
    ['keen to learn more about the hotspots', 'be keen', 'interest'],
    ['interested in the results', 'be keen', 'interest'],
    ['ready to support the EU', 'be ready', 'commitment'],
    ['assessed its implementation as positive', 'assess', 'information'],
    ['offered to assist', 'offer', 'commitment'],
    ['determined to act', 'be determined', 'commitment'],
    ['focused on data retention', 'focus on', 'emphasis'],
    ['took the floor to explain its position', 'take the floor', 'information'],
    ['expressed its openness to further talks', 'express interest', 'interest'],
    ['expressed its intention to present a proposal', 'express intention', 'commitment'],
    ['noted with regret the lack of progress', 'note with regret', 'concern'],
    ['questioned the need for new rules', 'question', 'concern'],
    ['criticised the decision', 'criticise', 'concern'],
    ['opposed the approach', 'oppose', 'concern'],
    ['advocated a common approach', 'advocate', 'support'],
    ['delivered a presentation on the threat', 'provide an update', 'information'],
    ['flagged the risk of conflicts of law', 'flag', 'information'],
    ['added that more was needed', 'add', 'information'],
    ['summarized its position', 'summarise', 'information'],
    ['prioritized the file', 'prioritise', 'emphasis'],
    ['conveyed its concerns', 'express concern', 'concern'],
    ['conveyed the message', 'convey', 'information'],
    ['reminded US delegates that legal action remains an option', 'remind', 'information'],
    ['rejected the proposal', 'reject', 'concern'],
    ['objected to the proposal', 'object to', 'concern'],
    ['expressed their determination to cooperate', 'express commitment', 'commitment'],
  ])('reads "%s" as %s (%s)', (text, lemma, stance) => {
    expect(verbsOf(text)[0]?.slice(0, 2)).toEqual([lemma, stance]);
  });

  it('keeps "shared the concern" (of another) as agreement', () => {
    expect(verbsOf('shared the concern')[0]?.slice(0, 2)).toEqual(['share the view', 'agreement']);
  });
});
