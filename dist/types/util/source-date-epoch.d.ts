/**
 * Reads SOURCE_DATE_EPOCH (reproducible builds: whole seconds since 1970, UTC) the same way for every command.
 * Returns undefined when it is unset or empty; throws a RangeError naming the variable for anything else.
 */
export declare function parseSourceDateEpoch(value: string | undefined): Date | undefined;
