/** The last second luxon and PDF dates can hold as a four-digit year: 9999-12-31T23:59:59Z. */
const LAST_SECOND = 253_402_300_799;

/**
 * Reads SOURCE_DATE_EPOCH (reproducible builds: whole seconds since 1970, UTC) the same way for every command.
 * Returns undefined when it is unset or empty; throws a RangeError naming the variable for anything else.
 */
export function parseSourceDateEpoch(value: string | undefined): Date | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^\d+$/.test(value) || Number(value) > LAST_SECOND) {
    throw new RangeError(`SOURCE_DATE_EPOCH must be whole seconds since 1970 (before the year 10000), not \`${value}\``);
  }
  return new Date(Number(value) * 1000);
}
