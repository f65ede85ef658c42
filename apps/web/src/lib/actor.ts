/**
 * How actors are named and coloured. The colour follows the side (US, EU, both, other); the name
 * is always written next to it.
 */
import type { Side } from '@som/domain';

const NAMES: Record<string, string> = {
  us: 'US',
  eu: 'EU',
  both: 'Both sides',
  unattributed: 'Unattributed',
  presidency: 'Presidency',
  'incoming-presidency': 'Incoming Presidency',
  commission: 'Commission',
  eeas: 'EEAS',
  europol: 'Europol',
  eurojust: 'Eurojust',
  frontex: 'Frontex',
  'eu-ctc': 'EU CTC',
  'us-doj': 'US DOJ',
  'us-dhs': 'US DHS',
  'us-state': 'US State',
  'us-fbi': 'US FBI',
  'us-dea': 'US DEA',
  eppo: 'EPPO',
  'eu-lisa': 'eu-LISA',
  cepol: 'CEPOL',
  enisa: 'ENISA',
  euda: 'EUDA',
  euaa: 'EUAA',
  ukraine: 'Ukraine',
  'council-secretariat': 'Council Secretariat',
  'member-states': 'Member States',
  edps: 'EDPS',
  'european-parliament': 'European Parliament',
};

const SIDE_NAMES: Record<Side, string> = { us: 'US side', eu: 'EU side', both: 'Both sides', other: 'Other' };

/** Returns a readable name for an actor id ("us-doj" → "US DOJ"; unknown ids are title-cased). */
export function nameActor(id: string): string {
  const known = NAMES[id];
  if (known) return known;
  return id
    .split('-')
    .map((part) => (part.length <= 3 ? part.toUpperCase() : part[0]!.toUpperCase() + part.slice(1)))
    .join(' ');
}

/** Returns the readable name of a side. */
export function nameSide(side: Side): string {
  return SIDE_NAMES[side] ?? side;
}

/** Returns the CSS colour variable of a side (defined in app.css). */
export function colorSide(side: Side): string {
  return `var(--side-${side in SIDE_NAMES ? side : 'other'})`;
}
