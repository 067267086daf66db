/**
 * A value from the user's input as a message quotes it: whole when short, else its start and its length, so a 100 MB
 * field is not echoed into a terminal, a CI log or a JSON report.
 */
export declare const SHOWN_CHARACTERS = 80;
export declare function shown(value: string): string;
