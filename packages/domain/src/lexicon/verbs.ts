import type { Stance } from '../schema/statement.js';

/**
 * One reporting verb or verb phrase, written in its base form ("express concern", "call for").
 * The first word is inflected (welcomed, welcomes, welcoming); the rest may hold wildcards:
 * `*` one word that is not a determiner, `?` one optional word.
 */
export interface ReportingVerb {
  /** Lemma reported in `Statement.verb`. */
  lemma: string;
  stance: Stance;
  /** Phrases in base form; defaults to `[lemma]`. */
  phrases?: string[];
  /** Only these inflections of the first word (e.g. modal phrases "will host" take none). */
  inflect?: boolean;
}

/**
 * The reporting-verb lexicon of the genre (DESIGN.md "Stances", DOMAIN.md §4), as a table.
 * Decisions: "agreed to <do>" is a commitment ("agreed to hold the next meeting"), while
 * "agreed", "agreed on", "agreed that", "agreed with" are agreement; "shared an interest" is
 * interest, "shared the view" agreement, bare "shared" information; "took stock", "discussed"
 * and "held an exchange" are information; "reaffirmed" is emphasis; "recognised" agreement;
 * "condemned" concern. Multi-word phrases win over single words (longest match).
 */
export const REPORTING_VERBS: readonly ReportingVerb[] = [
  // support
  { lemma: 'welcome', stance: 'support' },
  { lemma: 'praise', stance: 'support' },
  { lemma: 'laud', stance: 'support' },
  { lemma: 'appreciate', stance: 'support' },
  { lemma: 'commend', stance: 'support' },
  { lemma: 'applaud', stance: 'support' },
  { lemma: 'endorse', stance: 'support' },
  { lemma: 'thank', stance: 'support' },
  { lemma: 'congratulate', stance: 'support' },
  { lemma: 'support', stance: 'support' },
  { lemma: 'advocate', stance: 'support' },
  {
    lemma: 'note with satisfaction',
    stance: 'support',
    phrases: ['note with ? satisfaction', 'note with ? appreciation'],
  },
  {
    lemma: 'express appreciation',
    stance: 'support',
    phrases: [
      'express ? appreciation',
      'voice ? appreciation',
      'express ? gratitude',
      'express ? satisfaction',
    ],
  },
  { lemma: 'voice admiration', stance: 'support', phrases: ['voice ? admiration', 'express ? admiration'] },
  {
    lemma: 'be pleased',
    stance: 'support',
    inflect: false,
    phrases: [
      'pleased with',
      'pleased about',
      'pleased that',
      'pleased to',
      'satisfied with',
      'glad that',
      'glad to',
    ],
  },
  {
    lemma: 'express support',
    stance: 'support',
    phrases: ['express ? support', 'voice ? support', 'reaffirm ? support'],
  },
  // past forms only: "back" and "value" are mostly other words
  { lemma: 'back', stance: 'support', inflect: false, phrases: ['backed'] },
  { lemma: 'value', stance: 'support', inflect: false, phrases: ['valued'] },
  { lemma: 'see merit', stance: 'support', phrases: ['see ? merit in', 'see ? value in'] },
  {
    lemma: 'express solidarity',
    stance: 'support',
    phrases: [
      'express ? solidarity',
      'voice ? solidarity',
      'reaffirm ? solidarity',
      'express ? ? solidarity',
    ],
  },
  // agreement
  { lemma: 'concur', stance: 'agreement' },
  { lemma: 'agree', stance: 'agreement', phrases: ['agree', 'agree on', 'agree that', 'agree with'] },
  {
    lemma: 'align with',
    stance: 'agreement',
    phrases: ['align with', 'align itself with', 'align themselves with'],
  },
  { lemma: 'query', stance: 'request', inflect: false, phrases: ['queried'] },
  { lemma: 'echo', stance: 'agreement' },
  { lemma: 'join', stance: 'agreement' },
  { lemma: 'recognise', stance: 'agreement', phrases: ['recognise', 'recognize'] },
  { lemma: 'acknowledge', stance: 'agreement' },
  {
    lemma: 'share the view',
    stance: 'agreement',
    phrases: [
      'share the view',
      'share ? assessment',
      'share ? concern',
      'share ? views',
      'share ? position',
      // "shared the EU's assessment" (the possessive "'s" is a word of its own)
      'share the * s view',
      'share the * s views',
      'share the * s assessment',
      'share the * s position',
    ],
  },
  // concern
  { lemma: 'warn', stance: 'concern' },
  {
    lemma: 'express concern',
    stance: 'concern',
    phrases: [
      'express ? concern',
      'express ? concerns',
      'voice ? concern',
      'voice ? concerns',
      'raise ? concerns',
      'raise ? concern',
      'convey ? concerns',
      'convey ? concern',
    ],
  },
  { lemma: 'regret', stance: 'concern' },
  { lemma: 'condemn', stance: 'concern' },
  { lemma: 'deplore', stance: 'concern' },
  { lemma: 'caution', stance: 'concern' },
  { lemma: 'reject', stance: 'concern' },
  { lemma: 'lament', stance: 'concern' },
  // past forms only: "doubts" and "challenges" are mostly nouns
  { lemma: 'doubt', stance: 'concern', inflect: false, phrases: ['doubted'] },
  { lemma: 'challenge', stance: 'concern', inflect: false, phrases: ['challenged'] },
  {
    lemma: 'express scepticism',
    stance: 'concern',
    phrases: ['express ? scepticism', 'express ? skepticism', 'voice ? scepticism', 'voice ? skepticism'],
  },
  { lemma: 'question', stance: 'concern' },
  { lemma: 'criticise', stance: 'concern', phrases: ['criticise', 'criticize'] },
  { lemma: 'oppose', stance: 'concern' },
  { lemma: 'note with regret', stance: 'concern', phrases: ['note with ? regret'] },
  {
    lemma: 'not be in a position',
    stance: 'concern',
    inflect: false,
    phrases: ['not in a position to', 'unable to'],
  },
  { lemma: 'disagree', stance: 'concern' },
  { lemma: 'object to', stance: 'concern', phrases: ['object to'] },
  { lemma: 'decline', stance: 'concern', phrases: ['decline to'] },
  // a reservation: not (yet) agreeing
  {
    lemma: 'reserve its position',
    stance: 'concern',
    phrases: ['reserve ? position', 'enter a reservation'],
  },
  {
    lemma: 'note with concern',
    stance: 'concern',
    phrases: [
      'note with ? concern',
      'express ? regret',
      'express ? doubts',
      'express ? reservations',
      'express ? disappointment',
      'voice ? disappointment',
      'express ? frustration',
      'voice ? frustration',
      'share ? concerns',
    ],
  },
  {
    lemma: 'be concerned',
    stance: 'concern',
    inflect: false,
    phrases: [
      'concerned about',
      'concerned by',
      'concerned that',
      'worried about',
      'worried that',
      'disappointed that',
      'disappointed by',
      'disappointed with',
      'disappointed about',
    ],
  },
  // request
  { lemma: 'call for', stance: 'request', phrases: ['call for', 'call on', 'call upon'] },
  { lemma: 'ask', stance: 'request' },
  { lemma: 'inquire', stance: 'request', phrases: ['inquire', 'enquire'] },
  { lemma: 'invite', stance: 'request' },
  { lemma: 'urge', stance: 'request' },
  { lemma: 'encourage', stance: 'request' },
  { lemma: 'request', stance: 'request' },
  { lemma: 'propose', stance: 'request' },
  // "put" is its own past: as a base form it would need a plural subject, so the forms are listed
  {
    lemma: 'put forward',
    stance: 'request',
    inflect: false,
    phrases: ['put forward', 'puts forward', 'putting forward'],
  },
  { lemma: 'wonder', stance: 'request' },
  { lemma: 'bring up', stance: 'request', phrases: ['bring up'] },
  { lemma: 'suggest', stance: 'request' },
  { lemma: 'recommend', stance: 'request' },
  { lemma: 'seek', stance: 'request' },
  { lemma: 'press for', stance: 'request' },
  {
    lemma: 'raise',
    stance: 'request',
    phrases: [
      'raise ? question',
      'raise ? questions',
      'raise ? issue',
      'raise ? issues',
      'raise ? ? issue',
      'raise ? point',
    ],
  },
  // information
  { lemma: 'inform', stance: 'information' },
  { lemma: 'update', stance: 'information' },
  { lemma: 'present', stance: 'information' },
  { lemma: 'outline', stance: 'information' },
  { lemma: 'note', stance: 'information' },
  { lemma: 'recall', stance: 'information' },
  { lemma: 'remind', stance: 'information' },
  { lemma: 'add', stance: 'information' },
  { lemma: 'convey', stance: 'information' },
  { lemma: 'summarise', stance: 'information', phrases: ['summarise', 'summarize'] },
  { lemma: 'flag', stance: 'information' },
  { lemma: 'take the floor', stance: 'information', phrases: ['take the floor'] },
  { lemma: 'introduce', stance: 'information' },
  { lemma: 'believe', stance: 'information' },
  { lemma: 'refer', stance: 'information' },
  { lemma: 'confirm', stance: 'information' },
  { lemma: 'share', stance: 'information' },
  { lemma: 'brief', stance: 'information', inflect: false, phrases: ['briefed'] },
  { lemma: 'debrief', stance: 'information', inflect: false, phrases: ['debriefed'] },
  { lemma: 'touch upon', stance: 'information', phrases: ['touch upon', 'touch on'] },
  // past form only: "the participants list" is a noun
  { lemma: 'list', stance: 'information', inflect: false, phrases: ['listed'] },
  { lemma: 'elaborate', stance: 'information', phrases: ['elaborate on', 'elaborate'] },
  { lemma: 'specify', stance: 'information' },
  { lemma: 'remark', stance: 'information' },
  { lemma: 'review', stance: 'information' },
  { lemma: 'reflect on', stance: 'information', phrases: ['reflect on', 'reflect upon'] },
  { lemma: 'intervene', stance: 'information' },
  { lemma: 'contend', stance: 'information' },
  { lemma: 'justify', stance: 'information' },
  { lemma: 'submit', stance: 'information' },
  // "laid out" only: "is set out in the Annex" describes a text
  { lemma: 'lay out', stance: 'information', inflect: false, phrases: ['laid out'] },
  // past forms only: "an answer", "a query" are nouns
  { lemma: 'answer', stance: 'information', inflect: false, phrases: ['answered'] },
  { lemma: 'take the view', stance: 'information', phrases: ['take the view'] },
  { lemma: 'speak about', stance: 'information', phrases: ['speak about', 'speak on', 'speak of'] },
  { lemma: 'address', stance: 'information' },
  { lemma: 'comment', stance: 'information', phrases: ['comment on', 'comment'] },
  // "tabled a proposal", "circulated a non-paper": the noun "table" is no verb, so past forms only
  { lemma: 'table', stance: 'information', inflect: false, phrases: ['tabled'] },
  { lemma: 'circulate', stance: 'information', inflect: false, phrases: ['circulated'] },
  { lemma: 'explain', stance: 'information' },
  { lemma: 'describe', stance: 'information' },
  { lemma: 'report', stance: 'information' },
  { lemma: 'state', stance: 'information' },
  { lemma: 'indicate', stance: 'information' },
  { lemma: 'mention', stance: 'information' },
  { lemma: 'assess', stance: 'information' },
  { lemma: 'announce', stance: 'information' },
  { lemma: 'identify', stance: 'information' },
  { lemma: 'observe', stance: 'information' },
  { lemma: 'consider', stance: 'information' },
  { lemma: 'discuss', stance: 'information' },
  { lemma: 'point out', stance: 'information' },
  { lemma: 'point to', stance: 'information' },
  { lemma: 'signal', stance: 'information' },
  { lemma: 'say', stance: 'information' },
  { lemma: 'clarify', stance: 'information' },
  { lemma: 'argue', stance: 'information' },
  { lemma: 'assure', stance: 'information' },
  { lemma: 'reassure', stance: 'information' },
  { lemma: 'conclude', stance: 'information' },
  { lemma: 'reply', stance: 'information' },
  { lemma: 'respond', stance: 'information' },
  {
    lemma: 'be of the view',
    stance: 'information',
    inflect: false,
    phrases: ['of the view that', 'of the opinion that', 'of the view', 'of the opinion'],
  },
  {
    lemma: 'provide information',
    stance: 'information',
    phrases: [
      'provide ? information',
      'provide ? overview',
      'provide ? ? overview',
      'give ? overview',
      'give ? ? overview',
    ],
  },
  { lemma: 'take note', stance: 'information', phrases: ['take note', 'take ? note'] },
  { lemma: 'take stock', stance: 'information' },
  {
    lemma: 'provide an update',
    stance: 'information',
    phrases: [
      'provide ? update',
      'provide ? ? update',
      'give ? update',
      'give ? ? update',
      'give ? presentation',
      'make ? presentation',
      'deliver ? presentation',
      'give ? ? presentation',
      'make ? ? presentation',
      'deliver ? ? presentation',
    ],
  },
  {
    lemma: 'hold an exchange',
    stance: 'information',
    phrases: [
      'hold ? exchange',
      'hold ? ? exchange',
      'hold ? discussion',
      'hold ? ? discussion',
      'have ? exchange',
      'have ? ? exchange',
      'have ? discussion',
      'have ? ? discussion',
      'exchange views',
      'exchange information',
      'exchange ? views',
    ],
  },
  // emphasis
  { lemma: 'underline', stance: 'emphasis' },
  // only as a finite verb: "its focus on ..." is a noun
  {
    lemma: 'focus on',
    stance: 'emphasis',
    inflect: false,
    phrases: ['focused on', 'focussed on', 'focuses on', 'focused its attention on'],
  },
  { lemma: 'highlight', stance: 'emphasis' },
  { lemma: 'stress', stance: 'emphasis' },
  { lemma: 'reiterate', stance: 'emphasis' },
  { lemma: 'emphasise', stance: 'emphasis', phrases: ['emphasise', 'emphasize'] },
  { lemma: 'prioritise', stance: 'emphasis', phrases: ['prioritise', 'prioritize'] },
  { lemma: 'reaffirm', stance: 'emphasis' },
  { lemma: 'underscore', stance: 'emphasis' },
  { lemma: 'reconfirm', stance: 'emphasis' },
  { lemma: 'insist', stance: 'emphasis' },
  { lemma: 'maintain', stance: 'emphasis' },
  { lemma: 'defend', stance: 'emphasis' },
  { lemma: 'draw attention', stance: 'emphasis', phrases: ['draw attention', 'draw ? attention'] },
  {
    lemma: 'place emphasis',
    stance: 'emphasis',
    phrases: ['place ? emphasis', 'place ? ? emphasis', 'put ? emphasis', 'lay ? emphasis'],
  },
  // commitment
  { lemma: 'commit', stance: 'commitment' },
  { lemma: 'pledge', stance: 'commitment' },
  { lemma: 'undertake', stance: 'commitment' },
  { lemma: 'promise', stance: 'commitment' },
  { lemma: 'stand ready', stance: 'commitment' },
  {
    lemma: 'be ready',
    stance: 'commitment',
    inflect: false,
    phrases: ['ready to', 'willing to', 'prepared to'],
  },
  {
    lemma: 'express readiness',
    stance: 'commitment',
    phrases: [
      'express ? readiness',
      'express ? willingness',
      'confirm ? readiness',
      'confirm ? willingness',
      'signal ? readiness',
      'signal ? willingness',
      'indicate ? readiness',
      'indicate ? willingness',
    ],
  },
  { lemma: 'agree to', stance: 'commitment', phrases: ['agree to *'] },
  { lemma: 'decide to', stance: 'commitment', phrases: ['decide to *'] },
  { lemma: 'intend to', stance: 'commitment', phrases: ['intend to *'] },
  { lemma: 'plan to', stance: 'commitment', phrases: ['plan to *'] },
  { lemma: 'aim to', stance: 'commitment', phrases: ['aim to *'] },
  { lemma: 'offer', stance: 'commitment' },
  {
    lemma: 'express intention',
    stance: 'commitment',
    phrases: ['express ? intention', 'announce ? intention'],
  },
  { lemma: 'be determined', stance: 'commitment', inflect: false, phrases: ['determined to'] },
  {
    lemma: 'express commitment',
    stance: 'commitment',
    phrases: ['express ? determination', 'express ? commitment', 'express ? ? commitment'],
  },
  {
    lemma: 'host',
    stance: 'commitment',
    inflect: false,
    phrases: [
      'will host',
      'would host',
      'will hold',
      'would hold',
      'will organise',
      'would organise',
      'will convene',
      'offered to host',
    ],
  },
  // interest
  { lemma: 'be open', stance: 'interest', inflect: false, phrases: ['open to'] },
  {
    lemma: 'express interest',
    stance: 'interest',
    phrases: [
      'express ? interest',
      'voice ? interest',
      'show ? interest',
      'share ? interest',
      'share ? ? interest',
      'express ? openness',
      'express ? wish',
      'express ? desire',
    ],
  },
  { lemma: 'look forward', stance: 'interest', phrases: ['look forward'] },
  { lemma: 'note with interest', stance: 'interest', phrases: ['note with ? interest'] },
  { lemma: 'express hope', stance: 'interest', phrases: ['express ? hope', 'hope'] },
  {
    lemma: 'be keen',
    stance: 'interest',
    inflect: false,
    phrases: ['keen to', 'keen on', 'eager to', 'interested in'],
  },
];

/** How a form of the first word relates to its lemma. */
export type VerbForm = 'base' | 'present' | 'past' | 'participle' | 'gerund' | 'fixed';

const IRREGULAR: Record<string, [past: string, participle: string]> = {
  hold: ['held', 'held'],
  take: ['took', 'taken'],
  give: ['gave', 'given'],
  make: ['made', 'made'],
  draw: ['drew', 'drawn'],
  put: ['put', 'put'],
  show: ['showed', 'shown'],
  undertake: ['undertook', 'undertaken'],
  have: ['had', 'had'],
  seek: ['sought', 'sought'],
  say: ['said', 'said'],
  speak: ['spoke', 'spoken'],
  bring: ['brought', 'brought'],
  stand: ['stood', 'stood'],
  see: ['saw', 'seen'],
  lay: ['laid', 'laid'],
};
const DOUBLES = new Set([
  'regret',
  'commit',
  'refer',
  'concur',
  'submit',
  'prefer',
  'signal',
  'flag',
  'plan',
]);

/**
 * The inflections of a base-form verb: base, -s, past, participle, -ing.
 * @example inflectVerb('concur') // [['concur','base'], ['concurs','present'], ['concurred','past'], ...]
 */
export function inflectVerb(base: string): [string, VerbForm][] {
  const irregular = IRREGULAR[base];
  let stem = base;
  if (DOUBLES.has(base)) stem = base + base.slice(-1);
  let past: string;
  let gerund: string;
  let present = base === 'have' ? 'has' : `${base}s`;
  if (base.endsWith('e')) {
    past = `${base}d`;
    gerund = `${base.slice(0, -1)}ing`;
  } else if (/[^aeiou]y$/.test(base)) {
    past = `${base.slice(0, -1)}ied`;
    present = `${base.slice(0, -1)}ies`;
    gerund = `${base}ing`;
  } else {
    past = `${stem}ed`;
    gerund = `${stem}ing`;
    if (/(?:s|sh|ch|x|o)$/.test(base)) present = `${base}es`;
  }
  return [
    [base, 'base'],
    [present, 'present'],
    [irregular?.[0] ?? past, 'past'],
    [irregular?.[1] ?? past, 'participle'],
    [gerund, 'gerund'],
  ];
}
