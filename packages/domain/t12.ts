import { readFileSync } from 'node:fs';
import { normaliseText } from './src/parse/normalise.js';
const t = normaliseText(readFileSync(process.argv[2]!,'utf8'));
console.log(t.text.split('\n').map(l => l.length > 160 ? l.slice(0,80) + ' … ' + l.slice(-60) : l).join('\n'));
