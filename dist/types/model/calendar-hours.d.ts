import type { WorkingWindow } from './agreement.js';
export declare const WEEKDAYS: readonly ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
/** `09:00-17:30` → { start: 540, end: 1050 }; a window ending before it starts runs past midnight. Undefined when malformed. */
export declare function parseWindow(text: string): WorkingWindow | undefined;
export declare function windowText(window: WorkingWindow): string;
