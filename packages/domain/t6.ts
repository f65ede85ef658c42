import fc from 'fast-check';
import { normaliseText } from './src/parse/normalise.js';
const r = fc.check(fc.property(fc.string({ maxLength: 300, unit: 'binary' }), (s) => normaliseText(normaliseText(s).text).text === normaliseText(s).text), { numRuns: 3000 });
console.log(r.failed, JSON.stringify(r.counterexample));
const lines = ['Subject:', 'a) !', '', '1.', 'I. COUNTER-TERRORISM', '(a) Visa', 'Washington D.C., 15 December 2022', '-\n', '____', '*', 'ANNEX', '7725/23 RS/mr 3 JAI.1 LIMITE EN', 'The US side warned', 'against', 'x', 'LIMITE', 'EN', '7725/23', 'Summary', 'From: General Secretariat', 'Brussels, 24 March 2023'];
const r2 = fc.check(fc.property(fc.array(fc.constantFrom(...lines), {maxLength: 12}).map(a => a.join('\n')), (s) => { const o = normaliseText(s).text; return normaliseText(o).text === o; }), { numRuns: 5000 });
console.log(r2.failed, JSON.stringify(r2.counterexample));
if (r2.counterexample) { const o = normaliseText(r2.counterexample[0] as string).text; console.log(JSON.stringify(o), JSON.stringify(normaliseText(o).text)); }
