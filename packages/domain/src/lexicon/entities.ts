import type { EntityKind } from '../schema/facts.js';

/** A named body, instrument, programme or process of the genre, and the ways records write it. */
export interface EntityDefinition {
  id: string;
  kind: EntityKind;
  name: string;
  /** Acronyms match as written; other words in any case. Longest alias wins. */
  aliases: string[];
  /** Every word matches only as written: for names that are also common phrases ("Core Group"). */
  asWritten?: boolean;
}

/**
 * Entities that recur in EU-US JHA records (DOMAIN.md §3). Decisions: the Second (Additional)
 * Protocol is its own entity, apart from the Budapest Convention; "the EMCDDA" and "the EU Drugs
 * Agency" are one entity (its successor); "the ICC Rome Statute" names the Rome Statute (the
 * longer alias wins over "ICC"). The speakers' own names (Europol, Eurojust, ...) are entities
 * too: a statement by Europol mentions Europol. "The High-Level Group" on its own is the HLG on
 * access to data (the only one the records name so since 2023; the older High Level Contact Group
 * on data protection has its own entry). "Core Group" (the Core Group on a special tribunal for
 * the crime of aggression) and "Safe Harbor" match only as written, so "a core group of Member
 * States" is no entity. The "e-evidence Regulation" (EU law) is not the EU-US e-evidence agreement.
 */
export const ENTITIES: readonly EntityDefinition[] = [
  {
    id: 'europol',
    kind: 'agency',
    name: 'Europol',
    aliases: ['Europol', 'European Union Agency for Law Enforcement Cooperation'],
  },
  {
    id: 'eurojust',
    kind: 'agency',
    name: 'Eurojust',
    aliases: ['Eurojust', 'European Union Agency for Criminal Justice Cooperation'],
  },
  {
    id: 'frontex',
    kind: 'agency',
    name: 'Frontex',
    aliases: ['Frontex', 'European Border and Coast Guard Agency'],
  },
  {
    id: 'eppo',
    kind: 'agency',
    name: 'EPPO',
    aliases: ['EPPO', 'European Public Prosecutor’s Office', "European Public Prosecutor's Office"],
  },
  {
    id: 'emcdda',
    kind: 'agency',
    name: 'EMCDDA / EU Drugs Agency',
    aliases: [
      'EMCDDA',
      'EUDA',
      'European Monitoring Centre for Drugs and Drug Addiction',
      'EU Drugs Agency',
      'European Union Drugs Agency',
    ],
  },
  { id: 'empact', kind: 'process', name: 'EMPACT', aliases: ['EMPACT'] },
  {
    id: 'icc',
    kind: 'court',
    name: 'International Criminal Court',
    aliases: ['ICC', 'International Criminal Court'],
  },
  {
    id: 'rome-statute',
    kind: 'instrument',
    name: 'Rome Statute',
    aliases: ['Rome Statute', 'ICC Rome Statute'],
  },
  {
    id: 'icpa',
    kind: 'body',
    name: 'ICPA',
    aliases: [
      'ICPA',
      'International Centre for the Prosecution of the Crime of Aggression',
      'International Centre for the Prosecution of the Crime of Aggression Against Ukraine',
    ],
  },
  {
    id: 'ciced',
    kind: 'programme',
    name: 'CICED',
    aliases: ['CICED', 'Core International Crimes Evidence Database'],
  },
  {
    id: 'jit',
    kind: 'body',
    name: 'Joint Investigation Team',
    aliases: [
      'JIT',
      'JITs',
      'Joint Investigation Team',
      'Joint Investigative Team',
      'Joint Investigation Teams',
    ],
  },
  {
    id: 'budapest-convention',
    kind: 'instrument',
    name: 'Budapest Convention',
    aliases: [
      'Budapest Convention',
      'Council of Europe Convention on Cybercrime',
      'Convention on Cybercrime',
    ],
  },
  {
    id: 'budapest-second-protocol',
    kind: 'instrument',
    name: 'Second Additional Protocol to the Budapest Convention',
    aliases: [
      'Second Protocol',
      'Second Additional Protocol',
      'its Second Protocol',
      '2nd Additional Protocol',
    ],
  },
  {
    id: 'un-cybercrime-convention',
    kind: 'instrument',
    name: 'UN Convention against Cybercrime',
    aliases: [
      'UN cybercrime convention',
      'UN cyber-crime convention',
      'UN Convention against Cybercrime',
      'United Nations Convention against Cybercrime',
      'UN convention on cybercrime',
    ],
  },
  {
    id: 'etias',
    kind: 'programme',
    name: 'ETIAS',
    aliases: [
      'ETIAS',
      'European Travel Information and Authorisation System',
      'European Travel Information and Authorization System',
    ],
  },
  {
    id: 'ees',
    kind: 'programme',
    name: 'Entry/Exit System',
    aliases: ['EES', 'Entry/Exit System', 'Entry-Exit System', 'Entry Exit System'],
  },
  {
    id: 'sis',
    kind: 'programme',
    name: 'Schengen Information System',
    aliases: ['SIS', 'SIS II', 'Schengen Information System'],
  },
  {
    id: 'automated-targeting-system',
    kind: 'programme',
    name: 'Automated Targeting System',
    aliases: ['Automated Targeting System'],
  },
  {
    id: 'esta',
    kind: 'programme',
    name: 'ESTA',
    aliases: ['ESTA', 'Electronic System for Travel Authorization'],
  },
  {
    id: 'ebsp',
    kind: 'programme',
    name: 'Enhanced Border Security Partnership',
    aliases: ['EBSP', 'Enhanced Border Security Partnership', 'Enhanced Border Security Partnerships'],
  },
  {
    id: 'vwp',
    kind: 'programme',
    name: 'Visa Waiver Program',
    aliases: ['VWP', 'Visa Waiver Program', 'Visa Waiver Programme'],
  },
  {
    id: 'mla-agreement',
    kind: 'instrument',
    name: 'EU-US MLA Agreement',
    aliases: ['MLA Agreement', 'Mutual Legal Assistance Agreement', 'EU-US MLA Agreement', 'MLA agreements'],
  },
  {
    id: 'extradition-agreement',
    kind: 'instrument',
    name: 'EU-US Extradition Agreement',
    aliases: ['Extradition Agreement', 'EU-US Extradition Agreement', 'extradition agreements'],
  },
  {
    id: 'repo-taskforce',
    kind: 'body',
    name: 'REPO Task Force',
    aliases: [
      'REPO taskforce',
      'REPO task force',
      'REPO',
      'Russian Elites, Proxies, and Oligarchs Task Force',
    ],
  },
  {
    id: 'kleptocapture',
    kind: 'body',
    name: 'Task Force KleptoCapture',
    aliases: ['KleptoCapture', 'KleptoCapture Task Force', 'Task Force KleptoCapture'],
  },
  {
    id: 'ran',
    kind: 'body',
    name: 'Radicalisation Awareness Network',
    aliases: ['RAN', 'Radicalisation Awareness Network', 'Radicalization Awareness Network'],
  },
  {
    id: 'tftp',
    kind: 'instrument',
    name: 'TFTP Agreement',
    aliases: ['TFTP', 'Terrorist Finance Tracking Program', 'Terrorist Finance Tracking Programme'],
  },
  {
    id: 'pnr-agreement',
    kind: 'instrument',
    name: 'EU-US PNR Agreement',
    aliases: ['PNR Agreement', 'EU-US PNR Agreement'],
  },
  {
    id: 'pnr',
    kind: 'instrument',
    name: 'Passenger Name Record (PNR)',
    aliases: ['PNR', 'Passenger Name Record', 'Passenger Name Records'],
  },
  {
    id: 'umbrella-agreement',
    kind: 'instrument',
    name: 'Umbrella Agreement',
    aliases: ['Umbrella Agreement', 'EU-US Umbrella Agreement', 'Data Protection and Privacy Agreement'],
  },
  {
    id: 'data-privacy-framework',
    kind: 'instrument',
    name: 'EU-U.S. Data Privacy Framework',
    aliases: [
      'Data Privacy Framework',
      'DPF',
      'EU-US Data Privacy Framework',
      'EU-U.S. Data Privacy Framework',
      'EU-US DPF',
    ],
  },
  {
    id: 'privacy-shield',
    kind: 'instrument',
    name: 'Privacy Shield',
    aliases: ['Privacy Shield', 'EU-US Privacy Shield', 'EU-U.S. Privacy Shield'],
  },
  {
    id: 'safe-harbor',
    kind: 'instrument',
    name: 'Safe Harbor',
    aliases: ['Safe Harbor', 'Safe Harbour', 'Safe Harbor Framework', 'Safe Harbor Decision'],
    asWritten: true,
  },
  {
    id: 'executive-order-14086',
    kind: 'instrument',
    name: 'Executive Order 14086',
    aliases: ['Executive Order 14086', 'EO 14086', 'E.O. 14086', 'US Executive Order 14086'],
  },
  {
    id: 'pclob',
    kind: 'body',
    name: 'Privacy and Civil Liberties Oversight Board',
    aliases: ['PCLOB', 'Privacy and Civil Liberties Oversight Board'],
  },
  {
    id: 'judicial-redress-act',
    kind: 'instrument',
    name: 'Judicial Redress Act',
    aliases: ['Judicial Redress Act', 'US Judicial Redress Act', 'Judicial Redress Act of 2015'],
  },
  {
    id: 'cloud-act',
    kind: 'instrument',
    name: 'CLOUD Act',
    aliases: ['CLOUD Act', 'US CLOUD Act', 'Cloud Act', 'Clarifying Lawful Overseas Use of Data Act'],
  },
  {
    id: 'migration-pact',
    kind: 'instrument',
    name: 'Pact on Migration and Asylum',
    aliases: [
      'Pact on Migration and Asylum',
      'New Pact on Migration and Asylum',
      'EU Pact on Migration and Asylum',
      'Migration and Asylum Pact',
    ],
  },
  {
    id: 'temporary-protection-directive',
    kind: 'instrument',
    name: 'Temporary Protection Directive',
    aliases: ['Temporary Protection Directive'],
  },
  {
    id: 'solidarity-platform',
    kind: 'process',
    name: 'Solidarity Platform',
    aliases: ['Solidarity Platform'],
  },
  {
    id: 'eu-celac',
    kind: 'event',
    name: 'EU-CELAC Summit',
    aliases: ['EU-CELAC', 'EU-CELAC Summit', 'CELAC'],
  },
  {
    id: 'global-coalition-synthetic-drugs',
    kind: 'process',
    name: 'Global Coalition to Address Synthetic Drug Threats',
    aliases: [
      'Global Coalition to Address Synthetic Drug Threats',
      'global coalition on synthetic drugs',
      'Global Coalition on synthetic drugs',
    ],
  },
  {
    id: 'hlg-access-to-data',
    kind: 'body',
    name: 'High-Level Group on access to data for effective law enforcement',
    aliases: [
      'High-Level Group on access to data',
      'High-Level Group on access to data for effective law enforcement',
      'High Level Group on access to data',
      'High-Level Expert Group',
      'HLG',
      // on its own, in the records since 2023, "the High-Level Group" is this one
      'High-Level Group',
      'High Level Group',
    ],
  },
  {
    id: 'hlcg',
    kind: 'body',
    name: 'EU-US High Level Contact Group',
    aliases: ['High Level Contact Group', 'High-Level Contact Group', 'HLCG'],
  },
  {
    id: 'edpb',
    kind: 'body',
    name: 'European Data Protection Board',
    aliases: ['European Data Protection Board', 'EDPB'],
  },
  {
    id: 'edps',
    kind: 'body',
    name: 'European Data Protection Supervisor',
    aliases: ['European Data Protection Supervisor', 'EDPS'],
  },
  { id: 'council-of-europe', kind: 'body', name: 'Council of Europe', aliases: ['Council of Europe'] },
  { id: 'g7', kind: 'body', name: 'G7', aliases: ['G7', 'G-7', 'G7 Roma-Lyon Group'] },
  { id: 'g20', kind: 'body', name: 'G20', aliases: ['G20', 'G-20'] },
  {
    id: 'fatf',
    kind: 'body',
    name: 'Financial Action Task Force',
    aliases: ['FATF', 'Financial Action Task Force'],
  },
  {
    id: 'gctf',
    kind: 'body',
    name: 'Global Counterterrorism Forum',
    aliases: [
      'GCTF',
      'Global Counterterrorism Forum',
      'Global Counter-Terrorism Forum',
      'Global Counter Terrorism Forum',
    ],
  },
  {
    id: 'eu-internet-forum',
    kind: 'body',
    name: 'EU Internet Forum',
    aliases: ['EU Internet Forum', 'EUIF', 'European Union Internet Forum'],
  },
  {
    id: 'core-group-special-tribunal',
    kind: 'body',
    name: 'Core Group on a Special Tribunal for the Crime of Aggression',
    aliases: [
      'Core Group',
      'Core Group on a Special Tribunal for the Crime of Aggression',
      'Core Group on a special tribunal for the crime of aggression',
      'Core Group on the Special Tribunal',
    ],
    asWritten: true,
  },
  {
    id: 'unga',
    kind: 'body',
    name: 'UN General Assembly',
    aliases: ['UN General Assembly', 'UNGA', 'United Nations General Assembly'],
  },
  {
    id: 'us-dea',
    kind: 'agency',
    name: 'Drug Enforcement Administration',
    aliases: ['DEA', 'Drug Enforcement Agency', 'Drug Enforcement Administration'],
  },
  { id: 'us-fbi', kind: 'agency', name: 'FBI', aliases: ['FBI', 'Federal Bureau of Investigation'] },
  {
    id: 'cjeu',
    kind: 'court',
    name: 'Court of Justice of the EU',
    aliases: [
      'CJEU',
      'ECJ',
      'Court of Justice of the European Union',
      'Court of Justice of the EU',
      'European Court of Justice',
      'Court of Justice',
    ],
  },
  {
    id: 'eeas',
    kind: 'body',
    name: 'European External Action Service',
    aliases: ['EEAS', 'European External Action Service'],
  },
  {
    id: 'enpe',
    kind: 'body',
    name: 'European Network of Prosecutors for the Environment',
    aliases: ['ENPE', 'European Network of Prosecutors for the Environment'],
  },
  { id: 'anom', kind: 'other', name: 'ANOM case', aliases: ['ANOM'] },
  {
    id: 'uniting-for-ukraine',
    kind: 'programme',
    name: 'Uniting for Ukraine',
    aliases: ['Uniting for Ukraine', 'United for Ukraine', 'U4U'],
  },
  {
    id: 'register-of-damage',
    kind: 'body',
    name: 'Register of Damage',
    aliases: ['Register of Damage', 'Claims Register'],
  },
  { id: 'eu-ai-act', kind: 'instrument', name: 'AI Act', aliases: ['AI Act', 'Artificial Intelligence Act'] },
  {
    id: 'digital-services-act',
    kind: 'instrument',
    name: 'Digital Services Act',
    aliases: ['Digital Services Act', 'DSA'],
  },
  {
    id: 'e-evidence-regulation',
    kind: 'instrument',
    name: 'e-evidence Regulation',
    aliases: [
      'e-evidence Regulation',
      'EU e-evidence Regulation',
      'Regulation on European Production and Preservation Orders',
    ],
  },
  {
    id: 'e-evidence-agreement',
    kind: 'instrument',
    name: 'EU-US e-evidence agreement',
    aliases: ['e-evidence agreement', 'EU-US e-evidence agreement'],
  },
  { id: 'iom', kind: 'body', name: 'IOM', aliases: ['IOM', 'International Organization for Migration'] },
  { id: 'interpol', kind: 'body', name: 'Interpol', aliases: ['Interpol', 'INTERPOL'] },
  { id: 'unodc', kind: 'body', name: 'UNODC', aliases: ['UNODC'] },
  { id: 'oecd', kind: 'body', name: 'OECD', aliases: ['OECD'] },
  {
    id: 'european-ports-alliance',
    kind: 'process',
    name: 'European Ports Alliance',
    aliases: ['European Ports Alliance'],
  },
  {
    id: 'global-alliance-migrant-smuggling',
    kind: 'process',
    name: 'Global Alliance to Counter Migrant Smuggling',
    aliases: ['Global Alliance to Counter Migrant Smuggling'],
  },
];
