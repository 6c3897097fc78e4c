import { formatNumber } from '../model/numbering';
import { headingInsertion, insertionPoint, presentParts } from '../model/sections';
import { Finding, msg, Rule } from './types';

export const sectionMissing: Rule = {
  id: 'section.missing',
  defaultSeverity: 'error',
  tags: ['structure'],
  fixSafety: 'judgement',
  description: msg('缺少提纲要求的部分', 'A part the outline requires is missing'),
  check(doc) {
    if (!doc.outline || doc.entries.length === 0) return [];
    const present = presentParts(doc);
    const findings: Finding[] = [];
    for (const part of doc.outline.all) {
      if (!part.required || present.has(part)) continue;
      if (part.parent && !present.has(part.parent)) continue;
      const { offset, anchorEntry } = insertionPoint(doc, part);
      const anchor = anchorEntry !== undefined ? doc.entries[anchorEntry] : undefined;
      const name = formatNumber(part.level, part.number) + part.title;
      const where = anchor ?? doc.lines.lines[doc.lines.lines.length - 1];
      const newText = headingInsertion(doc, part, offset);
      findings.push({
        ruleId: this.id,
        start: anchor ? anchor.start : where.start,
        end: anchor ? anchor.end : where.end,
        message: msg(`缺少提纲要求的部分“${name}”`, `The outline's part "${name}" is missing`),
        fixes: [{
          title: msg(`插入缺失章节“${name}”`, `Insert the missing part "${name}"`),
          edits: [{ start: offset, end: offset, newText }],
          preferred: true,
          leaves: ['section.empty', 'section.numbering'],
        }],
      });
    }
    return findings;
  },
};
