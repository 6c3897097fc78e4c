import type { Entry } from './entries';
import { formatNumber } from './numbering';
import { findPart, OutlinePart } from './outline';
import type { ReportDocument } from './report';

/** The heading that opens an outline part (`三/二`), if the draft has it. */
export function headingOfPart(doc: ReportDocument, path: string | undefined): Entry | undefined {
  if (!path || !doc.outline) return undefined;
  const part = findPart(doc.outline, path);
  return part && doc.entries.find((e) => e.part === part);
}

/** The innermost entry whose section holds an offset. */
export function entryAt(doc: ReportDocument, offset: number): Entry | undefined {
  let lo = 0;
  let hi = doc.entries.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (doc.entries[mid].start <= offset) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  for (let e: Entry | undefined = doc.entries[last]; e; e = e.parent) {
    if (offset < e.sectionEnd || (offset === e.sectionEnd && e.sectionEnd === doc.text.length)) return e;
  }
  return undefined;
}

/** A heading whose section holds nothing but blank lines and further headings. */
export function isEmptySection(doc: ReportDocument, e: Entry, headingLines: Set<number>): boolean {
  for (let l = e.line + 1; l <= e.endLine && l < doc.lines.lines.length; l++) {
    if (headingLines.has(l)) continue;
    if (doc.lines.lines[l].text.trim() !== '') return false;
  }
  return true;
}

export function presentParts(doc: ReportDocument): Map<OutlinePart, number> {
  const present = new Map<OutlinePart, number>();
  for (const e of doc.entries) if (e.part && !present.has(e.part)) present.set(e.part, e.id);
  return present;
}

/**
 * A part the drafter divided their own way (`六、部门整体支出绩效情况` with `（一）经济性` … `（五）预算管理`):
 * two sub-headings or more, none of them a sub-part of the outline by its title (one may sit in a
 * sub-part's place). Its sub-parts are not missing, and its sub-headings are not theirs reworded.
 */
export function ownDivision(e: Entry): boolean {
  const subs = e.children.filter((c) => c.isHeading);
  return subs.length >= 2 && subs.every((c) => !c.part || c.titleDiffers);
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

