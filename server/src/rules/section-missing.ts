import { formatNumber } from '../model/numbering';
import { endsEarly, headingInsertion, insertionPoint, lastPresentOrder, leftOutOnPurpose, ownDivision, presentParts } from '../model/sections';
import type { ReportDocument } from '../model/report';
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
    const lastPresent = lastPresentOrder(present);
    // A text that stops early (an opening, an excerpt) says nothing about the parts after its end.
    const cut = endsEarly(doc);
    for (const part of doc.outline.all) {
      if (!part.required || present.has(part)) continue;
      if (part.parent && (!present.has(part.parent) || ownDivision(doc.entries[present.get(part.parent)!]))) continue;
      if (cut && part.order > lastPresent) continue;
      if (leftOutOnPurpose(doc, present, part)) continue;
      const { offset } = insertionPoint(doc, part);
      // On the heading the part belongs before, else a point at the end: never over the line
      // being typed, where a red underline would hide what matters.
      const anchor = doc.entries.find((e) => e.start === offset);
      const name = formatNumber(part.level, part.number) + part.title;
      const newText = headingInsertion(doc, part, offset);
      findings.push({
        ruleId: this.id,
        start: anchor ? anchor.start : offset,
        end: anchor ? anchor.end : offset,
        missingPart: part.path,
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
