import { readFileSync } from 'node:fs';
import { parseOutcome } from './src/parse/parse-outcome.js';
import { normaliseText } from './src/parse/normalise.js';
const raw = readFileSync('../../fixtures/2023-03-som-stockholm.txt', 'utf8');
for (let i = 0; i < 20; i++) parseOutcome(raw);
let t = performance.now(); for (let i = 0; i < 100; i++) parseOutcome(raw); let ms = (performance.now() - t) / 100;
console.log('parse ms', ms.toFixed(2), 'MB/s', (raw.length / 1e6 / (ms / 1000)).toFixed(1));
t = performance.now(); for (let i = 0; i < 100; i++) normaliseText(raw); ms = (performance.now() - t) / 100;
console.log('normalise ms', ms.toFixed(2));
