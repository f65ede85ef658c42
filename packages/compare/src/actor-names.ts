import type { Stance } from '@som/domain';

const NAMES: Record<string, string> = {
  us: 'The US',
  eu: 'The EU',
  both: 'Both sides',
  presidency: 'The Presidency',
  'incoming-presidency': 'The incoming Presidency',
  commission: 'The Commission',
  eeas: 'The EEAS',
  europol: 'Europol',
  eurojust: 'Eurojust',
  frontex: 'Frontex',
  'eu-ctc': 'The EU Counter-Terrorism Coordinator',
  'us-doj': 'The US Department of Justice',
  'us-dhs': 'The US Department of Homeland Security',
  'us-state': 'The US Department of State',
  'us-dea': 'The US DEA',
  'us-fbi': 'The FBI',
  'council-secretariat': 'The Council Secretariat',
  euaa: 'The EUAA',
  'member-states': 'The Member States',
  edps: 'The EDPS',
  'european-parliament': 'The European Parliament',
  eppo: 'The EPPO',
  'eu-lisa': 'eu-LISA',
  cepol: 'CEPOL',
  enisa: 'ENISA',
  euda: 'The EU Drugs Agency',
  ukraine: 'Ukraine',
  unattributed: 'Unattributed',
};

/** A readable name for an actor id, as a sentence would start: "The US", "Europol", "Both sides". */
export function nameActor(id: string): string {
  const known = NAMES[id];
  if (known) return known;
  const words = id.split('-').filter(Boolean);
  return (
    words.map((w) => (w.length <= 4 ? w.toUpperCase() : w[0]!.toUpperCase() + w.slice(1))).join(' ') || id
  );
}

const STANCE_WORDS: Record<Stance, string> = {
  support: 'support',
  agreement: 'agreement',
  concern: 'concern',
  request: 'requests',
  information: 'information',
  emphasis: 'emphasis',
  commitment: 'commitment',
  interest: 'interest',
};

/** "concern and requests"; "no stated stance" for an empty list. */
export function describeStances(stances: readonly Stance[]): string {
  if (stances.length === 0) return 'no stated stance';
  const words = stances.map((s) => STANCE_WORDS[s]);
  return words.length === 1 ? words[0]! : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
