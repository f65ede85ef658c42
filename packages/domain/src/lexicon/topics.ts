import type { TopicDefinition } from '../schema/topic.js';

/**
 * The canonical topic taxonomy. `aliases` are titles the topic has appeared under (DOMAIN.md §3);
 * `keyTerms` are words and phrases that point to it in a title or a body (lower case).
 * Sub-topics name their parent in `parentId`.
 */
export const TOPICS: readonly TopicDefinition[] = [
  {
    id: 'introduction',
    label: 'Introduction',
    aliases: ['Summary', 'Introduction', 'Welcome', 'Opening', 'Opening session', 'Welcome by the EU Presidency', 'Introductory remarks', 'Adoption of the agenda'],
    keyTerms: ['welcome', 'welcomed the participants', 'opening remarks', 'agenda'],
    parentId: null,
  },
  {
    id: 'ukraine-war',
    label: "Russia's war against Ukraine",
    aliases: [
      "Joint response to Russia's war of aggression against Ukraine",
      "Russia's war against Ukraine",
      "Russia's war of aggression against Ukraine",
      'Support to Ukraine',
      'Ukraine',
      'War in Ukraine',
    ],
    keyTerms: ['ukraine', 'ukrainian', 'russia', 'russian', 'war of aggression', 'kyiv'],
    parentId: null,
  },
  {
    id: 'ukraine-security-threats',
    label: 'Security threats stemming from the war',
    aliases: ['Security threats stemming from the war', 'Security threats', 'Internal security consequences of the war'],
    keyTerms: ['weapons diversion', 'firearms trafficking', 'diversion', 'security threats', 'disinformation', 'cyberattacks'],
    parentId: 'ukraine-war',
  },
  {
    id: 'ukraine-displaced-people',
    label: 'Support to people fleeing the war',
    aliases: ['Support to people fleeing the war in Ukraine', 'People fleeing the war', 'Temporary protection', 'Uniting for Ukraine', 'Displaced persons from Ukraine'],
    keyTerms: ['fleeing', 'temporary protection', 'humanitarian parole', 'paroles', 'refugees', 'displaced', 'solidarity platform', 'uniting for ukraine', 'united for ukraine'],
    parentId: 'ukraine-war',
  },
  {
    id: 'ukraine-sanctions-assets',
    label: 'Enforcement of sanctions and confiscation of assets',
    aliases: ['Enforcement of sanctions and confiscation of assets', 'Sanctions', 'Sanctions enforcement', 'Asset confiscation', 'Sanctions and export controls'],
    keyTerms: ['sanctions', 'confiscation', 'kleptocapture', 'repo task', 'export controls', 'frozen assets', 'russian assets', 'forfeiture'],
    parentId: 'ukraine-war',
  },
  {
    id: 'ukraine-accountability',
    label: 'Accountability for core international crimes',
    aliases: [
      'Accountability and the collection of evidence of core international crimes',
      'Accountability for core international crimes',
      'Ukraine: accountability',
      'Accountability',
      'War crimes',
    ],
    keyTerms: ['accountability', 'war crimes', 'core international crimes', 'icpa', 'ciced', 'special tribunal', 'crime of aggression', 'register of damage', 'claims register', 'icc'],
    parentId: 'ukraine-war',
  },
  {
    id: 'environmental-crime',
    label: 'Environmental crime',
    aliases: ['Environmental crime', 'Environmental crimes', 'Ecocide'],
    keyTerms: ['environmental crime', 'environment', 'enpe'],
    parentId: 'ukraine-war',
  },
  {
    id: 'counter-terrorism',
    label: 'Counter-terrorism',
    aliases: ['Counter-Terrorism and Information Sharing', 'Counter-terrorism', 'Counterterrorism', 'Security and Counter-terrorism', 'Foreign Terrorist Fighters', 'Terrorism', 'Fight against terrorism'],
    keyTerms: ['terrorism', 'terrorist', 'counter-terrorism', 'counterterrorism', 'foreign terrorist fighters', 'battlefield', 'tftp', 'radicalisation', 'al-hol'],
    parentId: null,
  },
  {
    id: 'violent-extremism',
    label: 'Violent extremism',
    aliases: ['Violent extremism', 'Right-wing extremism', 'Radicalisation', 'Hate speech', 'Violent right-wing extremism'],
    keyTerms: ['extremism', 'extremist', 'radicalisation', 'radicalization', 'right-wing', 'anti-government', 'ran '],
    parentId: 'counter-terrorism',
  },
  {
    id: 'information-sharing',
    label: 'Information sharing',
    aliases: ['Information sharing', 'Information exchange', 'Border security', 'Enhanced Border Security Partnership', 'EBSP', 'Battlefield information', 'Border security and information sharing'],
    keyTerms: ['information sharing', 'information exchange', 'ebsp', 'enhanced border security partnership', 'esta', 'battlefield information', 'data sets', 'fingerprint'],
    parentId: null,
  },
  {
    id: 'pnr',
    label: 'Passenger Name Record',
    aliases: ['Passenger Name Record', 'PNR', 'EU-US PNR Agreement', 'PNR Agreement'],
    keyTerms: ['pnr', 'passenger name record', 'passenger data'],
    parentId: null,
  },
  {
    id: 'e-evidence',
    label: 'Access to electronic evidence',
    aliases: ['Access to electronic evidence', 'E-evidence', 'Electronic evidence', 'Cross-border access to e-evidence', 'Cybercrime and e-evidence', 'E-evidence agreement'],
    keyTerms: ['e-evidence', 'electronic evidence', 'second additional protocol', 'second protocol', 'cloud act', 'budapest convention'],
    parentId: null,
  },
  {
    id: 'cybercrime',
    label: 'Cybercrime',
    aliases: ['Cybercrime', 'Cyber', 'Cyber crime', 'UN cybercrime convention', 'Budapest Convention', 'Ransomware', 'UN Convention against Cybercrime'],
    keyTerms: ['cybercrime', 'cyber-crime', 'cyber crime', 'ransomware', 'un cybercrime convention', 'ad hoc committee', 'cyberattacks'],
    parentId: null,
  },
  {
    id: 'going-dark',
    label: 'Going dark',
    aliases: [
      'Going dark',
      '"Going dark": challenges for crime fighting in the digital era',
      'Encryption',
      'Encryption and lawful access',
      'Lawful access to data',
      'Access to data for effective law enforcement',
      'Data retention',
    ],
    keyTerms: ['going dark', 'encryption', 'end-to-end', 'lawful access', 'data retention', 'high-level group', 'high-level expert group', 'lawful interception'],
    parentId: null,
  },
  {
    id: 'child-sexual-abuse',
    label: 'Child sexual abuse',
    aliases: ['Child sexual abuse', 'Online child sexual exploitation', 'Fight against child sexual abuse online', 'Child sexual abuse online'],
    keyTerms: ['child sexual abuse', 'child exploitation', 'csam', 'child sexual exploitation', 'online child'],
    parentId: null,
  },
  {
    id: 'organised-crime',
    label: 'Serious and organised crime',
    aliases: [
      'Countering serious organized crime, including arms and drugs trafficking',
      'Countering serious organized crime, including arms and drugs trafficking and resulting violence',
      'Transnational organised crime',
      'Organised crime',
      'Organized crime',
      'Serious and organised crime',
      'Firearms',
      'Firearms trafficking',
    ],
    keyTerms: ['organised crime', 'organized crime', 'cartels', 'empact', 'high-value targets', 'money laundering', 'firearms trafficking', 'criminal networks'],
    parentId: null,
  },
  {
    id: 'drugs',
    label: 'Drugs',
    aliases: ['Synthetic drugs', 'Drug trafficking and logistical hubs', 'Drugs', 'Drug trafficking', 'Fentanyl', 'Global Coalition to Address Synthetic Drug Threats'],
    keyTerms: ['drugs', 'drug', 'fentanyl', 'precursors', 'cocaine', 'synthetic drugs', 'emcdda', 'euda', 'opioid', 'narcotic'],
    parentId: null,
  },
  {
    id: 'mla-extradition',
    label: 'Mutual legal assistance and extradition',
    aliases: ['EU-US MLA and extradition agreements', 'Mutual legal assistance', 'Judicial cooperation in criminal matters', 'MLA and extradition', 'Extradition'],
    keyTerms: ['mla', 'mutual legal assistance', 'extradition', 'judicial cooperation'],
    parentId: null,
  },
  {
    id: 'visa-reciprocity',
    label: 'Visa reciprocity',
    aliases: ['Visa reciprocity', 'Update on progress towards Visa Reciprocity', 'Visa Waiver Program', 'Visa policy', 'Mobility and visa', 'Borders and visas', 'Visa'],
    keyTerms: ['visa', 'visa-free', 'vwp', 'visa waiver', 'reciprocity', 'tripartite', 'refusal rate', 'esta'],
    parentId: null,
  },
  {
    id: 'migration',
    label: 'Migration',
    aliases: ['Migration', 'Migration and border security', 'Irregular migration and migrant smuggling', 'Border management, migration and related security aspects', 'Migrant smuggling'],
    keyTerms: ['migration', 'migrant', 'migrants', 'asylum', 'smuggling', 'returns', 'border management'],
    parentId: null,
  },
  {
    id: 'data-protection',
    label: 'Data protection',
    aliases: ['Data protection', 'Umbrella Agreement', 'Privacy Shield', 'Data Privacy Framework', 'Transatlantic data flows'],
    keyTerms: ['data protection', 'privacy', 'umbrella agreement', 'privacy shield', 'data privacy framework', 'adequacy', 'judicial redress', 'pclob'],
    parentId: null,
  },
  {
    id: 'presidency-priorities',
    label: 'Presidency priorities',
    aliases: ['Priorities of the incoming Presidency', 'Presidency priorities', 'Priorities of the Presidency'],
    keyTerms: ['priorities', 'incoming presidency'],
    parentId: null,
  },
  {
    id: 'next-meetings',
    label: 'Next meetings',
    aliases: ['Next meetings', 'Next meeting', 'Any other business', 'AOB', 'Future meetings', 'Date and place of the next meeting', 'Conclusions and next steps'],
    keyTerms: ['next meeting', 'next ministerial', 'next senior officials'],
    parentId: null,
  },
  {
    id: 'partnership',
    label: 'EU-US partnership',
    aliases: ['EU-US partnership', 'Transatlantic partnership', 'Transatlantic cooperation'],
    keyTerms: ['partnership', 'reaffirmed', 'shared values', 'transatlantic'],
    parentId: null,
  },
  {
    id: 'annex',
    label: 'Annex',
    aliases: ['Annex', 'List of participants', 'Participants', 'Agenda'],
    keyTerms: ['participants'],
    parentId: null,
  },
];

const BY_ID = new Map(TOPICS.map((t) => [t.id, t]));

/** The taxonomy entry with this id, or undefined (derived `x-` topics have none). */
export function findTopicDefinition(id: string): TopicDefinition | undefined {
  return BY_ID.get(id);
}
