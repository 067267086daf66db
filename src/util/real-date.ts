/**
 * True when `YYYY-MM-DD` names a day of the proleptic Gregorian calendar, as luxon reads dates: no 30 February, no
 * month 13, and 0000-02-29 is real. Date arithmetic rolls an impossible day over into the next month, so a real
 * date is one that comes back unchanged. Validation checks every holiday of every calendar, and this is far cheaper
 * than parsing each one with luxon.
 */
export function isRealDate(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // not Date.UTC, which reads the years 0-99 as 1900-1999
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
