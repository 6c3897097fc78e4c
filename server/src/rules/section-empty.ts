import { cutShortAt, isEmptySection } from '../model/sections';
import type { ReportDocument } from '../model/report';
import { Finding, msg, Rule } from './types';

/** A title with its text run in after a colon, ending as a sentence does. */
const RUN_IN = /[：:].{6,}[。！？；]$/;

/** The last line with text that is not a heading. */
function lastTextLine(doc: ReportDocument, headingLines: Set<number>): number {
  for (let l = doc.lines.lines.length - 1; l >= 0; l--) if (!headingLines.has(l) && doc.lines.lines[l].text.trim() !== '') return l;
  return -1;
}

export const sectionEmpty: Rule = {
  id: 'section.empty',
  defaultSeverity: 'warning',
  tags: ['structure'],
  fixSafety: 'judgement',
  description: msg('某一部分没有任何内容', 'A part has no text'),
  check(doc) {
    const headingLines = new Set(doc.headings.map((h) => h.line));
    const findings: Finding[] = [];
    let eol: string | undefined;
    // A text cut short on a heading (an opening, a draft being typed): the text of the headings
    // it ends on is to come.
    const cut = cutShortAt(doc);
    const bareFrom = cut === undefined ? Infinity : lastTextLine(doc, headingLines) + 1;
    for (const e of doc.headings) {
      // `3. 满意度指标：回访156户，满意149户，满意度95.51%。`: the heading carries its own text.
      if (RUN_IN.test(e.title) || !isEmptySection(doc, e, headingLines)) continue;
      // A part whose sub-parts are all empty is reported through them.
      if (e.children.some((c) => c.isHeading)) continue;
      if (e.line >= bareFrom) continue;
      // Looked for once: a draft of many empty headings would otherwise be read whole for each.
      eol ??= doc.text.includes('\r\n') ? '\r\n' : '\n';
      findings.push({
        ruleId: this.id,
        start: e.titleStart,
        end: e.end,
        message: msg(`“${e.title.trim()}”下没有内容；没有需要说明的，也应写明“无。”`, `"${e.title.trim()}" has no text; if there is nothing to report, write "无。" (none)`),
        fixes: e.part
          ? [{ title: msg('补写“无。”', 'Write "无。" (none)'), edits: [{ start: e.end, end: e.end, newText: eol + '无。' }], preferred: true }]
          : [],
      });
    }
    return findings;
  },
};
