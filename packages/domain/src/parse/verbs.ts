import { inflectVerb, REPORTING_VERBS, type ReportingVerb, type VerbForm } from '../lexicon/verbs.js';
import type { Stance } from '../schema/statement.js';
import { type PhraseMatch, PhraseTrie } from './statements-phrases.js';
import type { Words } from './statements-words.js';

/** A reporting verb found in a sentence: lemma, stance, the form written, and where. */
export interface VerbMatch {
  lemma: string;
  stance: Stance;
  form: VerbForm;
  /** Word range [from, to) and absolute offsets of the verb as written. */
  from: number;
  to: number;
  start: number;
  end: number;
}

interface VerbValue {
  entry: ReportingVerb;
  form: VerbForm;
}

function buildVerbTrie(): PhraseTrie<VerbValue> {
  const trie = new PhraseTrie<VerbValue>();
  for (const entry of REPORTING_VERBS) {
    for (const phrase of entry.phrases ?? [entry.lemma]) {
      if (entry.inflect === false) {
        trie.add(phrase, { entry, form: 'fixed' });
        continue;
      }
      const [head, ...rest] = phrase.split(' ');
      for (const [word, form] of inflectVerb(head as string)) {
        trie.add([word, ...rest].join(' '), { entry, form });
      }
    }
  }
  return trie;
}

const VERB_TRIE = buildVerbTrie();

/**
 * Finds the reporting verbs of a tokenised sentence, longest phrase first ("expressed concern"
 * beats "expressed"; "agreed to hold" beats "agreed"), left to right, without overlaps.
 */
export function findReportingVerbs(words: Words): VerbMatch[] {
  return VERB_TRIE.findAll(words).map(toVerbMatch);
}

/** The reporting verb starting exactly at token `i`, or null. */
export function matchReportingVerbAt(words: Words, i: number): VerbMatch | null {
  const m = VERB_TRIE.matchAt(words, i);
  return m === null ? null : toVerbMatch(m);
}

function toVerbMatch(m: PhraseMatch<VerbValue>): VerbMatch {
  return {
    lemma: m.value.entry.lemma,
    stance: m.value.entry.stance,
    form: m.value.form,
    from: m.from,
    to: m.to,
    start: m.start,
    end: m.end,
  };
}
