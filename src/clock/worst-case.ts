import type { Agreement } from '../model/agreement.js';

/** The longest wall-clock wait for a response: when an incident raised at the worst moment of a year is due an answer. */
export interface WorstCaseWait {
  severity: string;
  tier: string;
  /** The id of the calendar the response target runs on. */
  calendar: string;
  /** ISO 8601 with offset, in the calendar's zone. */
  raisedAt: string;
  dueAt: string;
  wallMinutes: number;
  /** e.g. "an incident raised Thursday 24 Dec at 17:01 is due an answer on Monday 28 Dec at 10:00 — 88 hours 59 minutes later, when 25 Dec is a holiday in its calendar" */
  explanation: string;
}

// Signature committed early for the lint rule; the search lands in the next commit.
export function worstCaseResponseWait(agreement: Agreement, severityId: string, tierId?: string, options: { year?: number } = {}): WorstCaseWait {
  void agreement; void severityId; void tierId; void options;
  throw new Error('worstCaseResponseWait is not built yet');
}
