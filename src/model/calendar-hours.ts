import type { WorkingWindow } from './agreement.js';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** `09:00-17:30` → { start: 540, end: 1050 }; a window ending before it starts runs past midnight. Undefined when malformed. */
export function parseWindow(text: string): WorkingWindow | undefined {
  const match = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [, h1, m1, h2, m2] = match.map(Number) as [number, number, number, number, number];
  const start = h1 * 60 + m1;
  let end = h2 * 60 + m2;
  if (start >= 1440 || end > 1440 || m1 > 59 || m2 > 59) return undefined;
  if (end <= start) end += 1440;
  return { start, end };
}

export function windowText(window: WorkingWindow): string {
  const clock = (minutes: number) => {
    const m = minutes % 1440 === 0 && minutes > 0 && minutes === window.end ? 1440 : minutes % 1440;
    return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  };
  return `${clock(window.start)}–${clock(window.end)}`;
}
