import type { TextEdit } from '../../server/src/rules/types';

/** Applies edits as an editor does: all against the original text, none overlapping. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  for (let i = 0; i < sorted.length; i++) {
    const e = sorted[i];
    if (e.start < 0 || e.end > text.length || e.start > e.end) throw new Error(`edit out of range: ${JSON.stringify(e)}`);
    if (i > 0 && sorted[i - 1].end > e.start) throw new Error('overlapping edits');
  }
  let out = '';
  let at = 0;
  for (const e of sorted) {
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}
