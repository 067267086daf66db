// Spectral custom function: a severity's response target must not be slower than its resolution target when both
// run on the same calendar. Durations are sla's: 30m, 4h, 1h30m, 2d, 1d4h or ISO 8601 (PT30M, P2D); `d` counts
// working days, converted here with the calendar's longest working day (24 h for a 24x7 calendar).
const SHORT = /^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?$/;
const ISO = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/;

function minutesOfDay(calendar) {
  if (!calendar || calendar.hours === '24x7') return 24 * 60;
  let longest = 0;
  for (const entry of Array.isArray(calendar.hours) ? calendar.hours : []) {
    let total = 0;
    for (const window of entry.open ?? []) {
      const m = /^(\d\d):(\d\d)-(\d\d):(\d\d)$/.exec(window);
      if (!m) continue;
      const from = Number(m[1]) * 60 + Number(m[2]);
      let to = Number(m[3]) * 60 + Number(m[4]);
      if (to <= from) to += 24 * 60;
      total += to - from;
    }
    longest = Math.max(longest, total);
  }
  return longest || 8 * 60;
}

function toMinutes(text, dayMinutes) {
  const m = SHORT.exec(String(text)) ?? ISO.exec(String(text));
  if (!m || m[0] === '') return undefined;
  return Number(m[1] ?? 0) * dayMinutes + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
}

export default function responseNotSlowerThanResolution(target, _options, context) {
  const response = target?.response;
  const resolution = target?.resolution;
  if (!response || !resolution || response.calendar !== resolution.calendar) return [];
  const calendars = context.document.data?.calendars ?? [];
  const dayMinutes = minutesOfDay(calendars.find((c) => c.id === response.calendar));
  const a = toMinutes(response.within, dayMinutes);
  const b = toMinutes(resolution.within, dayMinutes);
  if (a === undefined || b === undefined || a <= b) return [];
  return [{ message: `response target ${response.within} is slower than resolution target ${resolution.within} on ${response.calendar}`, path: [...context.path, 'response', 'within'] }];
}
