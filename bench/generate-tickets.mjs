// Writes a ticket export of N tickets for the example agreement to stdout (or to --out <file>), for timing `sla report`.
// Usage: node bench/generate-tickets.mjs 100000 > /tmp/t.csv
//        node bench/generate-tickets.mjs 1000000 --out bench/work/tickets-1000000.csv
//        node scripts/dev.mjs report examples/standard-customer-service-assistant.sla.yaml --tickets /tmp/t.csv --now 2027-04-01T09:00
// Deterministic (seeded), so timings compare like with like. Tickets spread over March 2027 in Berlin time, with
// the severities, request types, pauses, updates and open tickets of a busy month. Not committed data.
// Streams: rows are written in batches as they are made (with backpressure), so a million rows (100 MB) never sit
// in memory. Same bytes as before for the same count.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const count = Number(process.argv[2] ?? 100_000);
const outAt = process.argv.indexOf('--out');
const out = outAt > 0 ? createWriteStream(process.argv[outAt + 1]) : process.stdout;
if (!Number.isInteger(count) || count < 1) {
  process.stderr.write('usage: node bench/generate-tickets.mjs <number of tickets>\n');
  process.exit(2);
}

// mulberry32: a small seeded generator, so every run writes the same file.
let seed = 0x5eed;
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (weighted) => {
  let r = random() * weighted.reduce((n, [, w]) => n + w, 0);
  for (const [value, weight] of weighted) if ((r -= weight) < 0) return value;
  return weighted.at(-1)[0];
};

const SEVERITIES = [['critical', 2], ['high', 18], ['normal', 50], ['low', 30]];
const TYPES = [['incident', 30], ['answer-quality', 25], ['tuning', 12], ['question', 22], ['reporting', 8], ['enhancement', 3]];
const MINUTE = 60_000;
const start = Date.parse('2027-03-01T00:00:00+01:00');
const span = Date.parse('2027-04-01T00:00:00+02:00') - start;
const now = Date.parse('2027-04-01T09:00:00+02:00');
const iso = (ms) => new Date(ms).toISOString().replace(/\.000Z$/, 'Z');

let lines = ['ticket_id,severity,request_type,opened_at,first_response_at,resolved_at,pauses,effort_hours,updates'];
const flush = async () => {
  if (!out.write(`${lines.join('\n')}\n`)) await once(out, 'drain');
  lines = [];
};
for (let i = 0; i < count; i++) {
  const opened = start + Math.floor(random() * span / MINUTE) * MINUTE;
  const severity = pick(SEVERITIES);
  const scale = { critical: 60, high: 180, normal: 900, low: 2400 }[severity];
  const response = opened + Math.floor(random() ** 2 * scale * 2) * MINUTE;
  const resolved = response + Math.floor(random() ** 2 * scale * 20) * MINUTE;
  const hasPause = random() < 0.15;
  const pauseStart = response + Math.floor(random() * 600) * MINUTE;
  const pauses = hasPause ? `${iso(pauseStart)}/${iso(pauseStart + Math.floor(random() * 2000) * MINUTE)}` : '';
  const updates = severity === 'critical' || severity === 'high'
    ? Array.from({ length: Math.floor(random() * 4) }, (_, k) => iso(response + (k + 1) * scale * MINUTE)).filter((u) => Date.parse(u) < resolved).join(';')
    : '';
  lines.push([
    `B-${100000 + i}`, severity, pick(TYPES), iso(opened),
    response <= now ? iso(response) : '', resolved <= now ? iso(resolved) : '',
    pauses, (Math.round(random() * 16) / 4).toString(), updates,
  ].join(','));
  if (lines.length >= 5000) await flush();
}
if (lines.length > 0) await flush();
if (out !== process.stdout) {
  out.end();
  await once(out, 'finish');
}
