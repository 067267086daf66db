// Writes N varied, realistic support agreements for the benchmarks, deterministically from a seed.
//
//   node bench/generate.mjs <count> <outDir> [--seed N]
//
// Every file is built from one of the three shipped examples (examples/*.sla.yaml), varied with a seeded PRNG:
// sizes run from a one-page essential agreement (optional sections dropped) to a large premium one with up to a
// dozen calendars, dozens of holidays a calendar and up to eight tiers. About a third carry drafting mistakes that
// `sla lint` (and the Spectral ruleset in bench/spectral/) should find: vague words, missing client
// responsibilities, a response target slower than its resolution target, missing scope exclusions, a severity
// level without a definition. Which ones were injected is written to <outDir>/manifest.json.
//
// Files are written as YAML 1.1-safe text (date-like and yes/no-like strings quoted), so YAML 1.1 readers such as
// ajv-cli's js-yaml read the same values as sla's YAML 1.2 loader, and both tools can be given the same files.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const require = createRequire(path.join(root, 'package.json'));
const YAML = require('yaml');

/** mulberry32: small, fast, good enough for test data; the same seed gives the same sequence on every machine. */
export function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

const clone = (value) => structuredClone(value);
const slug = (text) => text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const pad = (n, width = 2) => String(n).padStart(width, '0');

const PROVIDERS = ['Lindenfield Automation', 'Kestrel Studio', 'Fathom & Finch', 'Northwind Agents', 'Copperleaf AI', 'Bluebird Workflows', 'Quarry Labs', 'Tessellate Systems', 'Marlow & Vance Digital', 'Orchard Intelligence'];
const CLIENTS = ['Harbor & Pine Bookkeeping', 'Brightline Home', 'Meridian Outdoor', 'Alder Street Clinics', 'Pemberton Logistics', 'Vireo Insurance', 'Saltmarsh Foods', 'Łódź Textile Works', 'Café Zoë', 'Granite Peak Legal', 'Osprey Freight', 'Nordlicht Energie'];
const FIRST = ['Priya', 'Marcus', 'Dolores', 'Ben', 'Aisha', 'Tomás', 'Harriet', 'Siobhán', 'Raj', 'Catherine', 'Jonas', 'Zoë', 'Mei', 'Oluwaseun', 'Ingrid', 'Mateo', 'Yuki', 'Fatima', 'Lars', 'Chloé'];
const LAST = ['Raman', 'Olsen', 'Ávila', 'Whitaker', 'Okonkwo', 'Ferreira', 'Lowe', 'Gallagher', 'Patel', 'Moreau', 'Weber', 'Šimková', 'Chen', 'Adeyemi', 'Lindqvist', 'García', 'Tanaka', 'Haddad', 'Eriksen', 'Dubois'];
const WORKFLOWS = ['Invoice Extraction Workflow', 'Customer-Service Assistant', 'Dynamic Pricing Agent', 'Claims Triage Pipeline', 'Contract Review Assistant', 'Lead Qualification Agent', 'Knowledge-Base Search', 'Order Exception Handler', 'Meeting Summary Pipeline', 'Fraud Signal Reviewer'];
// Regional business calendars for large agreements: zone, working windows, weekdays.
const REGIONS = [
  { id: 'london', zone: 'Europe/London', open: ['08:00-18:00'] },
  { id: 'berlin', zone: 'Europe/Berlin', open: ['09:00-12:30', '13:30-17:30'] },
  { id: 'paris', zone: 'Europe/Paris', open: ['09:00-18:00'] },
  { id: 'madrid', zone: 'Europe/Madrid', open: ['09:00-14:00', '15:00-18:00'] },
  { id: 'warsaw', zone: 'Europe/Warsaw', open: ['08:00-16:00'] },
  { id: 'new-york', zone: 'America/New_York', open: ['09:00-17:00'] },
  { id: 'chicago', zone: 'America/Chicago', open: ['08:00-17:00'] },
  { id: 'los-angeles', zone: 'America/Los_Angeles', open: ['08:00-17:00'] },
  { id: 'sao-paulo', zone: 'America/Sao_Paulo', open: ['09:00-18:00'] },
  { id: 'johannesburg', zone: 'Africa/Johannesburg', open: ['08:00-17:00'] },
  { id: 'mumbai', zone: 'Asia/Kolkata', open: ['09:30-18:30'] },
  { id: 'singapore', zone: 'Asia/Singapore', open: ['09:00-18:00'] },
  { id: 'tokyo', zone: 'Asia/Tokyo', open: ['09:00-17:30'] },
  { id: 'sydney', zone: 'Australia/Sydney', open: ['08:30-17:00'] },
];
const HOLIDAY_NAMES = ['New Year\'s Day', 'Spring holiday', 'Founders\' Day', 'Labour Day', 'Midsummer', 'National Day', 'Harvest Festival', 'Company offsite', 'Remembrance Day', 'Christmas Eve', 'Christmas Day', 'Boxing Day', 'Year-end closure', 'Bridge day', 'Regional holiday'];
const VAGUE = [
  ' The provider will respond promptly and use best efforts to fix it as soon as possible.',
  ' Issues are handled in a timely manner with reasonable efforts.',
  ' We will get back to the client as soon as possible.',
];
const SETS = { responsibilities: 'missing-client-responsibilities', slower: 'response-slower-than-resolution', exclusions: 'missing-scope-exclusions', vague: 'vague-words', definition: 'severity-without-definition' };

function loadBases() {
  const dir = path.join(root, 'examples');
  const bases = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.sla.yaml')).sort()) {
    const kind = file.split('-')[0]; // essential | standard | premium
    bases[kind] = YAML.parse(readFileSync(path.join(dir, file), 'utf8'));
  }
  return bases;
}

/** Replaces every string value equal to `from` (ids used as references) with `to`, in place. */
function renameRefs(node, from, to) {
  if (Array.isArray(node)) node.forEach((v, i) => (typeof v === 'string' && v === from ? (node[i] = to) : renameRefs(v, from, to)));
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) typeof v === 'string' && v === from ? (node[k] = to) : renameRefs(v, from, to);
}

function person(r, roles) {
  const first = r.pick(FIRST);
  const last = r.pick(LAST);
  return { first, last, name: `${first} ${last}`, roles };
}

function varyParties(doc, r, provider, client) {
  const providerDomain = `${slug(provider).slice(0, 20)}.example`;
  const clientDomain = `${slug(client).slice(0, 20)}.example`;
  doc.parties.provider.name = provider;
  doc.parties.client.name = client;
  if (doc.parties.provider.legalName) doc.parties.provider.legalName = `${provider} Ltd`;
  if (doc.parties.client.legalName) doc.parties.client.legalName = `${client} Ltd`;
  for (const [side, domain] of [['provider', providerDomain], ['client', clientDomain]]) {
    for (const contact of doc.parties[side].contacts ?? []) {
      const p = person(r);
      contact.name = p.name;
      if (contact.email) contact.email = `${slug(p.first)}.${slug(p.last)}@${domain}`;
    }
  }
}

function scaleDurations(tier, r) {
  // Keeps each target's own order (response ≤ resolution) by scaling the numbers of whole-hour targets together.
  const factor = r.pick([1, 1, 1, 2]);
  if (factor === 1) return;
  for (const target of Object.values(tier.targets ?? {})) {
    for (const key of ['response', 'update', 'resolution']) {
      const t = target[key];
      const field = key === 'update' ? 'every' : 'within';
      if (t && /^\d+h$/.test(t[field])) t[field] = `${parseInt(t[field], 10) * factor}h`;
    }
  }
}

function holidays(r, year, count) {
  const seen = new Set();
  const list = [];
  while (list.length < count) {
    const month = r.int(1, 12);
    const day = r.int(1, 28);
    const date = `${year + (list.length >= count / 2 ? 1 : 0)}-${pad(month)}-${pad(day)}`;
    if (seen.has(date)) continue;
    seen.add(date);
    const holiday = { date, name: r.pick(HOLIDAY_NAMES) };
    if (r.chance(0.1)) holiday.open = ['09:00-12:00'];
    list.push(holiday);
  }
  return list.sort((a, b) => (a.date < b.date ? -1 : 1));
}

/** A large premium agreement: regional calendars, one regional premium tier per calendar. */
function enlarge(doc, r, year) {
  const regions = [...REGIONS].sort(() => r.next() - 0.5).slice(0, r.int(3, 10));
  const premium = doc.tiers.find((t) => t.id === doc.serviceTier) ?? doc.tiers[doc.tiers.length - 1];
  const businessCalendar = doc.calendars.find((c) => Array.isArray(c.hours))?.id;
  for (const region of regions) {
    const id = `${region.id}-business`;
    if (doc.calendars.some((c) => c.id === id)) continue;
    doc.calendars.push({
      id,
      name: `${region.id.split('-').map((w) => w[0].toUpperCase() + w.slice(1)).join(' ')} business hours`,
      timezone: region.zone,
      hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: region.open }],
      holidays: holidays(r, year, r.int(8, 30)),
    });
    const tier = clone(premium);
    tier.id = `${premium.id}-${region.id}`;
    tier.name = `${premium.name} (${region.id})`;
    tier.supportHours = id;
    if (businessCalendar) renameRefs(tier.targets, businessCalendar, id);
    if (tier.price) tier.price.amount = Math.round(tier.price.amount * (0.8 + r.next() * 0.6));
    doc.tiers.push(tier);
    if (doc.channels.length < 12 && r.chance(0.5)) {
      doc.channels.push({ id: `${region.id}-desk`, type: 'email', address: `${region.id}@support.example`, hours: id, description: `Regional support desk for ${region.id}, answered in local business hours.` });
    }
  }
  // More services and metrics: a big account runs several workflows.
  const base = doc.services[0];
  for (let i = 0, n = r.int(1, 4); i < n; i++) {
    const service = clone(base);
    service.id = `${base.id}-${i + 2}`;
    service.name = `${r.pick(WORKFLOWS)} ${i + 2}`;
    doc.services.push(service);
  }
}

/** The one-page essential agreement: only what the schema requires, plus scope and client responsibilities. */
function shrink(doc) {
  for (const key of ['definitions', 'requestTypes', 'monitoring', 'maintenance', 'review', 'signatures', 'availability', 'escalation']) delete doc[key];
  doc.services = doc.services.slice(0, 1);
  delete doc.services[0].dependencies;
  doc.scope.included = doc.scope.included.slice(0, 3);
}

function injectFindings(doc, r, findings) {
  const want = (p) => r.chance(p);
  if (want(0.35)) {
    if (r.chance(0.5)) delete doc.clientResponsibilities;
    else doc.clientResponsibilities = (doc.clientResponsibilities ?? []).slice(0, 2);
    findings.push(SETS.responsibilities);
  }
  if (want(0.35)) {
    const tier = doc.tiers.find((t) => t.id === doc.serviceTier) ?? doc.tiers[0];
    const [severity, target] = Object.entries(tier.targets).find(([, t]) => t.resolution) ?? [];
    if (target) {
      target.response = { within: '3d', calendar: target.resolution.calendar };
      target.resolution.within = '1d';
      findings.push(`${SETS.slower}:${tier.id}/${severity}`);
    }
  }
  if (want(0.3) && doc.scope) {
    delete doc.scope.excluded;
    findings.push(SETS.exclusions);
  }
  if (want(0.35)) {
    const level = r.pick(doc.severityLevels);
    level.definition = `${level.definition ?? ''}${r.pick(VAGUE)}`.trim();
    if (doc.clientResponsibilities?.[0]) doc.clientResponsibilities[0].description += r.pick(VAGUE);
    findings.push(SETS.vague);
  }
  if (want(0.2)) {
    delete r.pick(doc.severityLevels).definition;
    findings.push(SETS.definition);
  }
  if (findings.length === 0) {
    doc.scope && delete doc.scope.excluded;
    findings.push(SETS.exclusions);
  }
}

/** Builds agreement number `index` (0-based) of a set generated from `seed`. */
export function makeAgreement(bases, seed, index) {
  const r = prng((seed * 1_000_003 + index * 7919) >>> 0);
  const roll = r.next();
  // Size mix: 30 % one-page essential, 25 % full essential, 25 % standard, 20 % large premium.
  const size = roll < 0.3 ? 'one-page' : roll < 0.55 ? 'essential' : roll < 0.8 ? 'standard' : 'large';
  const base = size === 'one-page' || size === 'essential' ? 'essential' : size === 'standard' ? 'standard' : 'premium';
  const doc = clone(bases[base]);
  const provider = r.pick(PROVIDERS);
  const client = r.pick(CLIENTS);
  const workflow = r.pick(WORKFLOWS);
  const year = r.int(2026, 2028);
  doc.id = `${slug(client)}-${slug(workflow)}-${pad(index, 5)}`;
  doc.title = `Support Agreement — ${workflow}`;
  doc.version = `${r.int(1, 4)}.${r.int(0, 9)}`;
  doc.status = r.pick(['draft', 'proposed', 'active', 'active']);
  doc.effectiveDate = `${year}-${pad(r.int(1, 12))}-01`;
  if (doc.term) doc.term.initialMonths = r.pick([12, 12, 24, 36]);
  varyParties(doc, r, provider, client);
  doc.services[0].name = workflow;
  for (const calendar of doc.calendars) {
    if (Array.isArray(calendar.hours) && calendar.holidays) calendar.holidays = holidays(r, year, r.int(calendar.holidays.length - 2, calendar.holidays.length + 4));
  }
  for (const tier of doc.tiers) {
    scaleDurations(tier, r);
    if (tier.price) tier.price.amount = Math.round(tier.price.amount * (0.7 + r.next() * 0.8) / 10) * 10;
  }
  if (size === 'one-page') shrink(doc);
  if (size === 'large') enlarge(doc, r, year);
  const findings = [];
  if (r.chance(size === 'one-page' ? 0.5 : 0.3)) injectFindings(doc, r, findings);
  return { doc, size, findings };
}

/** Serialises so that YAML 1.1 readers (js-yaml 3 in ajv-cli) and YAML 1.2 readers (sla) read the same values. */
export function toYaml(doc) {
  return `# Generated by bench/generate.mjs for benchmarks; not a real agreement.\n${YAML.stringify(doc, { version: '1.1', lineWidth: 120 })}`;
}

export function generate({ count, outDir, seed = 1 }) {
  const bases = loadBases();
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const manifest = { seed, count, files: {} };
  for (let i = 0; i < count; i++) {
    const { doc, size, findings } = makeAgreement(bases, seed, i);
    const name = `agreement-${pad(i + 1, 5)}.sla.yaml`;
    writeFileSync(path.join(outDir, name), toYaml(doc));
    manifest.files[name] = { size, findings };
  }
  writeFileSync(path.join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
  return manifest;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const seedAt = args.indexOf('--seed');
  const seed = seedAt >= 0 ? Number(args.splice(seedAt, 2)[1]) : 1;
  const [count, outDir] = args;
  if (!count || !outDir || !(Number(count) > 0)) {
    console.error('usage: node bench/generate.mjs <count> <outDir> [--seed N]');
    process.exit(2);
  }
  const manifest = generate({ count: Number(count), outDir: path.resolve(outDir), seed });
  const sizes = {};
  let withFindings = 0;
  for (const { size, findings } of Object.values(manifest.files)) {
    sizes[size] = (sizes[size] ?? 0) + 1;
    if (findings.length) withFindings++;
  }
  console.error(`wrote ${count} agreements to ${outDir} (seed ${seed}): ${Object.entries(sizes).map(([k, v]) => `${v} ${k}`).join(', ')}; ${withFindings} with findings`);
}
