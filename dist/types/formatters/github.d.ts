import { type Formatter } from './types.js';
/** Escaping for a workflow command's message (actions/toolkit `escapeData`). */
export declare function escapeData(text: string): string;
/** Escaping for a workflow command's property values (actions/toolkit `escapeProperty`). */
export declare function escapeProperty(text: string): string;
/**
 * GitHub Actions workflow commands: each finding becomes an annotation on the pull request's diff,
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`.
 */
export declare const github: Formatter;
