/** A duration as the schema writes it (`4h`, `1d2h`, `PT30M`), in minutes with a working day counted as 8 hours, for ordering two durations only. */
export declare function durationMinutes(value: unknown): number | undefined;
