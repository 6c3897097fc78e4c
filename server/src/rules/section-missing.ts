import { formatNumber } from '../model/numbering';
import { endsEarly, headingInsertion, startsLate, insertionPoint, lastPresentOrder, leftOutOnPurpose, ownPartsInItsPlace, presentElsewhere, ownDivision, presentParts } from '../model/sections';
import { restartOf } from '../model/lost-parts';
import type { Entry } from '../model/document';
import { Finding, msg, Rule } from './types';

/**
 * `二、一般公共预算支出情况` followed by its text and no sub-heading at all: the drafter wrote the part
 * whole (基本支出 and 项目支出 in one paragraph), not without its sub-parts. A part with some of
 * its sub-parts is missing the others.
 */
const undivided = (e: Entry) => !e.children.some((c) => c.isHeading) && e.sectionEnd > e.end + 1;

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
    // A text pasted from inside a report (`二、…` its first line) says nothing of the parts before it.
    const firstOrder = startsLate(doc) ? Math.min(...[...present.keys()].map((p) => p.order)) : -Infinity;
    for (const part of doc.outline.all) {
      if (!part.required || present.has(part)) continue;
      const parentAt = part.parent && present.get(part.parent);
      if (part.parent && (parentAt === undefined || ownDivision(doc.entries[parentAt]) || undivided(doc.entries[parentAt]))) continue;
      if ((cut && part.order > lastPresent) || part.order < firstOrder) continue;
      if (leftOutOnPurpose(doc, present, part) || ownPartsInItsPlace(doc, present, part) || presentElsewhere(doc, part)) continue;
      // Before the sub-part that starts its lost run again (`（一）…` after `（二）…` of the part before),
      // else where the outline puts it.
      const restart = restartOf(doc, part);
      const offset = restart ? restart.start : insertionPoint(doc, part).offset;
      // On the heading the part belongs before, else a point at the end: never over the line
      // being typed, where a red underline would hide what matters.
      const anchor = doc.entries.find((e) => e.start === offset);
      const name = formatNumber(part.level, part.number) + part.title;
      const newText = headingInsertion(doc, part, offset, restart === undefined);
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
