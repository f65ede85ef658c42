/**
 * How each stance looks: a word, an icon and a colour, so colour is never the only signal.
 * Order is the order of the closed set in the contract; the chart uses it for its rows.
 */
import type { Stance } from '@som/domain';

/** Display data of one stance. */
export interface StanceLook {
  word: string;
  icon: string;
  /** CSS custom property holding the colour (defined in app.css, which also colours badges by `data-stance`). */
  color: string;
  description: string;
}

/** Every stance, in contract order. */
export const STANCES: readonly Stance[] = [
  'support',
  'agreement',
  'concern',
  'request',
  'information',
  'emphasis',
  'commitment',
  'interest',
];

const LOOKS: Record<Stance, StanceLook> = {
  support: {
    word: 'support',
    icon: '✓',
    color: 'var(--stance-support)',
    description: 'welcomed, praised, lauded',
  },
  agreement: {
    word: 'agreement',
    icon: '=',
    color: 'var(--stance-agreement)',
    description: 'concurred, agreed, echoed',
  },
  concern: {
    word: 'concern',
    icon: '⚠',
    color: 'var(--stance-concern)',
    description: 'warned, expressed concern',
  },
  request: {
    word: 'request',
    icon: '?',
    color: 'var(--stance-request)',
    description: 'called for, asked, urged',
  },
  information: {
    word: 'information',
    icon: 'i',
    color: 'var(--stance-information)',
    description: 'informed, presented, noted',
  },
  emphasis: {
    word: 'emphasis',
    icon: '!',
    color: 'var(--stance-emphasis)',
    description: 'underlined, stressed',
  },
  commitment: {
    word: 'commitment',
    icon: '⚑',
    color: 'var(--stance-commitment)',
    description: 'committed, will',
  },
  interest: {
    word: 'interest',
    icon: '☆',
    color: 'var(--stance-interest)',
    description: 'expressed interest, looked forward',
  },
};

const UNKNOWN: StanceLook = {
  word: 'no stance',
  icon: '·',
  color: 'var(--stance-none)',
  description: 'no reporting verb found',
};

/** Returns the word, icon and colour of a stance; `null` (no reporting verb) gets a neutral look. */
export function describeStance(stance: Stance | null | undefined): StanceLook {
  return stance ? LOOKS[stance] : UNKNOWN;
}

/** True when the value is one of the contract's stances (for untrusted URL parameters). */
export function isStance(value: unknown): value is Stance {
  return typeof value === 'string' && (STANCES as readonly string[]).includes(value);
}
