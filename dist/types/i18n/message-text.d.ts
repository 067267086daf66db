/** The placeholder names a message uses, with what each is: `{count, plural, …}` → count: plural. */
export declare function messageArguments(message: string): Map<string, 'text' | 'number' | 'date' | 'time' | 'select' | 'plural'>;
/** The options of each select and plural a message has: `per` → [hour, day, …, other]. */
export declare function messageOptions(message: string): Map<string, string[]>;
/** A message as the registry reads a template line: literal text, placeholders, and alternatives with their test. */
export type MessagePiece = {
    kind: 'text';
    text: string;
} | {
    kind: 'slot';
    argument: string;
} | {
    kind: 'alt';
    argument: string;
    options: {
        selector: string;
        plural: boolean;
        pieces: MessagePiece[];
    }[];
};
export declare function messagePieces(message: string): MessagePiece[];
/** Every text a message can print, each placeholder as `{}`: `{count, plural, one {# hour} other {# hours}}` → `{} hour`, `{} hours`. */
export declare function messageTexts(message: string): string[];
