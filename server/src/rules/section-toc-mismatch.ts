import type { Entry } from '../model/document';
import { foldTitle } from '../model/outline';
import { cutShortAt, endsEarly, tocEntriesPastEnd } from '../model/sections';
import { tocTopLevel, TocEntry } from '../model/toc';
import { Finding, msg, Rule } from './types';

function numberOf(x: { prefix?: { value: number; level: number } } | Entry): string {
  const p = 'prefix' in x ? x.prefix : (x as Entry).number;
  return p ? `${p.level}:${p.value}` : '';
}

function shown(e: TocEntry | Entry): string {
  const raw = 'prefix' in e ? e.prefix?.raw.trim() : (e as Entry).number?.raw.trim();
  return `${raw ?? ''}${e.title}`;
}

/**
 * A 目录 entry's title and a heading's are one where they fold alike, or one is the other cut short
 * (`四、存在的问题及原因` for `四、存在的问题及原因分析`, a 目录 typed by hand or cut to the page's width),
 * its leading words left out (`基本情况` for `部门基本情况`, `资金使用及管理情况` for `项目资金使用及管理情况`)
 * or its brackets (`部门基本情况` for `部门（单位）基本情况`): a 目录 typed short says the same part.
 */
function sameTitle(entry: TocEntry, heading: Entry): boolean {
  const body = foldTitle(heading.title);
  if (body === entry.folded) return true;
  return cutShort(body, entry.folded) || cutShort(body.replace(ASIDE, ''), entry.folded.replace(ASIDE, ''))
    || body.replace(MARKS, '') === entry.folded.replace(MARKS, '');
}

const ASIDE = /（[^（）]*）/g;
/** `部门、单位基本情况` for `部门（单位）基本情况`: marks between the same words. */
const MARKS = /[、（）()“”《》·\s]/g;

function cutShort(x: string, y: string): boolean {
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return (short.length >= 5 && long.startsWith(short)) || (short.length >= 4 && long.endsWith(short));
}

/** The body heading a 目录 entry stands for: same title, else same number at the same place. */
function bodyHeading(entry: TocEntry, candidates: Entry[]): { heading?: Entry; by: 'title' | 'number' } {
  const titled = (e: Entry) => sameTitle(entry, e);
  if (!entry.prefix) return { heading: candidates.find(titled), by: 'title' };
  const level = entry.prefix.level;
  // `六、部门整体支出绩效情况` in the 目录: the body's level-one heading of that title, else its `六、`
  // under another title; a `（一）部门整体支出绩效情况` of the body is another heading, named alike.
  const sameLevel = candidates.find((e) => titled(e) && e.level === level);
  if (sameLevel) return { heading: sameLevel, by: 'title' };
  const byNumber = candidates.find((e) => e.number && numberOf(e) === numberOf(entry) && e.level === level);
  if (byNumber) return { heading: byNumber, by: 'number' };
  return { heading: candidates.find(titled), by: 'title' };
}

function entryFinding(entry: TocEntry, heading: Entry | undefined, by: 'title' | 'number'): Finding | undefined {
  const base = { ruleId: sectionTocMismatch.id, start: entry.start, end: entry.end, fixes: [] };
  const line = heading ? heading.line + 1 : 0;
  if (!heading) {
    return { ...base, message: msg(`目录列出的“${shown(entry)}”在正文中没有`, `The 目录 lists "${shown(entry)}", which the body does not have`) };
  }
  const related = [{ start: heading.start, end: heading.end, message: msg(`正文第${line}行：${shown(heading)}`, `body, line ${line}: ${shown(heading)}`) }];
  if (by === 'number') {
    return { ...base, related, message: msg(`目录中的标题“${shown(entry)}”与正文第${line}行的“${shown(heading)}”不同`, `The 目录 entry "${shown(entry)}" differs from the body's "${shown(heading)}" on line ${line}`) };
  }
  if (entry.prefix && heading.number && numberOf(entry) !== numberOf(heading)) {
    return { ...base, related, message: msg(`目录中“${entry.title}”的编号为“${entry.prefix.raw.trim()}”，正文第${line}行为“${heading.number.raw.trim()}”`, `The 目录 numbers "${entry.title}" "${entry.prefix.raw.trim()}"; the body (line ${line}) "${heading.number.raw.trim()}"`) };
  }
  return undefined;
}

/**
 * A 目录 before the body must list what the body has: an entry the body lacks, or numbers or titles
 * that differ, is a finding on the entry; a level-one part the 目录 leaves out, on the 目录 where it belongs.
 */
export const sectionTocMismatch: Rule = {
  id: 'section.toc-mismatch',
  defaultSeverity: 'warning',
  tags: ['structure'],
  fixSafety: 'judgement',
  description: msg('目录与正文标题不一致（缺少、编号或标题不同）', 'The 目录 does not match the body\'s headings (absent, numbered or titled differently)'),
  check(doc) {
    const toc = doc.layout.toc;
    if (!toc) return [];
    const findings: Finding[] = [];
    // (`（一）强化预算编制的科学性。` read as an item of its part: the 目录 says it is a heading too.)
    const headings = doc.entries.filter((e) => (e.isHeading || e.number) && e.line > toc.endLine);
    const used = new Set<Entry>();
    // An opening or excerpt: the 目录's entries past the body's end are to come, not missing.
    const pastEnd = new Set(endsEarly(doc) ? tocEntriesPastEnd(doc) : []);
    // A heading the text is cut in (`六、资金使用及`) has more title to come.
    const cutLine = cutShortAt(doc);
    let parent: Entry | undefined;
    const listed: Listed[] = [];
    let bodyLines: Set<string> | undefined;
    const top = tocTopLevel(toc);
    // By level: the body heading of the entry before at that level (siblings only: reset below a new part).
    const before = new Map<number, { entry: TocEntry; heading: Entry }>();
    for (const entry of toc.entries) {
      const level = entry.prefix?.level ?? 1;
      // A sub-part is looked for under the part its 目录 parent stands for.
      const pool = headings.filter((e) => !used.has(e) && (level === top || !parent || isUnder(e, parent)));
      const { heading, by } = bodyHeading(entry, pool);
      if (heading) used.add(heading);
      if (level === top) parent = heading;
      if (level === top) listed.push({ entry, heading });
      for (const l of before.keys()) if (l > level) before.delete(l);
      const prev = before.get(level);
      // (Numbered as the 目录 numbers them, out of order in the body: the body's order is reported there.)
      if (heading && by === 'title' && prev && prev.heading.line > heading.line && !bodyNumbersAsListed(entry, heading, prev)) findings.push(orderFinding(entry, heading, prev.entry));
      if (heading && by === 'title') before.set(level, { entry, heading });
      // `附件：2024年度项目支出执行情况表`: an entry the body has as a line of its own, not as a heading.
      const asLine = !heading && !entry.prefix && (bodyLines ??= bodyLinesFolded(doc, toc.endLine)).has(entry.folded);
      // (Nor where the body's own numbers show the slip is the body's, reported there: a part it skips,
      // a heading numbered out of its run.)
      const bodySlip = heading ? by === 'title' && (offItsRun(heading, headings, entry) || styledOffItsLevel(heading, entry)) : skippedInBody(entry, headings);
      const f = pastEnd.has(entry) || asLine || bodySlip || (heading && heading.line === cutLine) ? undefined : entryFinding(entry, heading, by);
      if (f) findings.push(f);
    }
    // Only the 目录's top level must list every part: how deep it goes below is the drafter's choice.
    if (top <= 1) {
      for (const e of headings) if (e.isHeading && e.level === top && !used.has(e)) findings.push(unlistedFinding(e, listed));
    }
    return findings;
  },
};

/** A top-level 目录 entry and the body heading it stands for. */
interface Listed {
  entry: TocEntry;
  heading?: Entry;
}

/**
 * A part the 目录 leaves out is marked in the 目录, where its entry belongs: on the first entry
 * of a part the body has after it (else the 目录's last), the body's heading shown beside.
 */
function unlistedFinding(e: Entry, listed: Listed[]): Finding {
  const at = listed.find((l) => l.heading && l.heading.line > e.line)?.entry ?? listed[listed.length - 1].entry;
  const line = e.line + 1;
  return {
    ruleId: sectionTocMismatch.id, start: at.start, end: at.end, fixes: [],
    related: [{ start: e.start, end: e.end, message: msg(`正文第${line}行：${shown(e)}`, `body, line ${line}: ${shown(e)}`) }],
    message: msg(`目录缺少正文第${line}行的“${shown(e)}”`, `The 目录 leaves out the body's "${shown(e)}" (line ${line})`),
  };
}

/** `八、下一步改进措施` listed before `七、存在的问题及原因分析`, which the body has first. */
function orderFinding(entry: TocEntry, heading: Entry, prev: TocEntry): Finding {
  const line = heading.line + 1;
  return {
    ruleId: sectionTocMismatch.id, start: entry.start, end: entry.end, fixes: [],
    related: [{ start: heading.start, end: heading.end, message: msg(`正文第${line}行：${shown(heading)}`, `body, line ${line}: ${shown(heading)}`) }],
    message: msg(
      `目录中“${shown(entry)}”排在“${shown(prev)}”之后，正文中却在其前（第${line}行）`,
      `The 目录 lists "${shown(entry)}" after "${shown(prev)}", but the body has it before (line ${line})`,
    ),
  };
}

/** The body's short lines after the 目录, folded as titles are. */
function bodyLinesFolded(doc: Parameters<Rule['check']>[0], after: number): Set<string> {
  const out = new Set<string>();
  for (const l of doc.lines.lines) if (l.index > after && l.text.trim().length <= 60) out.add(foldTitle(l.text.trim()));
  return out;
}

/** Body headings of a level, in the body's order, with their numbers. */
function numberedAt(headings: Entry[], level: number, parent: Entry | undefined): Entry[] {
  return headings.filter((e) => e.number && e.level === level && e.parent === parent);
}

/** The 目录's `五、…` where the body goes from `四、` to `六、`: the body's part is missing, said in the body. */
function skippedInBody(entry: TocEntry, headings: Entry[]): boolean {
  if (!entry.prefix) return false;
  const v = entry.prefix.value;
  const run = numberedAt(headings, entry.prefix.level, undefined);
  if (v === 1) return run[0]?.number?.value === 2;
  return run.some((e, i) => e.number!.value === v - 1 && run[i + 1]?.number?.value === v + 1);
}

/**
 * The 目录's `四、X` is the body's `五、X`, the fourth of its level there: the body's numbers are out
 * of their run (a number skipped or said twice before it, reported there), and the 目录's is right.
 */
function offItsRun(heading: Entry, headings: Entry[], entry: TocEntry): boolean {
  if (!entry.prefix || !heading.number || entry.prefix.value === heading.number.value) return false;
  return entry.prefix.value === numberedAt(headings, heading.level, heading.parent).indexOf(heading) + 1;
}

/**
 * The 目录's `四、X` is the body's `4、X`, a part numbered in a style of another level: the body's
 * slip, reported there (section.numbering); the 目录 has it right.
 */
function styledOffItsLevel(heading: Entry, entry: TocEntry): boolean {
  return !!entry.prefix && !!heading.number && entry.prefix.value === heading.number.value
    && entry.prefix.level === heading.level && heading.number.level !== heading.level;
}

/**
 * Two entries the 目录 lists in their numbers' order (`八、` then `九、`), numbered so in the body but
 * placed there out of order: the body's slip. (Listed out of their numbers' order, the 目录's.)
 */
function bodyNumbersAsListed(entry: TocEntry, heading: Entry, prev: { entry: TocEntry; heading: Entry }): boolean {
  return !!entry.prefix && !!prev.entry.prefix && prev.entry.prefix.value < entry.prefix.value
    && numberOf(entry) === numberOf(heading) && numberOf(prev.entry) === numberOf(prev.heading);
}

function isUnder(e: Entry, parent: Entry): boolean {
  for (let p = e.parent; p; p = p.parent) if (p === parent) return true;
  return false;
}
