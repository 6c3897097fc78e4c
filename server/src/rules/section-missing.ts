import type { ReportDocument } from '../model/document';
import { formatNumber } from '../model/numbering';
import type { OutlinePart } from '../model/outline';
import { Finding, msg, Rule } from './types';

export function presentParts(doc: ReportDocument): Map<OutlinePart, number> {
  const present = new Map<OutlinePart, number>();
  for (const e of doc.entries) if (e.part && !present.has(e.part)) present.set(e.part, e.id);
  return present;
}

/** Where a missing part goes: before the next present sibling, else at the end of its parent. */
export function insertionPoint(doc: ReportDocument, part: OutlinePart): { offset: number; anchorEntry?: number } {
  const present = presentParts(doc);
  const siblings = part.parent ? part.parent.children : doc.outline!.parts;
  for (const s of siblings.slice(siblings.indexOf(part) + 1)) {
    const id = present.get(s);
    if (id !== undefined) return { offset: doc.entries[id].start, anchorEntry: id };
  }
  if (part.parent) {
    const parentId = present.get(part.parent)!;
    const parent = doc.entries[parentId];
    return { offset: parent.sectionEnd, anchorEntry: parentId };
  }
  return { offset: doc.text.length };
}

/**
 * The heading lines to insert for a part, with its required sub-parts (a part 三 comes with its
 * （一） and （二）), and the line breaks they need at that offset.
 */
export function headingInsertion(doc: ReportDocument, part: OutlinePart, offset: number): string {
  const eol = doc.text.includes('\r\n') ? '\r\n' : '\n';
  const lines = [formatNumber(part.level, part.number) + part.title];
  for (const c of part.children) if (c.required) lines.push(formatNumber(c.level, c.number) + c.title);
  const atLineStart = offset === 0 || doc.text[offset - 1] === '\n' || doc.text[offset - 1] === '\r';
  return atLineStart ? lines.join(eol) + eol : eol + lines.join(eol);
}

export const sectionMissing: Rule = {
  id: 'section.missing',
  defaultSeverity: 'error',
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
