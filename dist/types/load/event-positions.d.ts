/**
 * Positions for a text read on the fast route, from the offsets js-yaml's parser events already carry, so most
 * messages need no second parse. The ranges are the ones `yaml` gives (test/load/fast-path.test.ts compares every
 * pointer): keys, scalar values and collections are computed here. Only an empty value (`key:` with nothing after
 * it) and a collection ending in one ask `yaml` (once per file) when first read.
 */
import { type Event } from 'js-yaml';
import type { SourceRange } from '../diagnostics.js';
import { type SourceMap } from './source-map.js';
/**
 * Records the key and value ranges of every node; `lazyValue(pointer)` supplies the value range of an empty value
 * (or a collection ending in one) when it is first read.
 */
export declare function mapEventPositions(text: string, events: readonly Event[], data: unknown, map: SourceMap, lazyValue: (pointer: string) => SourceRange): void;
