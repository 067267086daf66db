/**
 * A merge-conflict marker left in an agreement means two versions of a term were never reconciled: whichever
 * side the renderer happens to keep becomes the contract. The rule reads the raw text, line by line, so it finds
 * markers anywhere (inside block scalars too), and needs neither a valid agreement nor parsed data.
 */
import type { Rule } from '../types.js';

// Git writes `<<<<<<< ours`, `||||||| base` (diff3), `=======` and `>>>>>>> theirs`, seven characters each.
const OPENING = /^(\s*)(<{7})(?:\s|$)/;
const CLOSING = /^(\s*)(>{7})(?:\s|$)/;
// `=======` alone is also a Markdown heading underline, so it counts only inside an opened conflict.
const MIDDLE = /^(\s*)(={7}|\|{7})(?:\s|$)/;

export const noConflictMarkers: Rule = {
  meta: {
    id: 'no-conflict-markers',
    description: 'The file contains leftover merge-conflict markers (<<<<<<<, =======, >>>>>>>).',
    category: 'hygiene',
    defaultSeverity: 'error',
    recommended: true,
    kind: 'text',
    messages: {
      conflictMarker: 'merge-conflict marker `{{marker}}`: two versions of this text were never reconciled; keep one and delete the markers',
    },
  },
  check(context) {
    const lines = context.source.text.split(/\r?\n/);
    let inConflict = false;
    lines.forEach((line, index) => {
      let match = OPENING.exec(line);
      if (match) inConflict = true;
      else if ((match = CLOSING.exec(line))) inConflict = false;
      else if (!inConflict || !(match = MIDDLE.exec(line))) return;
      const column = match[1]!.length + 1;
      const marker = line.trim();
      context.report({
        messageId: 'conflictMarker',
        data: { marker: marker.length > 40 ? `${marker.slice(0, 40)}…` : marker },
        pointer: '',
        range: { line: index + 1, column, endLine: index + 1, endColumn: line.trimEnd().length + 1 },
      });
    });
  },
};
