/** A duration as the schema writes it (`4h`, `1d2h`, `PT30M`), in minutes with a working day counted as 8 hours, for ordering two durations only. */
export function durationMinutes(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const short = /^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?$/.exec(value);
  const iso = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(value);
  const m = short ?? iso;
  if (!m || value === '' || value === 'P') return undefined;
  return Number(m[1] ?? 0) * 8 * 60 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
}
