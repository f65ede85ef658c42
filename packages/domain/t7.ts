import fc from 'fast-check';
import { normaliseText } from './src/parse/normalise.js';
import { mutatedReference } from './src/test-support/mutate-reference.js';
const r = fc.check(fc.property(mutatedReference, (s) => { const o = normaliseText(s).text; return normaliseText(o).text === o; }), { numRuns: 1500 });
if (r.counterexample) { const s = r.counterexample[0] as string; const o = normaliseText(s).text; const o2 = normaliseText(o).text; let at=0; while (o[at]===o2[at]) at++;
 const orig = s; console.log(JSON.stringify(o.slice(Math.max(0,at-100), at+100)), '\n', JSON.stringify(o2.slice(Math.max(0,at-100), at+100)));
 // find region in input
 const key = o.slice(at, at+20); const k = orig.indexOf(key.slice(0,10)); console.log('INPUT:', JSON.stringify(orig.slice(Math.max(0,k-300), k+200)));
} else console.log('ok');
