import { normaliseText } from './src/parse/normalise.js';
const raw = `Brussels, 24 March 2023
(OR. en)
7725/23
LIMITE
JAIEX 14
OUTCOME OF PROCEEDINGS
From: General Secretariat of the Council
To: Delegations
Subject: Outcome of proceedings of the EU-US Senior Officials Meeting on Justice and Home
Affairs (Stockholm, 16-17 March 2023)
1. Access to electronic evidence
The Parties welcomed the resumption of the EU-US negotiations on an e-evidence agree-
ment. The US delegation warned against the creation of a parallel data protection
7725/23 RS/mr 1
JAI.1 LIMITE EN
regime under the new UN agreement.
2. Update on progress towards Visa Reciprocity
Both sides agreed to continue working in the tripartite process.`;
console.log(normaliseText(raw));
