// Agreements built to stress the typesetter (issue 15, "Done when"): long names and addresses, long contact
// names and e-mail addresses, 300-character URLs, several time zones, 8 severity levels with long definitions,
// 5 tiers with prices and 40 holidays. Each starts from the standard example, so it keeps a real contract's
// shape, and each is a valid agreement (the test checks it with the library's validator, as `sla validate`
// does).
//
// Limits a compliant typesetter can still meet: no word is wider than a narrow table column (URL segments
// between slashes stay under 32 characters, "https://" and the host included; e-mail addresses under 55),
// since the layout rules allow a URL to break only at '/' and never allow an address to break.
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { agreementSchema } from '../../src/schema.js';

export interface StressAgreement {
  /** Used as the file name (`<name>.sla.yaml`) and in test names. */
  readonly name: string;
  /** What the document stresses. */
  readonly about: string;
  readonly text: string;
}

const STANDARD = new URL('../../examples/standard-customer-service-assistant.sla.yaml', import.meta.url);

type Data = Record<string, any>;

/** A URL of exactly `length` characters: a host, then path segments of at most 24 characters. */
export function longUrl(host: string, length: number, words: readonly string[] = URL_WORDS): string {
  let url = `https://${host}/`;
  for (let index = 0; url.length < length; index += 1) {
    const word = words[index % words.length]!;
    const room = length - url.length;
    url += room > word.length + 1 ? `${word}/` : `${word}x`.slice(0, room).replace(/[-/]$/, 'x');
  }
  return url;
}

const URL_WORDS = [
  'customers',
  'brightline-home',
  'service-desk',
  'requests',
  'incidents',
  'new-request',
  'customer-service',
  'assistant',
  'production',
  'eu-central-1',
  'severity-critical',
  'hand-over-queue',
  'conversations',
  'attachments',
  'evaluation-set',
  'regression',
];

/** `presentation.tierComparison` shows every tier with its price; used only when the schema knows it. */
function tierComparison(): Data {
  const properties = (agreementSchema as { properties?: Record<string, unknown> }).properties ?? {};
  return 'presentation' in properties ? { presentation: { tierComparison: true } } : {};
}

function standard(): Data {
  return parse(readFileSync(STANDARD, 'utf8')) as Data;
}

// ---------------------------------------------------------------------------------------------------------
// Long parties, contacts, addresses, URLs and several time zones.

const PROVIDER_LEGAL = 'Kestrel Workflow Studio für Künstliche Intelligenz, Prozessautomatisierung und Kundendialogsysteme GmbH & Co. KG';
const PROVIDER_ADDRESS = 'Torstraße 140, Hinterhaus, Aufgang C, 4. Obergeschoss, Raum 4.17, 10119 Berlin-Mitte, Bundesrepublik Deutschland';
const CLIENT_LEGAL = 'Brightline Home Appliances International Vertriebs- und Kundendienstgesellschaft für Haushaltsgeräte Aktiengesellschaft';
const CLIENT_ADDRESS = 'Hafenstraße 8–12, Speicherstadt-Kontorhaus, Block D, 7. Etage, 20457 Hamburg-HafenCity, Bundesrepublik Deutschland';

const PORTAL_URL = longUrl('support.kestrel.example', 300);
const HANDBOOK_URL = longUrl('docs.kestrel.example', 300, ['handbook', 'brightline-home', 'operating-manual', 'version-2027', 'chapter-07', 'switching-off', 'emergency-stop', 'procedure']);

function longParties(data: Data): void {
  data.title = 'Support Agreement — Multilingual Customer-Service Assistant, Order-Status Integration and Warranty-Claims Triage';
  const { provider, client } = data.parties;
  provider.name = 'Kestrel Workflow Studio für Künstliche Intelligenz und Prozessautomatisierung';
  provider.legalName = PROVIDER_LEGAL;
  provider.address = PROVIDER_ADDRESS;
  provider.contacts = [
    { name: 'Jonas Maximilian Weber-Schwarzenberg', title: 'Delivery Lead for Conversational Automation, Europe', email: 'jonas.weber-schwarzenberg@kestrel-studio.example', phone: '+49 30 5550 1401', roles: ['point-of-contact'] },
    { name: 'Zoë Šimková-Dvořáková', title: 'Head of Support and Service Reliability Engineering', email: 'zoe.simkova-dvorakova@kestrel-studio.example', phone: '+49 30 5550 1402', roles: ['escalation', 'signatory'] },
    { name: 'Hiroshi Takahashi-Nakamura', title: 'On-call Engineer, Asia-Pacific Follow-the-Sun Rotation', email: 'hiroshi.takahashi@apac.kestrel-studio.example', phone: '+81 3 5550 0199', roles: ['technical'] },
  ];
  client.name = 'Brightline Home Appliances International';
  client.legalName = CLIENT_LEGAL;
  client.address = CLIENT_ADDRESS;
  client.contacts = [
    { name: 'Leonie Charlotte Brandt-Oppenheimer', title: 'Customer Service Operations Manager, German-Speaking Markets', email: 'leonie.brandt-oppenheimer@brightline-home.example', phone: '+49 40 5550 2201', roles: ['point-of-contact'] },
    { name: 'Matthias Krüger-Löwenstein', title: 'Director of Customer Experience and Digital Service Channels', email: 'matthias.krueger-loewenstein@brightline-home.example', roles: ['escalation', 'signatory'] },
    { name: 'Valentina Fernández de Córdoba', title: 'Regional Service Lead, Latin America', email: 'valentina.fernandez@latam.brightline-home.example', phone: '+54 11 5550 7788', roles: ['technical', 'billing'] },
  ];
  data.definitions.push({
    term: 'Operating handbook',
    meaning: `The document, kept by the Provider at ${HANDBOOK_URL} and updated with every release, that tells the Client's agents how to switch the assistant off and hand all conversations to people.`,
  });
  data.signatures = [
    { party: 'provider', name: 'Zoë Šimková-Dvořáková', title: 'Head of Support and Service Reliability Engineering' },
    { party: 'client', name: 'Matthias Krüger-Löwenstein', title: 'Director of Customer Experience and Digital Service Channels' },
  ];
  // The escalation steps name the same people.
  data.escalation[0].contact = { ...provider.contacts[0] };
  delete data.escalation[0].contact.roles;
  data.escalation[1].contact = { ...provider.contacts[1] };
  delete data.escalation[1].contact.roles;
}

function longChannels(data: Data): void {
  const portal = data.channels.find((channel: Data) => channel.type === 'portal');
  portal.address = PORTAL_URL;
  portal.description = `The main channel for every request. Include the conversation ID, the time it happened and what the customer expected; attach exports from ${longUrl('exports.brightline.example', 120)} where you can.`;
  const email = data.channels.find((channel: Data) => channel.type === 'email');
  email.address = 'support-requests.brightline-home@kestrel-studio.example';
}

function severalZones(data: Data): void {
  data.calendars.push(
    {
      id: 'follow-the-sun',
      name: 'Follow-the-sun chat desk',
      timezones: ['America/Los_Angeles', 'Europe/Berlin', 'Australia/Sydney'],
      hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: ['08:00-16:00'] }],
    },
    {
      id: 'tokyo-business',
      name: 'Tokyo engineering hours',
      timezone: 'Asia/Tokyo',
      hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: ['09:00-18:00'] }],
    },
    {
      id: 'buenos-aires-business',
      name: 'Buenos Aires regional desk',
      timezone: 'America/Argentina/Buenos_Aires',
      hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: ['09:00-13:00', '14:00-18:00'] }],
    },
  );
  data.channels.push(
    { id: 'chat', type: 'chat', address: 'https://chat.kestrel-studio.example/brightline', hours: 'follow-the-sun', description: 'Chat with the follow-the-sun desk in America/Los_Angeles, Europe/Berlin and Australia/Sydney working hours.' },
    { id: 'apac-phone', type: 'phone', address: '+81 3 5550 0100', hours: 'tokyo-business', description: 'Engineering questions during Asia/Tokyo working hours.' },
    { id: 'latam-phone', type: 'phone', address: '+54 11 5550 7700', hours: 'buenos-aires-business', description: 'Questions from the Latin American service centres, in Spanish, during America/Argentina/Buenos_Aires working hours.' },
  );
}

// ---------------------------------------------------------------------------------------------------------
// Many severities, many tiers, many holidays.

const SEVERITIES: readonly { id: string; name: string; subject: string }[] = [
  { id: 'critical', name: 'Critical — total outage', subject: 'The assistant is unavailable to every customer in every language and market' },
  { id: 'urgent', name: 'Urgent — legal or safety risk', subject: 'The assistant gives answers that put customers or the Client at legal, financial or safety risk' },
  { id: 'high', name: 'High — major function failing', subject: 'A major function of the assistant fails, such as order-status look-ups or warranty-claim triage' },
  { id: 'elevated', name: 'Elevated — quality dropped', subject: 'Answer quality has dropped noticeably in one language or market, measured on the weekly sample' },
  { id: 'normal', name: 'Normal — one intent misbehaves', subject: 'A single intent or a small share of conversations misbehaves' },
  { id: 'moderate', name: 'Moderate — degraded reporting', subject: 'Reports, dashboards or metric exports are late, incomplete or inconsistent' },
  { id: 'low', name: 'Low — cosmetic issue', subject: 'Wording, tone, formatting or other cosmetic issues in answers' },
  { id: 'advisory', name: 'Advisory — question or advice', subject: 'Questions about how the assistant behaves, requests for advice and suggestions' },
];

function eightSeverities(data: Data): void {
  data.severityLevels = SEVERITIES.map((severity, index) => ({
    id: severity.id,
    level: index + 1,
    name: severity.name,
    definition: `${severity.subject}. The classification follows the impact on the Client's customers and agents at the time the request is raised, not the effort the fix needs; when two levels could apply, the more severe one applies until the parties agree otherwise in writing.`,
    businessImpact: `Level ${index + 1} of 8: ${index < 3 ? 'customers cannot get reliable help in the help centre and contact-centre volume rises within the hour' : 'the effect on customers is limited, but agents spend measurable extra time on hand-overs and corrections'}.`,
    examples: [
      `${severity.subject.split(',')[0]} for more than 15 minutes during the German evening peak.`,
      'The assistant quotes refund terms, prices or delivery dates that contradict the published warranty terms.',
      'A hand-over to a human agent loses the conversation history, so the customer has to start again.',
    ],
  }));
  for (const channel of data.channels) {
    if (channel.severities) channel.severities = channel.type === 'phone' ? ['critical', 'urgent'] : SEVERITIES.slice(2).map((severity) => severity.id);
  }
}

const RESPONSE = ['15m', '30m', '1h', '2h', '4h', '8h', '1d', '2d'];
const UPDATE = ['30m', '1h', '2h', '4h', '1d', '2d', '3d', '5d'];
const RESOLUTION = ['4h', '8h', '1d', '2d', '3d', '5d', '10d', '15d'];

function fiveTiers(data: Data, currency: string, business: string): void {
  const tiers: readonly [string, string, number, string][] = [
    ['essential', 'Essential', 1400, 'month'],
    ['standard', 'Standard', 2900, 'month'],
    ['plus', 'Standard Plus', 4750.5, 'month'],
    ['premium', 'Premium', 26500, 'quarter'],
    ['enterprise', 'Enterprise Follow-the-Sun', 149500, 'year'],
  ];
  data.tiers = tiers.map(([id, name, amount, per], tierIndex) => ({
    id,
    name,
    description: `For ${['internal workflows where a working-day response is acceptable', 'customer-facing workflows with round-the-clock response to critical incidents', 'customer-facing workflows in several markets', 'revenue-critical workflows in every market', 'groups that run the assistant in every time zone'][tierIndex]}.`,
    businessCriticality: tierIndex < 1 ? 'low' : tierIndex < 3 ? 'high' : 'mission-critical',
    supportHours: business,
    reporting: tierIndex < 2 ? 'monthly' : 'weekly',
    proactiveOptimisation: tierIndex < 1 ? { included: false } : { included: true, description: 'A quarterly review of answer quality, cost per conversation and retrieval coverage, with recommended changes.' },
    price: { amount, currency, per },
    targets: Object.fromEntries(
      SEVERITIES.map((severity, index) => {
        const slower = Math.max(0, Math.min(RESPONSE.length - 1, index + 2 - tierIndex));
        const calendar = index < 2 && tierIndex > 0 ? 'always-on' : business;
        return [
          severity.id,
          {
            response: { within: RESPONSE[slower], calendar, firmness: 'commitment' },
            ...(index < 6 ? { update: { every: UPDATE[slower], calendar, firmness: 'commitment' } } : {}),
            resolution: { within: RESOLUTION[slower], calendar, firmness: 'objective', kind: 'objective' },
          },
        ];
      }),
    ),
  }));
}

const HOLIDAY_NAMES = [
  'New Year’s Day', 'Epiphany', 'International Women’s Day', 'Good Friday', 'Easter Monday', 'Labour Day',
  'Liberation Day', 'Ascension Day', 'Whit Monday', 'Corpus Christi', 'Company Founders’ Day', 'Summer Bank Holiday',
  'Peace Festival of the City of Augsburg', 'Assumption Day', 'World Children’s Day', 'Day of German Unity',
  'Reformation Day', 'All Saints’ Day', 'Day of Repentance and Prayer', 'Christmas Eve', 'Christmas Day',
  'Second Day of Christmas', 'New Year’s Eve', 'Annual Company Offsite (whole team)', 'Regional Election Day',
  'Harbour Birthday of the Free and Hanseatic City of Hamburg', 'Carnival Monday', 'Shrove Tuesday',
  'Inventory and Year-End Closing Day', 'Works Council Assembly', 'Summer Closure, first day', 'Summer Closure, second day',
  'Summer Closure, third day', 'Staff Training Day', 'Data-Centre Migration Day', 'Remembrance Day',
  'Thanksgiving (United States offices)', 'Independence Day (United States offices)', 'Juneteenth (United States offices)',
  'Labor Day (United States offices)',
];

/** 40 dated holidays, nine days apart through the year, on the first calendar; two are half days. */
function fortyHolidays(data: Data): void {
  const start = Date.UTC(2027, 0, 1);
  data.calendars[0].holidays = HOLIDAY_NAMES.map((name, index) => {
    const date = new Date(start + index * 9 * 86_400_000).toISOString().slice(0, 10);
    return index % 17 === 5 ? { date, name, open: ['09:00-12:00'] } : { date, name };
  });
}

// ---------------------------------------------------------------------------------------------------------

function document(edit: (data: Data) => void): string {
  const data = standard();
  edit(data);
  return `# yaml-language-server: $schema=../schemas/sla.schema.json\n${stringify(data, { lineWidth: 0 })}`;
}

/** The stress set: three agreements, each valid, each aimed at a different part of the layout. */
export function stressAgreements(): StressAgreement[] {
  return [
    {
      name: 'stress-long-names',
      about: '~120-character party names and addresses, long contact names and e-mail addresses, a 300-character portal URL and one in a definition, five time zones',
      text: document((data) => {
        longParties(data);
        longChannels(data);
        severalZones(data);
      }),
    },
    {
      name: 'stress-many-levels',
      about: '8 severity levels with long definitions and examples, 5 tiers with prices (compared), 40 holidays; en-US on Letter paper',
      text: document((data) => {
        data.locale = 'en-US';
        data.calendars[0] = { ...data.calendars[0], id: 'new-york-business', name: 'New York business hours', timezone: 'America/New_York' };
        data.calendars[1].timezone = 'America/New_York';
        const renamed = JSON.parse(JSON.stringify(data).replaceAll('"berlin-business"', '"new-york-business"')) as Data;
        Object.assign(data, renamed);
        eightSeverities(data);
        fiveTiers(data, 'USD', 'new-york-business');
        data.serviceTier = 'premium';
        fortyHolidays(data);
        Object.assign(data, tierComparison());
      }),
    },
    {
      name: 'stress-everything-draft',
      about: 'all of the above in one draft (watermarked) agreement in euros',
      text: document((data) => {
        data.status = 'draft';
        longParties(data);
        longChannels(data);
        severalZones(data);
        eightSeverities(data);
        fiveTiers(data, 'EUR', 'berlin-business');
        data.serviceTier = 'plus';
        fortyHolidays(data);
        Object.assign(data, tierComparison());
      }),
    },
  ];
}
