import type { Formatter } from './types.js';
/**
 * The widest the message column is padded to. ESLint's stylish pads every message of a file to the longest one
 * (text-table), which turns one 470-character message into 470 columns of spaces after every short one. Here a
 * message longer than this is written as it is, with the rule id after it, and does not widen the column for the
 * others: short messages still line up, long ones wrap in the terminal as they would anyway.
 */
export declare const MESSAGE_COLUMN_MAX = 80;
/**
 * For people at a terminal: findings grouped by file, one line each (`line:col  severity  message  rule-id`),
 * columns aligned (the message column at most `MESSAGE_COLUMN_MAX` wide), then a summary line. Prints nothing when
 * there is nothing to say.
 */
export declare const stylish: Formatter;
