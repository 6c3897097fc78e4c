import { forEachMatch, isCjk } from '../model/text';
import { Finding, msg, Rule } from './types';

const SPACES = /[ \u3000\u00a0]+/g;

/**
 * Stray spaces inside Chinese text (`三八红旗手8 名`). Spaces inside quotes and titles are the
 * author's (`“看变化 促融合 建新功”`), and indentation or the space after a heading number is not
 * inside the text.
 */
export const textSpacing: Rule = {
  id: 'text.spacing',
  defaultSeverity: 'hint',
  tags: ['text'],
  fixSafety: 'mechanical',
  description: msg('中文文字中间多余的空格', 'Stray spaces inside Chinese text'),
  check(doc) {
    const findings: Finding[] = [];
    const numbered = new Map(doc.entries.filter((e) => e.number).map((e) => [e.line, e.number!.end]));
    for (const l of doc.lines.lines) {
      // A 目录 line is a heading written again with its leader and page, not text.
      if (doc.layout.kinds.get(l.index) === 'toc') continue;
      if (!/[ \u3000\u00a0]/.test(l.text.trim())) continue;
      let depth = 0;
      const quoted: boolean[] = [];
      for (const ch of l.text) {
        if (ch === '“' || ch === '《' || ch === '"') depth++;
        quoted.push(depth > 0);
        if (ch === '”' || ch === '》') depth = Math.max(0, depth - 1);
      }
      const from = numbered.get(l.index) ?? 0;
      forEachMatch(SPACES, l.text, (m) => {
        const i = m.index;
        const j = i + m[0].length;
        if (i < from || i === 0 || j >= l.text.length || quoted[i]) return;
        const before = l.text[i - 1];
        const after = l.text[j];
        const digitOrCjk = (c: string) => isCjk(c) || /[0-9０-９]/.test(c);
        if (!((isCjk(before) && digitOrCjk(after)) || (digitOrCjk(before) && isCjk(after)))) return;
        // `2024年  月  日` is a blank date (template.placeholder), not a typing slip.
        if ((before === '年' && after === '月') || (before === '月' && after === '日')) return;
        const start = l.start + i;
        findings.push({
          ruleId: this.id,
          start,
          end: start + m[0].length,
          message: msg(`“${before}${m[0]}${after}”中间有多余的空格`, `A stray space in "${before}${m[0]}${after}"`),
          fixes: [{ title: msg('删除多余空格', 'Remove the space'), edits: [{ start, end: start + m[0].length, newText: '' }], preferred: true }],
        });
      });
    }
    return findings;
  },
};
