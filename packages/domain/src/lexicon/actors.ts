import type { Side } from '../schema/statement.js';
import { COUNTRY_CODES, MEMBER_STATE_NAMES, PRESIDENCY_ADJECTIVES } from './presidencies.js';

/** A speaker the genre names, with the side it speaks for and the ways it is written. */
export interface ActorDefinition {
  id: string;
  side: Side;
  /** Phrases as written in records; "the" also matches "The"; acronyms match as written. */
  aliases: string[];
  /**
   * Phrases that name the actor only as the subject of a reporting verb, never elsewhere: the
   * meeting itself ("The meeting reaffirmed", "Discussions highlighted", but "The meeting was
   * held", "informed the meeting"), "The US partners announced" (but "with the US partners").
   */
  subjectOnlyAliases?: string[];
}

const DELEGATION_WORDS = [
  'delegation',
  'side',
  'representatives',
  'representative',
  'delegates',
  'co-chair',
  'co-chairs',
];

/** Words naming a side's people without "the" ("US representatives noted ...", "EU co-chairs"). */
const PEOPLE_WORDS = [
  'representatives',
  'officials',
  'delegates',
  'experts',
  'side',
  'delegation',
  'co-chair',
  'co-chairs',
];

function sideAliases(names: string[]): string[] {
  const out: string[] = [];
  for (const name of names) {
    if (name !== 'European' && name !== 'American') out.push(`the ${name}`);
    for (const w of DELEGATION_WORDS) out.push(`the ${name} ${w}`);
    if (name !== 'European' && name !== 'American')
      for (const w of PEOPLE_WORDS) {
        out.push(`${name} ${w}`);
        if (!DELEGATION_WORDS.includes(w)) out.push(`the ${name} ${w}`);
      }
  }
  return out;
}

/**
 * Both sides named together with a people word: "the US and EU sides", "EU and US officials",
 * "the EU and the U.S. delegations".
 */
const JOINT_SIDE_ALIASES: readonly string[] = (() => {
  const out = new Set<string>();
  const pairs = [
    ['EU', 'US'],
    ['US', 'EU'],
    ['EU', 'U.S.'],
    ['U.S.', 'EU'],
  ];
  const people = [
    'side',
    'sides',
    'delegation',
    'delegations',
    'officials',
    'representatives',
    'experts',
    'co-chairs',
  ];
  for (const [a, b] of pairs)
    for (const the of ['', 'the '])
      for (const word of people) {
        out.add(`the ${a} and ${the}${b} ${word}`);
        out.add(`${a} and ${the}${b} ${word}`);
      }
  return [...out];
})();

const UKRAINE_OFFICES = ['Minister', 'Prosecutor General', 'Deputy Minister', 'Deputy Prosecutor General'];

/** The Council codes of the Member States a record may name as speakers: Italy's "IT" aside, which as often means information technology ("IT experts"). */
const MEMBER_STATE_CODES = COUNTRY_CODES.filter((code) => code !== 'IT');

/**
 * Actor aliases → id + side. Decisions: "US partners" speaks only as a subject ("The US partners
 * announced"; "with the US partners" names nobody); a
 * Presidency named by its country ("the Swedish Presidency") is `presidency`, the incoming one
 * `incoming-presidency`; "The United States and the European Union" in either order is `both`.
 * Named US bodies (DOJ, DHS, State, DEA, FBI) have side `us`; EU bodies side `eu`. In a
 * Ministerial record "Ministers" are both sides; a minister named by the Presidency's country
 * ("the Belgian Minister of Justice") speaks for the `presidency`; a Commissioner for the
 * `commission`; a Minister named without a country ("Minister Hojs") in these records is the
 * Presidency's (the US side has Secretaries, not Ministers). US titles without a department ("US
 * Ambassador ^", "US Assistant Secretary ^") are `us`. A "Secretary ^" with a surname is a US
 * cabinet Secretary (`us`; EU Presidencies have State Secretaries), unless the surname was placed
 * by a fuller title earlier (parse/actors.ts). The EMCDDA and its successor, the EU Drugs Agency, are one actor `euda`.
 * The High Representative speaks for the `eeas`. Ukraine, a third party at some meetings, is
 * `ukraine` (side `other`) when its delegation or an office holder speaks; the country's name
 * alone is never a speaker ("Ukraine remains a priority"). An office after a body ("Europol's
 * Executive Director", "the FBI Director") is read in parse/actors.ts, not listed here.
 */
export const ACTORS: readonly ActorDefinition[] = [
  {
    id: 'both',
    side: 'both',
    aliases: [
      'both sides',
      'both parties',
      'both delegations',
      // "Neither side could confirm ...": both, with the verb denied (parse/statements-subjects.ts)
      'neither side',
      'neither party',
      'neither delegation',
      'the Parties',
      'the two sides',
      'the two parties',
      'the two delegations',
      'the sides',
      'the delegations',
      'all participants',
      'all parties',
      'participants',
      'the participants',
      'all delegations',
      'parties',
      'Ministers',
      'the Ministers',
      'all Ministers',
      'both Ministers',
      'the co-chairs',
      'the two co-chairs',
      'the co-chairs of the meeting',
      'the United States and the European Union',
      'the European Union and the United States',
      'European Union and the United States',
      'the United States of America and the European Union',
      'the European Union and the United States of America',
      'the EU and US side',
      'the EU and the US side',
      'delegations',
      'the U.S. and the EU',
      'the EU and the U.S.',
      'the US and the EU',
      'the EU and the US',
      'the EU and US',
      'the US and EU',
      'the EU and U.S.',
      'the U.S. and EU',
      ...JOINT_SIDE_ALIASES,
      'we',
    ],
    // the joint voice of a joint statement: "The meeting reaffirmed the partnership"
    subjectOnlyAliases: [
      'the meeting',
      'the Ministerial meeting',
      'the discussion',
      'the discussions',
      'discussions',
    ],
  },
  {
    id: 'us',
    side: 'us',
    aliases: [
      ...sideAliases(['US', 'U.S.', 'United States', 'United States of America', 'American', 'USA']),
      // the short form of some records ("US informed about ...", "US (DHS) presented ...")
      'US',
      'U.S.',
      'USA',
      'the US government',
      'the US Mission to the EU',
      'the U.S. Mission to the EU',
      'the US Mission to the European Union',
      'the U.S. Mission to the European Union',
      'the US Mission',
      'the U.S. government',
      'the US Ambassador',
      'the U.S. Ambassador',
      'the US Ambassador to the EU',
      'the US Ambassador to the European Union',
      'US Ambassador ^',
      'US Ambassador ^ ^',
      'U.S. Ambassador ^',
      'U.S. Ambassador ^ ^',
      'the US Assistant Secretary',
      'US Assistant Secretary ^',
      'US Assistant Secretary ^ ^',
      'U.S. Assistant Secretary ^',
      'U.S. Assistant Secretary ^ ^',
      // US sub-cabinet offices, named with or without the holder ("The Assistant Secretary for
      // Border and Immigration Policy explained"): the EU side has no such titles
      'the Assistant Secretary',
      'Assistant Secretary ^',
      'Assistant Secretary ^ ^',
      'the Deputy Assistant Secretary',
      'Deputy Assistant Secretary ^',
      'Deputy Assistant Secretary ^ ^',
      'the Under Secretary',
      // in apposition after the holder's name ("Jane Doe, Under Secretary for Policy, noted ...")
      'Under Secretary',
      'Assistant Secretary',
      'Deputy Assistant Secretary',
      'Under Secretary ^',
      'Under Secretary ^ ^',
      // a US cabinet Secretary named without a department ("Secretary Johnson"); parse/actors.ts
      // keeps it off "State Secretary X" and "Secretary General X", and a surname already placed
      // by a fuller title ("Secretary of Homeland Security Mayorkas") wins
      'Secretary ^',
      'Secretary ^ ^',
    ],
    subjectOnlyAliases: [
      'the US partners',
      'the U.S. partners',
      'US partners',
      // "US colleagues underlined", "The US authorities confirmed" (but "with US counterparts")
      ...['US', 'U.S.'].flatMap((us) =>
        ['colleagues', 'counterparts', 'authorities', 'administration'].flatMap((w) => [
          `the ${us} ${w}`,
          `${us} ${w}`,
        ]),
      ),
    ],
  },
  {
    id: 'eu',
    side: 'eu',
    aliases: [...sideAliases(['EU', 'European Union', 'European', 'E.U.']), 'EU', 'E.U.', 'European Union'],
    subjectOnlyAliases: ['EU colleagues', 'EU counterparts', 'the EU counterparts'],
  },
  {
    id: 'incoming-presidency',
    side: 'eu',
    aliases: [
      ...['incoming', 'future', 'next', 'upcoming'].flatMap((w) => [
        `the ${w} Presidency`,
        `the ${w} Council Presidency`,
        ...PRESIDENCY_ADJECTIVES.map((a) => `the ${w} ${a} Presidency`),
      ]),
    ],
  },
  {
    id: 'presidency',
    side: 'eu',
    aliases: [
      'the Presidency',
      'the EU Presidency',
      // a SOM is chaired by the Presidency
      'the Chair',
      'the chair of the meeting',
      // the chair of the Council's internal security committee comes from the Presidency
      'the COSI Chair',
      'the Chair of COSI',
      'COSI Chair ^',
      'COSI Chair ^ ^',
      'the COSI Chair ^',
      'the COSI Chair ^ ^',
      'PRES',
      'the PRES',
      // "AT PRES", "the RO Presidency": the country codes of Council documents
      ...COUNTRY_CODES.flatMap((c) => [`${c} PRES`, `${c} Presidency`, `the ${c} Presidency`]),
      'the Council Presidency',
      'the current Presidency',
      'the rotating Presidency',
      ...PRESIDENCY_ADJECTIVES.map((a) => `the ${a} Presidency`),
      ...PRESIDENCY_ADJECTIVES.map((a) => `the ${a} EU Presidency`),
      ...PRESIDENCY_ADJECTIVES.flatMap((a) => [
        `the ${a} Minister`,
        `the ${a} Minister of ^`,
        `the ${a} Minister for ^`,
        `the ${a} Minister of ^ and ^`,
        `the ${a} Minister for ^ and ^`,
        `the ${a} Minister of the ^`,
        `the ${a} Minister of the ^ and ^`,
        `the ${a} Ministers`,
      ]),
      'Minister ^',
      'Minister ^ ^',
      'the Minister',
    ],
  },
  {
    id: 'commission',
    side: 'eu',
    aliases: [
      'the Commission',
      'the European Commission',
      // Council shorthand in outcome records
      'CION',
      'the CION',
      'COM',
      'the EU Commission',
      // its directorates-general
      'DG HOME',
      'DG JUST',
      'DG Migration and Home Affairs',
      'DG Justice and Consumers',
      'Commission representatives',
      'Commissioner ^',
      'Commissioner ^ ^',
      'Commissioner ^ ^ ^',
      'the Commissioner',
      'the Commissioner for ^',
      'the Commissioner for ^ ^',
      'Commissioner for ^',
      'Commissioner for ^ ^',
      'Vice-President ^',
      'Vice-President ^ ^',
    ],
  },
  {
    id: 'eeas',
    side: 'eu',
    aliases: [
      'the EEAS',
      'EEAS',
      'the European External Action Service',
      'the High Representative',
      'High Representative',
      'the High Representative/Vice-President',
      'the HR/VP',
      'High Representative ^',
      'High Representative ^ ^',
      'High Representative/Vice-President ^',
      'High Representative/Vice-President ^ ^',
      // the EU's embassy in the United States
      'the EU Delegation to the United States',
      'the EU Delegation to the US',
      'the EU Delegation in Washington',
      'the EU Delegation in Washington, D.C.',
    ],
  },
  { id: 'europol', side: 'eu', aliases: ['Europol'] },
  { id: 'eurojust', side: 'eu', aliases: ['Eurojust'] },
  { id: 'frontex', side: 'eu', aliases: ['Frontex'] },
  {
    id: 'eppo',
    side: 'eu',
    aliases: ['the EPPO', 'EPPO', "the European Public Prosecutor's Office", 'the European Chief Prosecutor'],
  },
  { id: 'eu-lisa', side: 'eu', aliases: ['eu-LISA', 'the eu-LISA', 'EU-LISA'] },
  { id: 'cepol', side: 'eu', aliases: ['CEPOL', 'the CEPOL'] },
  {
    id: 'enisa',
    side: 'eu',
    aliases: [
      'ENISA',
      'the ENISA',
      'the EU Agency for Cybersecurity',
      'the European Union Agency for Cybersecurity',
    ],
  },
  {
    id: 'euda',
    side: 'eu',
    aliases: [
      'the European Union Drugs Agency',
      'the EU Drugs Agency',
      'the EUDA',
      'EUDA',
      'the EMCDDA',
      'EMCDDA',
      'the European Monitoring Centre for Drugs and Drug Addiction',
    ],
  },
  {
    id: 'euaa',
    side: 'eu',
    aliases: ['the EUAA', 'EUAA', 'the EU Agency for Asylum', 'the European Union Agency for Asylum'],
  },
  {
    id: 'eu-ctc',
    side: 'eu',
    aliases: [
      'the EU Counter-Terrorism Coordinator',
      'the EU Counterterrorism Coordinator',
      'the EU Counter Terrorism Coordinator',
      'the Counter-Terrorism Coordinator',
      'the EU CTC',
      'EU CTC',
      'the CTC',
      // before the holder's name, without the article
      'EU Counter-Terrorism Coordinator',
      'EU Counterterrorism Coordinator',
    ],
  },
  {
    id: 'council-secretariat',
    side: 'eu',
    aliases: [
      'the General Secretariat',
      'the General Secretariat of the Council',
      'the GSC',
      'the Council Secretariat',
      'the Council General Secretariat',
    ],
  },
  {
    // the Union's data protection authorities, heard on data transfer files
    id: 'edps',
    side: 'eu',
    aliases: [
      'the EDPS',
      'EDPS',
      'the European Data Protection Supervisor',
      'the EDPB',
      'EDPB',
      'the European Data Protection Board',
    ],
  },
  {
    id: 'european-parliament',
    side: 'eu',
    aliases: [
      'the European Parliament',
      'the EP',
      'EP',
      'the Parliament',
      'the LIBE Committee',
      'LIBE',
      "the European Parliament's rapporteur",
      'the EP rapporteur',
    ],
  },
  {
    id: 'member-states',
    side: 'eu',
    aliases: [
      'the Member States',
      'EU Member States',
      'the EU Member States',
      'Member States',
      // "One Member State asked ...", "Another Member State ..."
      'Member State',
      'MS',
      'the MS',
      'EU MS',
      // a national delegation speaking in its own name
      ...PRESIDENCY_ADJECTIVES.map((a) => `the ${a} delegation`),
      // ... or by its Council code ("DE asked", "FR and NL supported"); acronyms match only as written
      ...MEMBER_STATE_CODES,
    ],
    // "Germany raised the issue of onward transfers" (but "routes through Hungary" names no speaker)
    subjectOnlyAliases: [...MEMBER_STATE_NAMES],
  },
  {
    id: 'us-doj',
    side: 'us',
    aliases: [
      'the US Department of Justice',
      'the U.S. Department of Justice',
      'the Department of Justice',
      'DOJ',
      'the DOJ',
      'the US DOJ',
      'DoJ',
      'the DoJ',
      'the US DoJ',
      'the U.S. DOJ',
      'US DOJ',
      'US DoJ',
      'Attorney General ^',
      'Attorney General ^ ^',
      'Attorney General ^ ^ ^',
      'the Attorney General',
      // the office alone, in apposition ("Merrick Garland, US Attorney General, welcomed ...")
      'Attorney General',
      'US Attorney General',
      'U.S. Attorney General',
      'Deputy Attorney General',
      'Associate Attorney General',
      'Assistant Attorney General',
      'the US Attorney General',
      'the U.S. Attorney General',
      'Deputy Attorney General ^',
      'Deputy Attorney General ^ ^',
      'Deputy Attorney General ^ ^ ^',
      'Assistant Attorney General ^',
      'Assistant Attorney General ^ ^',
      'the Deputy Attorney General',
      'the US Deputy Attorney General',
      'the U.S. Deputy Attorney General',
      'the Assistant Attorney General',
      'the Associate Attorney General',
      'Associate Attorney General ^',
      'Associate Attorney General ^ ^',
      'Acting Attorney General ^',
      'Acting Attorney General ^ ^',
    ],
  },
  {
    id: 'us-dhs',
    side: 'us',
    aliases: [
      'the US Department of Homeland Security',
      'the U.S. Department of Homeland Security',
      'the Department of Homeland Security',
      'DHS',
      'the DHS',
      'the US DHS',
      'US DHS',
      'CBP',
      'the CBP',
      'US CBP',
      'U.S. CBP',
      'Customs and Border Protection',
      'US Customs and Border Protection',
      'U.S. Customs and Border Protection',
      'the US Customs and Border Protection',
      'ICE',
      'US Immigration and Customs Enforcement',
      'Immigration and Customs Enforcement',
      'HSI',
      'Homeland Security Investigations',
      'USCIS',
      'TSA',
      'the TSA',
      'the Transportation Security Administration',
      'CISA',
      'the Cybersecurity and Infrastructure Security Agency',
      'the US Secret Service',
      'the Secret Service',
      'the Secretary of Homeland Security',
      // the office alone, in apposition after the holder's name ("Alejandro Mayorkas, Secretary of
      // Homeland Security, underlined ...")
      'Secretary of Homeland Security',
      'Deputy Secretary of Homeland Security',
      'Acting Secretary of Homeland Security',
      'Homeland Security Secretary',
      'Secretary of Homeland Security ^ ^',
      'Homeland Security Secretary ^',
      'Homeland Security Secretary ^ ^',
      'Secretary of Homeland Security ^',
      'Secretary of Homeland Security ^ ^ ^',
      'Acting Secretary of Homeland Security ^',
      'Acting Secretary of Homeland Security ^ ^',
      'Deputy Secretary of Homeland Security ^',
      'Deputy Secretary of Homeland Security ^ ^',
      'Assistant Secretary of Homeland Security ^',
      'Assistant Secretary of Homeland Security ^ ^',
      // the wording of some joint statements
      'the Secretary for Homeland Security',
      'Secretary for Homeland Security ^',
      'Secretary for Homeland Security ^ ^',
      'Secretary for Homeland Security ^ ^ ^',
      'Acting Secretary for Homeland Security ^',
      'Acting Secretary for Homeland Security ^ ^',
      'the Homeland Security Secretary',
    ],
  },
  {
    id: 'us-state',
    side: 'us',
    aliases: [
      'the US Department of State',
      'the U.S. Department of State',
      'the Department of State',
      'the State Department',
      'the US State Department',
      'the Secretary of State',
      'Secretary of State ^',
      'Secretary of State ^ ^',
      'Secretary of State ^ ^ ^',
    ],
  },
  {
    id: 'us-dea',
    side: 'us',
    aliases: [
      'the US Drug Enforcement Agency',
      'the US Drug Enforcement Administration',
      'the Drug Enforcement Administration',
      'the Drug Enforcement Agency',
      'DEA',
      'the DEA',
    ],
  },
  {
    // a third party that joins some meetings; the country alone is a topic, not a speaker
    id: 'ukraine',
    side: 'other',
    aliases: [
      'the Ukrainian delegation',
      'the Ukrainian side',
      'the Ukrainian authorities',
      'the Ukrainian representatives',
      'the Ukrainian government',
      'the Ukrainian Government',
      'the Prosecutor General of Ukraine',
      'the Prosecutor General of Ukraine ^ ^',
      'Prosecutor General of Ukraine ^ ^',
      ...UKRAINE_OFFICES.flatMap((office) => [
        `the Ukrainian ${office}`,
        `the Ukrainian ${office} ^ ^`,
        `Ukrainian ${office} ^ ^`,
        `the Ukrainian ${office} of ^`,
        `the Ukrainian ${office} of ^ ^`,
        `the Ukrainian ${office} of ^ ^ ^`,
        `the Ukrainian ${office} of ^ ^ ^ ^`,
        `the Ukrainian ${office} for ^`,
        `the Ukrainian ${office} for ^ ^`,
        `the Ukrainian ${office} for ^ ^ ^`,
        `the Ukrainian ${office} for ^ ^ ^ ^`,
      ]),
    ],
  },
  {
    id: 'us-fbi',
    side: 'us',
    aliases: [
      'the FBI',
      'FBI',
      'the Federal Bureau of Investigation',
      'the US Federal Bureau of Investigation',
    ],
  },
];

/** Pronouns that take the previous statement's actor ("It confirmed ...", "Its KleptoCapture Task Force ..."). */
export const ACTOR_PRONOUNS: readonly { phrase: string; possessive: boolean; latter: boolean }[] = [
  { phrase: 'it', possessive: false, latter: false },
  { phrase: 'they', possessive: false, latter: false },
  // a speaker named by office ("Secretary Nielsen ... She regretted ...")
  { phrase: 'he', possessive: false, latter: false },
  { phrase: 'she', possessive: false, latter: false },
  { phrase: 'its', possessive: true, latter: false },
  { phrase: 'their', possessive: true, latter: false },
  { phrase: 'the latter', possessive: false, latter: true },
  { phrase: 'the former', possessive: false, latter: false },
];

/** Actor of a sentence with no speaker. */
export const UNATTRIBUTED = { id: 'unattributed', side: 'other' } as const;

/**
 * US Secretaries since 2008 (acting ones included) by surname, with their department: "Secretary
 * Mayorkas" is the DHS, "Secretary Blinken" the State Department. Read only after the word
 * "Secretary", so no surname becomes a word of its own for the lexicons.
 */
export const US_SECRETARIES: ReadonlyMap<string, string> = new Map([
  ...[
    'Chertoff',
    'Napolitano',
    'Johnson',
    'Kelly',
    'Duke',
    'Nielsen',
    'McAleenan',
    'Wolf',
    'Mayorkas',
    'Noem',
  ].map((name): [string, string] => [name, 'us-dhs']),
  ...['Rice', 'Clinton', 'Kerry', 'Tillerson', 'Pompeo', 'Blinken', 'Rubio'].map((name): [string, string] => [
    name,
    'us-state',
  ]),
]);
