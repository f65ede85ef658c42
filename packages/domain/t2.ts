import { normaliseText } from './src/parse/normalise.js';
const raw = `Council of the
European Union
Brussels, 14 March 2017
(OR. en)
7163/17
LIMITE
JAIEX 14 JAI 345 USA 24
OUTCOME OF PROCEEDINGS
From:
General Secretariat of the Council
To:
Delegations
Subject:
Outcome of the EU – US Justice and Home Affairs Senior Officials Meeting, Valletta, 1-2
March 2017
1.
Introduction
The Maltese Presiden-
cy opened the meeting and welcomed the participants. The EU and the US dis-
cussed end-to-
end encryption and EU-
US relations in the Committee1 framework, and
____
1 The Standing Committee on Operational Cooperation on
Internal Security.
7163/17 DGD1B
PC/pf
1
LIMITE
EN
the US delegation agreed on the need to continue.
II. Counter-terrorism
The US side warned.
9531/14 WvdR/nc 2 DG D LIMITEEN
`;
const n = normaliseText(raw.replace('9531/14','7163/17'));
console.log(n.text); console.log(n.warnings);
for (const w of n.warnings) if (w.span) console.log(JSON.stringify(n.text.slice(w.span.start, w.span.end)));
console.log(normaliseText(n.text).text === n.text);
