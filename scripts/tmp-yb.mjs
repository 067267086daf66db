import { readdirSync, readFileSync } from 'node:fs';
import { parseEvents } from 'js-yaml';
const dir = 'bench/work/agreements-1000';
const texts = readdirSync(dir).slice(0, 300).map((f) => readFileSync(`${dir}/${f}`, 'utf8'));
for (let r = 0; r < 5; r++) for (const t of texts) parseEvents(t, { maxDepth: 100 });
