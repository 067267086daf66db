import { CHANGE_EFFECTS, type ChangeEffect } from './types.js';

const WORDS: Record<ChangeEffect, string> = {
  weaker: 'weaker for the client',
  mixed: 'mixed',
  stronger: 'stronger',
  neutral: 'neutral',
};

/**
 * The one-line verdict of a diff, what hurts the client first: `3 changes weaker for the client, 1 stronger, 2 neutral`.
 * The first count names its noun and the client; the rest read on from it.
 */
export function headlineOf(verdict: Record<ChangeEffect, number>): string {
  const parts = CHANGE_EFFECTS.filter((effect) => verdict[effect] > 0);
  if (parts.length === 0) return 'No change to the agreement';
  return parts
    .map((effect, index) => {
      const count = verdict[effect];
      if (index > 0) return `${count} ${effect === 'weaker' ? WORDS.weaker : WORDS[effect]}`;
      const noun = count === 1 ? 'change' : 'changes';
      const words = effect === 'weaker' ? 'weaker for the client' : effect === 'stronger' ? 'stronger for the client' : effect === 'mixed' ? 'mixed for the client' : 'neutral for the client';
      return `${count} ${noun} ${words}`;
    })
    .join(', ');
}
