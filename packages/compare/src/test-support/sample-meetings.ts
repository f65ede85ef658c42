// ILLUSTRATIVE sample meetings for tests, written by hand: not official records, no real positions.
import type { OutcomeDocument } from '@som/domain';
import { buildDocument } from './build-document.js';

/** An illustrative spring meeting: five topics, a commitment for June, figures on Ukraine. */
export function buildSpringMeeting(): OutcomeDocument {
  return buildDocument({
    id: 'sample-2023-03-spring',
    city: 'Stockholm',
    startDate: '2023-03-16',
    sections: [
      {
        title: "Joint response to Russia's war of aggression against Ukraine",
        topic: 'ukraine-war',
        statements: [
          {
            actor: 'us',
            stance: 'information',
            verb: 'inform',
            text: 'The US delegation informed that the US has admitted over 283,000 Ukrainians under the parole programme.',
            figures: [{ text: '283,000', value: 283000 }],
          },
          {
            actor: 'eu',
            stance: 'support',
            verb: 'welcome',
            text: 'The EU delegation welcomed the close cooperation through the Solidarity Platform.',
            entities: [{ name: 'Solidarity Platform', kind: 'process' }],
          },
        ],
      },
      {
        title: 'Counter-Terrorism and Information Sharing',
        topic: 'counter-terrorism',
        statements: [
          {
            actor: 'eu',
            stance: 'emphasis',
            verb: 'underline',
            text: 'The EU delegation underlined the need to understand how violent extremism works in order to prevent it.',
          },
          {
            actor: 'us',
            stance: 'information',
            verb: 'inform',
            text: 'The US delegation informed that it had identified fingerprint data of terror suspects that it can hand over to Europol.',
            entities: [{ name: 'Europol', kind: 'agency' }],
          },
        ],
      },
      {
        title: 'Access to electronic evidence',
        topic: 'e-evidence',
        statements: [
          {
            actor: 'both',
            stance: 'support',
            verb: 'welcome',
            text: 'Both sides welcomed the resumption of the negotiations on an e-evidence agreement.',
          },
          {
            actor: 'both',
            stance: 'commitment',
            verb: 'will',
            text: 'The next negotiating session on the e-evidence agreement will take place in June 2023 in Washington, DC.',
            commitment: {
              what: 'next negotiating session on the e-evidence agreement',
              date: '2023-06',
              place: 'Washington, DC',
            },
          },
        ],
      },
      {
        title: 'EU-US MLA and extradition agreements',
        topic: 'mla-extradition',
        statements: [
          {
            actor: 'both',
            stance: 'agreement',
            verb: 'concur',
            text: 'The parties concurred on the usefulness of the expert workshop on the MLA Agreement held in February.',
          },
        ],
      },
      {
        title: 'Update on progress towards Visa Reciprocity',
        topic: 'visa-reciprocity',
        statements: [
          {
            actor: 'us',
            stance: 'information',
            verb: 'inform',
            text: 'The US delegation informed on the refusal rates of the Member States outside the programme.',
          },
          {
            actor: 'both',
            stance: 'commitment',
            verb: 'agree',
            text: 'The upcoming tripartite meeting on visa reciprocity is foreseen to take place on 7 June in Washington, DC.',
            commitment: {
              what: 'tripartite meeting on visa reciprocity',
              date: '2023-06-07',
              place: 'Washington, DC',
            },
          },
        ],
      },
    ],
  });
}

/**
 * An illustrative autumn meeting after the spring one: Ukraine figure up, information sharing split
 * from counter-terrorism, MLA dropped, a new derived topic, the US now concerned on visas, the
 * e-evidence session taken up again, the tripartite meeting not mentioned.
 */
export function buildAutumnMeeting(): OutcomeDocument {
  return buildDocument({
    id: 'sample-2023-10-autumn',
    city: 'Washington',
    startDate: '2023-10-10',
    sections: [
      {
        title: 'Support to Ukraine',
        topic: 'ukraine-war',
        statements: [
          {
            actor: 'us',
            stance: 'information',
            verb: 'inform',
            text: 'The US delegation informed that the US has admitted over 300,000 Ukrainians under the parole programme.',
            figures: [{ text: '300,000', value: 300000 }],
          },
          {
            actor: 'eu',
            stance: 'support',
            verb: 'welcome',
            text: 'The EU delegation welcomed the close cooperation through the Solidarity Platform.',
            entities: [{ name: 'Solidarity Platform', kind: 'process' }],
          },
          {
            actor: 'both',
            stance: 'support',
            verb: 'welcome',
            text: 'Both sides welcomed the start of operations of the International Centre for the Prosecution of the Crime of Aggression.',
            entities: [
              { name: 'International Centre for the Prosecution of the Crime of Aggression', kind: 'body' },
            ],
          },
        ],
      },
      {
        title: 'Counter-terrorism',
        topic: 'counter-terrorism',
        statements: [
          {
            actor: 'eu',
            stance: 'emphasis',
            verb: 'underline',
            text: 'The EU delegation underlined the need to understand how violent extremism works in order to prevent it.',
          },
        ],
      },
      {
        title: 'Information sharing',
        topic: {
          id: 'x-information-sharing',
          label: 'Information sharing',
          confidence: 0.3,
          matchedBy: 'derived',
        },
        statements: [
          {
            actor: 'us',
            stance: 'information',
            verb: 'inform',
            text: 'The US delegation informed that it had handed over fingerprint data of terror suspects to Europol.',
            entities: [{ name: 'Europol', kind: 'agency' }],
          },
        ],
      },
      {
        title: 'E-evidence',
        topic: 'e-evidence',
        statements: [
          {
            actor: 'both',
            stance: 'support',
            verb: 'welcome',
            text: 'Both sides welcomed progress made at the negotiating session on the e-evidence agreement held in Washington, DC in June.',
          },
        ],
      },
      {
        title: 'Visa policy',
        topic: 'visa-reciprocity',
        statements: [
          {
            actor: 'us',
            stance: 'concern',
            verb: 'warn',
            text: 'The US delegation warned that refusal rates of the Member States outside the programme remain above the threshold.',
          },
        ],
      },
      {
        title: 'Hybrid threats at the borders',
        topic: {
          id: 'x-hybrid-threats-at-the-borders',
          label: 'Hybrid threats at the borders',
          confidence: 0.3,
          matchedBy: 'derived',
        },
        statements: [
          {
            actor: 'eu',
            stance: 'concern',
            verb: 'express concern',
            text: 'The EU delegation expressed concern about the instrumentalisation of migrants at the external borders.',
          },
        ],
      },
    ],
  });
}
