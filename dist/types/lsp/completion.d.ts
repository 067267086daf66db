/**
 * Completion at the cursor: the values a field's schema allows (enums), the ids the document defines where a field
 * refers to one (calendars, severity levels, tiers, services, metrics), and the keys a mapping takes.
 *
 * The cursor's field is found from the line being typed (`key: va|`, `key: [a, b|`, `- it|`, `ke|`), and its JSON
 * pointer from the parsed document. While a line is half typed the document may not parse around it, so for list
 * items and keys that line is blanked (with spaces, so offsets stay put) before the rest is read.
 */
import { type CompletionItem, type Position } from 'vscode-languageserver';
export declare function completionsAt(text: string, position: Position): CompletionItem[];
