/**
 * What an ICU message says, read from its syntax tree (the parser intl-messageformat itself uses): the names of its
 * placeholders, for the test that every translation keeps them, and the texts it can print, for the clause registry
 * that matches every sentence of a contract to its source.
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

/** The placeholder names a message uses, with what each is: `{count, plural, …}` → count: plural. */
export function messageArguments(message: string): Map<string, 'text' | 'number' | 'date' | 'time' | 'select' | 'plural'> {
  const found = new Map<string, 'text' | 'number' | 'date' | 'time' | 'select' | 'plural'>();
  const visit = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      switch (element.type) {
        case TYPE.argument: found.set(element.value, found.get(element.value) ?? 'text'); break;
        case TYPE.number: found.set(element.value, 'number'); break;
        case TYPE.date: found.set(element.value, 'date'); break;
        case TYPE.time: found.set(element.value, 'time'); break;
        case TYPE.select:
          found.set(element.value, 'select');
          for (const option of Object.values(element.options)) visit(option.value);
          break;
        case TYPE.plural:
          found.set(element.value, 'plural');
          for (const option of Object.values(element.options)) visit(option.value);
          break;
        case TYPE.tag: visit(element.children); break;
        default: break;
      }
    }
  };
  visit(parse(message, { ignoreTag: true }));
  return found;
}

/** The options of each select and plural a message has: `per` → [hour, day, …, other]. */
export function messageOptions(message: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const visit = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.select || element.type === TYPE.plural) {
        found.set(element.value, [...new Set([...(found.get(element.value) ?? []), ...Object.keys(element.options)])]);
        for (const option of Object.values(element.options)) visit(option.value);
      }
    }
  };
  visit(parse(message, { ignoreTag: true }));
  return found;
}

/** A message as the registry reads a template line: literal text, placeholders, and alternatives with their test. */
export type MessagePiece =
  | { kind: 'text'; text: string }
  | { kind: 'slot'; argument: string }
  | { kind: 'alt'; argument: string; options: { selector: string; plural: boolean; pieces: MessagePiece[] }[] };

export function messagePieces(message: string): MessagePiece[] {
  const convert = (elements: MessageFormatElement[], pound?: string): MessagePiece[] => elements.flatMap((element): MessagePiece[] => {
    switch (element.type) {
      case TYPE.literal: return [{ kind: 'text', text: element.value }];
      case TYPE.argument: case TYPE.number: case TYPE.date: case TYPE.time: return [{ kind: 'slot', argument: element.value }];
      case TYPE.pound: return pound ? [{ kind: 'slot', argument: pound }] : [{ kind: 'text', text: '#' }];
      case TYPE.select: case TYPE.plural: {
        const plural = element.type === TYPE.plural;
        return [{
          kind: 'alt',
          argument: element.value,
          options: Object.entries(element.options).map(([selector, option]) => ({ selector, plural, pieces: convert(option.value, plural ? element.value : pound) })),
        }];
      }
      case TYPE.tag: return convert(element.children, pound);
      default: return [];
    }
  });
  return convert(parse(message, { ignoreTag: true }));
}

/** Every text a message can print, each placeholder as `{}`: `{count, plural, one {# hour} other {# hours}}` → `{} hour`, `{} hours`. */
export function messageTexts(message: string): string[] {
  const expand = (pieces: MessagePiece[]): string[] => {
    let results = [''];
    for (const piece of pieces) {
      if (piece.kind === 'text') results = results.map((r) => r + piece.text);
      else if (piece.kind === 'slot') results = results.map((r) => `${r}{}`);
      else {
        const options = [...new Set(piece.options.flatMap((option) => expand(option.pieces)))];
        results = results.flatMap((r) => options.map((o) => r + o));
      }
    }
    return results;
  };
  return [...new Set(expand(messagePieces(message)))];
}
