import type { Entry } from './entries';
import { formatNumber } from './numbering';
import { findPart, foldTitle, OutlinePart } from './outline';
import { tocTopLevel, TocEntry } from './toc';
import type { Table } from './tables';
import { lastNonBlankLine, previousLineOfWords, toHalfWidthDigits, wrapsInto } from './text';
import type { ReportDocument } from './report';

/** The heading that opens an outline part (`三/二`), if the draft has it. */
export function headingOfPart(doc: ReportDocument, path: string | undefined): Entry | undefined {
  if (!path || !doc.outline) return undefined;
  const part = findPart(doc.outline, path);
  return part && doc.entries.find((e) => e.part === part);
}

/** The entry written on a line, if any (entries are in line order). */
export function entryOnLine(doc: ReportDocument, line: number): Entry | undefined {
  let lo = 0;
  let hi = doc.entries.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const l = doc.entries[mid].line;
    if (l === line) return doc.entries[mid];
    if (l < line) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
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

/** What a finished text ends with: a sentence's mark, a closing quote or bracket. */
const ENDS_FINISHED = /[。．.！？!?”’"）)》」』…—\]】]$/;
/**
 * The lines a finished report may end on without a full stop: who wrote it, and for whom. The
 * words open the line (`按照“先审核、后拨付”的原则…` is prose).
 */
const SIGNATURE = /^.{0,12}(?:联系人|电话|填报|盖章|审核|负责人)|^[^，、,；;]{2,30}[局委办厅处室站所馆院队社团会心府部]$/;
const DATE_LINE = /^[0-9０-９]{4}\s*年\s*[0-9０-９]{1,2}\s*月(?:\s*[0-9０-９]{1,2}\s*日)?$/;

/**
 * Where a text stops before its own end (an excerpt, the opening of a report, a draft being typed,
 * a conversion cut short), its last line: it stops in mid-sentence, or in a table with no total
 * row yet, or on a heading with nothing under it while the outline's later parts are all absent.
 * Such a text says nothing about the parts after its end, nor about that last heading's text.
 * Undefined for a text that ends as a report does (a sentence, a signature, a date).
 */
export function cutShortAt(doc: ReportDocument): number | undefined {
  let cut = CUT.get(doc);
  if (!cut) CUT.set(doc, (cut = { at: readCut(doc) }));
  return cut.at;
}

/**
 * Read once a report, as its layout and headings are first known: the model drops the table row a
 * cut falls in, and the rules asking after it must still see the cut.
 */
const CUT = new WeakMap<ReportDocument, { at: number | undefined }>();

function readCut(doc: ReportDocument): number | undefined {
  const last = lastNonBlankLine(doc.lines.lines);
  if (last < 0) return undefined;
  const t = doc.lines.lines[last].text.trim();
  const heading = doc.entries.find((e) => e.line === last && e.isHeading);
  if (heading) return trailingHeadingCut(doc, heading) ? last : undefined;
  const table = doc.layout.tables.find((tb) => tb.lines.includes(last));
  if (table) return lastRowCut(table) ? last : undefined;
  // `；` ends a list item and `：` leads into one, and a bracket or quote opened must close: a text
  // that stops on either, or before the close, was cut, however short.
  // (`…校舍维修改造经费1,562.`: a figure cut at its point, no full stop.)
  if (/[，、,；;：:]$|[0-9０-９][.．]$/.test(t) || leftOpen(t)) return last;
  // A short last line that a hard-wrapped line runs into is the rest of that line's sentence.
  if (last > 0 && !ENDS_FINISHED.test(t) && wrapsInto(doc.lines.lines, last - 1) === last) return last;
  if (DATE_LINE.test(t) || ENDS_FINISHED.test(t) || SIGNATURE.test(t)) return undefined;
  // A short last line is a name or a date under the text (a signature), unless it is the first words
  // under a sub-heading (`（二）“三献”工作` / `全市无偿献血`): that text was cut.
  if (t.length <= 10 && !firstWordsUnderSubheading(doc, last)) return undefined;
  return last;
}

function firstWordsUnderSubheading(doc: ReportDocument, line: number): boolean {
  const before = entryOnLine(doc, previousLineOfWords(doc.lines.lines, line));
  return before !== undefined && before.isHeading && before.level >= 2;
}

/** Titles of the parts a report may end on, left bare: these are reported empty, not cut. */
const LAST_PART = /其他|其它|附件|附表|备注/;

/**
 * A table's last row stops in mid-row: short of the header's columns (`2.公用经费\t142.30\t148.6`),
 * or its last cell shorter than its column's (`9` under `99.05%`, `3,676,80` under `1,200,000.00`).
 * A row written whole is no cut, whether or not a total follows (a table may end a report).
 */
function lastRowCut(table: Table): boolean {
  const row = table.rows[table.rows.length - 1];
  // A header the text ends on: its rows were cut off.
  if (!row) return table.header !== undefined;
  if (table.header !== undefined && row.cells.length < table.header.cells.length) return true;
  let j = row.cells.length - 1;
  while (j >= 0 && row.cells[j].text === '') j--;
  if (j < 0) return false;
  const cell = row.cells[j].text;
  const above = table.rows.slice(0, -1).map((r) => r.cells[j]?.text ?? '').filter((t) => t !== '');
  if (above.length === 0) return false;
  const decimals = (t: string) => /[.．]([0-9０-９]+)/.exec(t)?.[1].length ?? 0;
  const percent = (t: string) => /[%％]$/.test(t);
  if (above.every(percent) && !percent(cell)) return true;
  // (A loop, not Math.min(...): a table of many rows would overflow the stack with its arguments.)
  let d = Infinity;
  for (const t of above) d = Math.min(d, decimals(t));
  return d > 0 && /^[-0-9０-９.,，．]+$/.test(cell) && decimals(cell) < d;
}

function leftOpen(t: string): boolean {
  const count = (re: RegExp) => (t.match(re) ?? []).length;
  return count(/[（(]/g) > count(/[）)]/g) || count(/“/g) > count(/”/g) || count(/《/g) > count(/》/g);
}

/**
 * A bare heading at the end: a cut when the outline has parts after it and the draft has none of
 * them; with no outline, unless its title is one a report ends on (a report does not end on
 * `（一）` nor on `二、一般公共预算支出情况`).
 */
function trailingHeadingCut(doc: ReportDocument, heading: Entry): boolean {
  if (!doc.outline) return !LAST_PART.test(heading.title);
  const lastOrder = lastPresentOrder(presentParts(doc));
  return doc.outline.all.some((p) => p.required && p.order > lastOrder);
}

/**
 * The 目录 entries after the last one the body has (by title or number), all of them absent:
 * the body stops where the 目录 goes on. Empty when the body has the 目录's last entry.
 */
export function tocEntriesPastEnd(doc: ReportDocument): TocEntry[] {
  const toc = doc.layout.toc;
  if (!toc) return [];
  const body = doc.entries.filter((e) => e.isHeading && e.line > toc.endLine);
  const titles = new Set(body.map((e) => foldTitle(e.title)));
  // By number only at the top: every part has its own, but each part's sub-parts start at （一）.
  const top = tocTopLevel(toc);
  // A heading the 目录 lists by its title (`三、部门整体支出管理及使用情况` listed as 二、) has that
  // entry, not the one its wrong number names.
  const listed = new Set(toc.entries.map((t) => t.folded));
  const numbers = new Set(body.map((e) => e.number && e.level === top && !listed.has(foldTitle(e.title)) && e.number.value));
  const has = (t: TocEntry) => titles.has(t.folded) || (t.prefix?.level === top && numbers.has(t.prefix.value));
  let i = toc.entries.length;
  while (i > 0 && !has(toc.entries[i - 1])) i--;
  return toc.entries.slice(i);
}

/**
 * A text that stops before the report does: its last line shows the cut (`cutShortAt`), or two
 * parts or more are gone after its last part, as the 目录 or the outline lists them. A drafter
 * leaves out a part (most often the last, 其他需要说明的情况); a text missing every part from a
 * point on, two or more, is an opening or an excerpt. It says nothing of the parts after its end.
 */
export function endsEarly(doc: ReportDocument): boolean {
  if (cutShortAt(doc) !== undefined || stopsBeforeAnAttachment(doc)) return true;
  if (tocEntriesPastEnd(doc).length >= 2) return true;
  if (!doc.outline) return false;
  const lastOrder = lastPresentOrder(presentParts(doc));
  return doc.outline.parts.filter((p) => p.required && p.order > lastOrder).length >= 2;
}

/**
 * A text that begins inside a report (a part, or a part's sub-part, pasted on its own): its first
 * heading is below the top level or numbered after the first (`三、`, `（二）`), with no title before
 * it — nothing, or the end of the part before's prose (`作业规范要求，全年未发生…。`). It says nothing
 * of the parts before its start, nor of the numbers before its first ones. That first heading, or
 * undefined for a text that begins as a report does.
 */
export function startsLate(doc: ReportDocument): Entry | undefined {
  const first = doc.entries[0];
  if (!first?.isHeading || !first.number || (first.level === 1 && first.number.value <= 1)) return undefined;
  for (let l = 0; l < first.line; l++) {
    const t = doc.lines.lines[l].text;
    if (t.trim() !== '' && !PROSE_NOT_TITLE.test(t)) return undefined;
  }
  return first;
}

/** A line of running text that is no title nor a cover's line: it has a pause, and no word of a report's name. */
const PROSE_NOT_TITLE = /^(?!.*(?:报告|自评|评价|绩效|目录)).*[，。；,;]/;

/** `附件1` on a line of its own: where an attachment of a published page begins. */
const ATTACHMENT_START = /^[\s\u3000]*附件\s*([0-9０-９]{1,2})\s*[:：]?[\s\u3000]*$/;
/** `附件：1.…自评报告`, `2.…自评表`, `附件2：…报告.docx`: an attachment the page lists. */
const ATTACHMENT_LISTED = /^[\s\u3000]*(?:(?:相关)?附件\s*[:：]?\s*)?(?:附件\s*)?([0-9０-９])\s*[.．、:：]\s*\S.*(?:报告|自评表|评价表|绩效表)/;

/**
 * The line each attachment of a published page begins on (`附件1`, `附件2`): a report and the
 * next one, each numbered from 一 again.
 */
export function attachmentStarts(doc: ReportDocument): number[] {
  const out: number[] = [];
  for (const l of doc.lines.lines) if (l.text.length < 12 && ATTACHMENT_START.test(l.text)) out.push(l.index);
  return out;
}

/**
 * `附件：1.…自评报告` / `2.…自评表` / `附件1` / … the text ending in 附件1: a page copied up to a point,
 * whose later attachments (and the end of this one) are not in it.
 */
function stopsBeforeAnAttachment(doc: ReportDocument): boolean {
  const starts = attachmentStarts(doc);
  if (starts.length === 0) return false;
  let listed = 0;
  for (let l = 0; l < starts[0]; l++) {
    const m = ATTACHMENT_LISTED.exec(doc.lines.lines[l].text);
    if (m) listed = Math.max(listed, Number(toHalfWidthDigits(m[1])));
  }
  return listed > starts.length;
}

/** The outline order of the last part the draft has (−∞ when it has none). */
export function lastPresentOrder(present: Map<OutlinePart, number>): number {
  return Math.max(...[...present.keys()].map((p) => p.order));
}

export function presentParts(doc: ReportDocument): Map<OutlinePart, number> {
  const present = new Map<OutlinePart, number>();
  for (const e of doc.entries) if (e.part && !present.has(e.part)) present.set(e.part, e.id);
  return present;
}

/**
 * A part the outline lets a unit leave out, left out on purpose: the next part present is numbered
 * below its place in the outline, so the draft numbered on without it (`三、政府性基金…` then
 * `四、资金使用及绩效情况`). A draft that keeps the outline's numbers around a gap (`三、` then `六、`)
 * has lost the part instead, as has one that writes a later part of the kind.
 */
export function leftOutOnPurpose(doc: ReportDocument, present: Map<OutlinePart, number>, part: OutlinePart): boolean {
  if (!(part.mayBeLeftOut || followsItsOwnVersion(doc)) || !doc.outline) return false;
  const siblings = part.parent ? part.parent.children : doc.outline.parts;
  // `三、政府性基金…` `四、社会保险基金…`: such parts answered one by one (`无。`), this one skipped between.
  if (part.mayBeLeftOut && siblings.some((p) => p.mayBeLeftOut && p.order > part.order && present.has(p))) return false;
  const next = siblings.find((p) => p.order > part.order && present.has(p));
  const written = next && doc.entries[present.get(next)!].number;
  return next !== undefined && written !== undefined && written.value < next.number;
}

/**
 * Two parts or more placed by their number and place only, their titles another's (`二、部门预算收支情况`
 * for 一般公共预算支出情况, `三、部门整体支出绩效目标` for 政府性基金…): the unit follows its own version of
 * the outline, and a part it numbered on without is not known to be missing.
 */
function followsItsOwnVersion(doc: ReportDocument): boolean {
  // An outline the user chose is the one to check against, whatever the draft's titles say.
  if (doc.outlineChosenBy !== 'recognised') return false;
  let reworded = 0;
  for (const e of doc.entries) if (e.isHeading && e.level === 1 && e.part && e.titleDiffers) reworded++;
  return reworded >= 2;
}

/** By report: its headings' titles, folded (made when a part is first found missing). */
const HEADING_TITLES = new WeakMap<ReportDocument, Set<string>>();

/** `三、部门整体支出绩效目标` for the outline's `一（二）部门整体支出绩效目标`: the part is there, at another place. */
export function presentElsewhere(doc: ReportDocument, part: OutlinePart): boolean {
  let titles = HEADING_TITLES.get(doc);
  if (!titles) HEADING_TITLES.set(doc, (titles = new Set(doc.entries.filter((e) => e.isHeading).map((e) => foldTitle(e.title)))));
  return titles.has(foldTitle(part.title));
}

/**
 * `二、部门预算收支情况` … `三、部门整体支出绩效目标` `四、绩效目标完成情况` … `五、存在的问题`: the draft's own
 * headings stand where the outline's missing part would be (between the parts present before and
 * after it, at its level): the unit follows its own version of the outline there, and the part is
 * not known to be missing (unless the user chose the outline).
 */
export function ownPartsInItsPlace(doc: ReportDocument, present: Map<OutlinePart, number>, part: OutlinePart): boolean {
  if (!doc.outline || doc.outlineChosenBy !== 'recognised') return false;
  const siblings = part.parent ? part.parent.children : doc.outline.parts;
  const before = siblings.filter((p) => p.order < part.order && present.has(p)).pop();
  const after = siblings.find((p) => p.order > part.order && present.has(p));
  const parent = part.parent && present.has(part.parent) ? doc.entries[present.get(part.parent)!] : undefined;
  // (`（一）单位基本信息` `（二）主要职能`: as many sub-headings as the outline has, one named the drafter's
  // way — the part missing may be that one, renamed and moved.)
  const subs = parent?.children.filter((c) => c.isHeading && c.level === part.level) ?? [];
  if (subs.length >= siblings.length && subs.some((c) => !c.part)) return true;
  const from = before ? doc.entries[present.get(before)!].start : parent ? parent.start : -1;
  const to = after ? doc.entries[present.get(after)!].start : parent ? parent.sectionEnd : Infinity;
  return doc.entries.some((e) => e.isHeading && !e.part && e.level === part.level && e.start > from && e.start < to);
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
  const parentAt = part.parent ? present.get(part.parent) : undefined;
  for (const s of siblings.slice(siblings.indexOf(part) + 1)) {
    const id = present.get(s);
    if (id === undefined) continue;
    // `六、…` / its words and `1.` `2.` items / `（二）…`: the first sub-part's heading is what was lost,
    // above the words under the part's own.
    const parent = parentAt === undefined ? undefined : doc.entries[parentAt];
    if (parent && siblings.indexOf(part) === 0 && doc.entries[id].line > parent.line + 1) {
      const below = doc.lines.lines[parent.line + 1];
      if (below) return { offset: below.start };
    }
    return { offset: doc.entries[id].start, anchorEntry: id };
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
export function headingInsertion(doc: ReportDocument, part: OutlinePart, offset: number, withSubParts = true): string {
  const eol = doc.text.includes('\r\n') ? '\r\n' : '\n';
  const lines = [formatNumber(part.level, part.number) + part.title];
  for (const c of withSubParts ? part.children : []) if (c.required) lines.push(formatNumber(c.level, c.number) + c.title);
  const atLineStart = offset === 0 || doc.text[offset - 1] === '\n' || doc.text[offset - 1] === '\r';
  return atLineStart ? lines.join(eol) + eol : eol + lines.join(eol);
}

/**
 * A project's own report (`…项目支出绩效自评报告`), not a department's: its 项目 figures are the report's.
 * (A title set in two lines, `…能力提升项目` / `财政支出绩效评价报告`: the line above it names the project.)
 */
export function isProjectReport(doc: ReportDocument): boolean {
  const above = doc.title ? doc.lines.lines[doc.title.line - 1]?.text.trim() ?? '' : '';
  return /项目\s*(财政)?(支出)?绩效/.test(doc.title?.text ?? '') || /项目$/.test(above);
}
