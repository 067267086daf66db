/**
 * Six months of tickets for the Berlin example (examples/standard-customer-service-assistant.sla.yaml), January to
 * June 2027, as a CSV export: a clean service, or one with patterns planted for `sla review` to find — High responses
 * at 150–180 % of their 2-hour target every month, tuning over its 8-hour cap every month, and output-quality requests
 * growing from 4 to 12 a month; a tenth or more of each month's requests closed "Won't Do" (out of scope); no Critical
 * request at all, which the cheaper Essential tier would cover. Deterministic: the same options give the same text.
 */
import { DateTime } from 'luxon';

export interface Plant {
  slowHighResponses?: boolean;
  tuningOverCap?: boolean;
  growingOutputQuality?: boolean;
  /** Questions about other systems closed "Won't Do": 6 a month. */
  outOfScopeClosures?: boolean;
  /** No Critical request in the half year (the clean export has two a month). */
  noCritical?: boolean;
}

const ZONE = 'Europe/Berlin';
const HOLIDAYS = new Set(['2027-01-01', '2027-03-26', '2027-03-29', '2027-05-06', '2027-05-17']);
const iso = (t: DateTime) => t.toISO({ suppressMilliseconds: true, suppressSeconds: true })!;

/** Working days (Tue–Thu, not holidays) of a month, at 09:00 Berlin time. */
function days(year: number, month: number): DateTime[] {
  const out: DateTime[] = [];
  for (let d = DateTime.fromObject({ year, month, day: 1, hour: 9 }, { zone: ZONE }); d.month === month; d = d.plus({ days: 1 })) {
    if (d.weekday >= 2 && d.weekday <= 4 && !HOLIDAYS.has(d.toISODate()!)) out.push(d);
  }
  return out;
}

export function generateExport(plant: Plant = {}): string {
  const rows = ['ticket_id,severity,request_type,opened_at,first_response_at,resolved_at,pauses,effort_hours,updates,resolution'];
  let n = 1000;
  const add = (severity: string, type: string, opened: DateTime, responseMinutes: number, effort: number, resolution = 'Done') => {
    const response = opened.plus({ minutes: responseMinutes });
    const resolved = opened.plus({ hours: 5 });
    rows.push([`RV-${n++}`, severity, type, iso(opened), iso(response), iso(resolved), '', String(effort), '', resolution].join(','));
  };
  for (let month = 1; month <= 6; month++) {
    const open = days(2027, month);
    const at = (i: number, minutes = 0) => open[i % open.length]!.plus({ minutes: (i * 7) % 60 + minutes });
    // A steady month: responses at a quarter to a third of their targets, all opened in the morning window.
    for (let i = 0; i < (plant.noCritical ? 0 : 2); i++) add('critical', 'incident', at(i), 20, 2);
    for (let i = 0; i < 8; i++) {
      // High: 2 business hours. Planted: 3 h to 3 h 36 min of working time, all inside the 09:00–12:30 window.
      const minutes = plant.slowHighResponses ? 180 + (i % 4) * 12 : 30 + (i % 3) * 5;
      add('high', 'incident', open[i % open.length]!, minutes, 1);
    }
    // Planted: six of the ten questions a month are about systems the agreement does not cover, closed "Won't Do".
    for (let i = 0; i < 20; i++) add('normal', i % 2 ? 'question' : 'incident', at(i + 3), 90 + (i % 4) * 10, 1, plant.outOfScopeClosures && i % 2 && i < 12 ? "Won't Do" : 'Done');
    for (let i = 0; i < 6; i++) add('low', 'reporting', at(i + 5), 120, 0.5);
    const quality = plant.growingOutputQuality ? [4, 5, 7, 8, 10, 12][month - 1]! : 6;
    for (let i = 0; i < quality; i++) add('normal', 'answer-quality', at(i + 7), 100, 1);
    // Tuning: capped at 8 hours a month. Planted: 6 requests of 2 hours.
    const tuning = plant.tuningOverCap ? { count: 6, hours: 2 } : { count: 4, hours: 1 };
    for (let i = 0; i < tuning.count; i++) add('low', 'tuning', at(i + 9), 60, tuning.hours);
  }
  return `${rows.join('\n')}\n`;
}
