/**
 * "9am–5pm EST" is wrong for half the year (New York is on EDT from March to November) and "CST" means three
 * different zones. The calendars already carry IANA zones (the schema refuses abbreviations there); prose that
 * repeats the hours must not reintroduce the ambiguity.
 *
 * Zone names are matched as whole phrases, the longest first, so each mention is one finding with the zone it
 * means: "European Central Time" and "Central European Time" are Europe/Berlin, not US Central; "Australian
 * Eastern Time" is Australia/Sydney, not US Eastern. The name of one region's year-round clock ("Pacific Time", "US
 * Pacific", "US Eastern") is as precise as its IANA name and is not reported (see `zone-phrases.ts`).
 */
import type { Rule } from '../types.js';
import { zoneMentions } from '../zone-phrases.js';

// Every zone name and abbreviation is capitalised: fields without a capital letter are passed over.
const ANY_CAPITAL = /[A-Z]/;

export const timezoneAbbreviation: Rule = {
  meta: {
    id: 'timezone-abbreviation',
    description: 'Prose names a time zone by abbreviation (EST, CET, PT...) instead of an IANA zone such as America/New_York.',
    category: 'calendar',
    defaultSeverity: 'warning',
    recommended: true,
    kind: 'text',
    messages: {
      abbreviation: '"{{words}}" is ambiguous and ignores daylight saving; name the IANA zone, e.g. {{zone}}, as the calendars do',
      spelledOut: '"{{words}}" changes with daylight saving and is not a zone name; name the IANA zone, e.g. {{zone}}, as the calendars do',
    },
  },
  check(context) {
    for (const field of context.textFields()) {
      if (!ANY_CAPITAL.test(field.text)) continue;
      for (const mention of zoneMentions(field.text)) {
        if (mention.kind === 'zoneName') continue;
        context.report({ messageId: mention.kind === 'abbreviation' ? 'abbreviation' : 'spelledOut', data: { words: mention.words, zone: mention.zone }, pointer: field.pointer, range: field.rangeOf(mention.start, mention.end) });
      }
    }
  },
};
