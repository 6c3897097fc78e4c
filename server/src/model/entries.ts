import { NumberPrefix, numbersPartAt } from './numbering';
import { anyPartMatches, Outline, OutlinePart, partMatches } from './outline';
import { Candidate, MAX_TITLE } from './recognition';
import { LineIndex, wrapsInto } from './text';

/**
 * A numbered or titled line: a heading (`三、资金使用及绩效情况`, `（1）业务性专项经费项目`) or a numbered
 * list item inside a part (`1、团结、教育全区妇女…`). Both take part in numbering; only headings
 * open sections in the outline.
 */
export interface Entry {
  id: number;
  line: number;
  /** Offsets of the line in the document. */
  start: number;
  end: number;
  number?: NumberPrefix & { docStart: number; docEnd: number };
  /** Text after the number, as written. */
  title: string;
  titleStart: number;
  level: 0 | 1 | 2 | 3 | 4;
  isHeading: boolean;
  part?: OutlinePart;
  /** The part was found by its number and place, under a title the outline words otherwise. */
  titleDiffers?: boolean;
  parent?: Entry;
  children: Entry[];
  /** Offset where the section this entry opens ends (the next entry at its level or above). */
  sectionEnd: number;
  /** Last line of the section. */
  endLine: number;
}

const AMOUNT_IN_TITLE = /[0-9０-９](?:[.．][0-9０-９]+)?\s*(?:余|多)?(?:万元|元|亿元|万)/;

/** A short line that names a topic, not a sentence that reports something. */
function headingLike(rest: string, level: number): boolean {
  const t = rest.replace(/[。．.：:]+$/, '');
  if (t.length === 0 || t.length > (level === 1 ? 50 : 30)) return false;
  // `2、负责辖区学校的教学管理、教师培训和后勤保障。`: a sentence with its full stop is a list item.
  if (/。$/.test(rest) && (t.length > 8 || /[，,、]/.test(t))) return false;
  if (/[。；;！？]/.test(t)) return false;
  if (AMOUNT_IN_TITLE.test(t)) return false;
  return (t.match(/[，,]/g) ?? []).length <= 1;
}

/**
 * `（1）贯彻执行党和国家档案工作的方针政策和法律法规，拟` / `订全市档案事业发展规划并组织实施。`: a
 * clause of a sentence a hard wrap carried on: a list item, not a title (which has no clauses).
 */
function sentenceWrapped(lines: LineIndex, line: number, rest: string): boolean {
  return /[，,、]/.test(rest) && wrapsInto(lines.lines, line) !== undefined;
}

/**
 * For each candidate, whether it is numbered below a `（一）` heading of the part it is in
 * (`1.主要职能` under `（一）单位职能、机构和人员`): an item of that sub-part, never a sub-part itself.
 */
function underSubPart(cands: Candidate[]): boolean[] {
  let open = false;
  return cands.map((c) => {
    const level = c.prefix?.level;
    if (level === 1 || level === 0) open = false;
    else if (level === 2) open = true;
    return open && level === 3;
  });
}

/** Parts some line of the draft names by title: those are never taken by number and place. */
function partsNamed(cands: Candidate[], outline: Outline, under: boolean[]): Set<OutlinePart> {
  const named = new Set<OutlinePart>();
  cands.forEach((c, i) => {
    if (c.rest.length > MAX_TITLE + 20 || !anyPartMatches(outline.all, c.folded)) return;
    // A line names a part only at its own level: `一、部门基本情况` is part 一, not its sub-part
    // 部门基本情况; `1.主要职能` under a `（一）` is an item of that sub-part.
    for (const p of outline.all) {
      if (partMatches(p, c.folded) && !(p.level === 1 && c.prefix?.level === 2) && !(p.level === 2 && (c.prefix?.level === 1 || under[i]))) named.add(p);
    }
  });
  return named;
}

/**
 * A heading numbered like a part the draft has not named (`六、部门整体支出绩效情况` where the outline
 * has `六、资金使用及绩效情况`), standing where that part belongs: it is that part, worded otherwise.
 */
function partByPlace(c: Candidate, siblings: readonly OutlinePart[], named: Set<OutlinePart>, matched: Set<OutlinePart>): OutlinePart | undefined {
  const p = c.prefix;
  if (!p || c.rest.length > MAX_TITLE || !headingLike(c.rest, p.level)) return undefined;
  const level = siblings[0]?.level;
  if ((level === 1 || level === 2) && !numbersPartAt(p, level)) return undefined;
  const part = siblings.find((s) => s.number === p.value);
  if (!part || named.has(part) || matched.has(part)) return undefined;
  // In place: every sibling before it that the draft has came before this line.
  const later = siblings.filter((s) => s.number > p.value);
  if (later.some((s) => matched.has(s))) return undefined;
  return part;
}

/**
 * The number with its offsets in the document. Written out, not spread: a spread with two more
 * properties made a new hidden class for every entry.
 */
function numberOf(p: NumberPrefix, lineStart: number): NonNullable<Entry['number']> {
  return { style: p.style, level: p.level, value: p.value, start: p.start, end: p.end, raw: p.raw, docStart: lineStart + p.start, docEnd: lineStart + p.end };
}

/** A label with the first item of its list after it (`附件：1.2023年度…`). */
const INLINE_FIRST = /[：:]\s*[（(]?[1１][.．、）)]/;

/** A short aside in brackets inside a title (folded: full-width brackets). */
const BRACKETED_ASIDE = /（[^（）]{1,10}）/g;

/**
 * `专项资金（项目）支出绩效情况`: a word added in brackets leaves the outline's title; so does a second
 * part's title joined to it (`存在的问题及原因分析和下一步改进措施`, two parts under one heading).
 */
function matchesButForAsides(part: OutlinePart, folded: string): boolean {
  const title = folded.replace(BRACKETED_ASIDE, '');
  if (partMatches(part, title)) return true;
  for (const m of title.matchAll(/[和及与、]/g)) {
    if (partMatches(part, title.slice(0, m.index)) || partMatches(part, title.slice(m.index! + 1))) return true;
  }
  return false;
}

/** Whether the line before `line` (past blank ones) holds a list's first item after its label. */
export function followsInlineFirst(lines: LineIndex, line: number): boolean {
  let i = line - 1;
  while (i >= 0 && lines.lines[i].text.trim() === '') i--;
  return i >= 0 && INLINE_FIRST.test(lines.lines[i].text);
}

export function classify(cands: Candidate[], lines: LineIndex, outline: Outline | undefined): Entry[] {
  const entries: Entry[] = [];
  let currentTop: OutlinePart | undefined;
  const matched = new Set<OutlinePart>();
  const under = underSubPart(cands);
  const named = outline ? partsNamed(cands, outline, under) : new Set<OutlinePart>();
  // A part found once is not found again by a line numbered deeper than parts are (`1.主要职能。`
  // under `（一）团区委基本情况`), nor by an unnumbered line; a second `（二）` of the same title is.
  const canMatch = (p: OutlinePart, c: Candidate) =>
    partMatches(p, c.folded) && (!matched.has(p) || (c.prefix !== undefined && c.prefix.level <= 2));
  let subPartOpen = false;
  cands.forEach((c) => {
    const line = lines.lines[c.line];
    let part: OutlinePart | undefined;
    let titleDiffers = false;
    // `第一部分` is above every part of an outline: never one of them.
    if (outline && c.rest.length <= MAX_TITLE + 20 && c.prefix?.style !== 'cn-part') {
      // `1.主要职能` under a `（一）` of the part is an item of that sub-part, never a sub-part itself.
      const inSubPart = subPartOpen && c.prefix?.level === 3;
      // …unless it is the next sub-part by title and number, in an item's style (`2、项目支出情况`
      // after `（一）基本支出情况`): the sub-part, misnumbered.
      const nextSubPart = inSubPart && currentTop
        ? currentTop.children.find((p) => !matched.has(p) && p.number === c.prefix!.value && p.number > 1 && matched.has(currentTop!.children[p.number - 2]) && partMatches(p, c.folded))
        : undefined;
      const child = currentTop && !inSubPart && anyPartMatches(currentTop.children, c.folded) ? currentTop.children.find((p) => canMatch(p, c)) : nextSubPart;
      // `（一）部门基本情况` under a part one heading is a sub-part, even where its title could name a part.
      const underPart = c.prefix?.level === 2 && entries.some((e) => e.level === 1);
      const top = underPart || !anyPartMatches(outline.parts, c.folded) ? undefined : outline.parts.find((p) => canMatch(p, c));
      // A sub-part title under its part wins over a same-named part, unless written as a part.
      if (child && (!top || (c.prefix && c.prefix.level >= 2))) part = child;
      else if (top) part = top;
      else if (child) part = child;
      if (!part) {
        part = partByPlace(c, c.prefix?.level === 2 ? currentTop?.children ?? [] : outline.parts, named, matched);
        titleDiffers = part !== undefined && !matchesButForAsides(part, c.folded);
      }
      if (part?.level === 1) currentTop = part;
      if (part) matched.add(part);
    }
    let level: 0 | 1 | 2 | 3 | 4;
    let isHeading: boolean;
    if (part) {
      level = part.level;
      isHeading = true;
    } else if (c.prefix) {
      level = c.prefix.level;
      // `附件：1.…自评表` / `      2.…自评表`: items of a list whose first was written after its label.
      isHeading = headingLike(c.rest, level) && !(level >= 3 && c.prefix.value === 2 && followsInlineFirst(lines, c.line)) && !sentenceWrapped(lines, c.line, c.rest);
    } else {
      return;
    }
    // A level-one heading the outline does not know still ends the current part.
    if (level === 1 && !part && outline) currentTop = undefined;
    if (level <= 1) subPartOpen = false;
    else if (level === 2) subPartOpen = true;
    entries.push({
      id: entries.length,
      line: c.line,
      start: line.start,
      end: line.end,
      number: c.prefix && numberOf(c.prefix, line.start),
      title: c.rest,
      titleStart: c.restStart,
      level,
      isHeading,
      part,
      titleDiffers: titleDiffers || undefined,
      children: [],
      sectionEnd: lines.text.length,
      endLine: lines.lines.length - 1,
      // Set by `nest`; declared here so that it is stored in the entry, not in a second array.
      parent: undefined,
    });
  });
  if (!outline) promoteLostPartNumbers(entries);
  nest(entries);
  settleListsAndHeadings(entries, lines);
  return entries;
}

/**
 * `1、 部门基本情况` where part 一 belongs, `（一）` sub-parts under it and `二、` after it: Word's
 * automatic numbering as a converter writes it. An outline names such a part by its title; with
 * none, its place does: the parts around it leave its number free, and sub-parts follow it or the
 * converter's space follows its number.
 */
function promoteLostPartNumbers(entries: Entry[]): void {
  const parts = entries.filter((e) => e.level === 1 && e.number && e.number.style !== 'ar-decimal');
  let k = 0; // parts[k] is the first part after entry i
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    while (k < parts.length && parts[k].line <= e.line) k++;
    if (e.level !== 3 || !e.isHeading || e.number?.style !== 'ar-dun') continue;
    const value = e.number.value;
    const before = parts[k - 1];
    const after = parts[k];
    if ((before?.number!.value ?? 0) !== value - 1 || (after && after.number!.value !== value + 1)) continue;
    const next = entries[i + 1];
    const subParts = next !== undefined && next.level === 2 && next.number?.value === 1;
    // With no `一、` anywhere (an opening that stops in part 一), only sub-parts under it tell.
    if (subParts || (parts.length > 0 && /[ \t\u3000\u00a0]$/.test(e.number.raw))) e.level = 1;
  }
}

/** Nesting and section ends: an entry's section runs to the next entry at its level or above. */
function nest(entries: Entry[]): void {
  const stack: Entry[] = [];
  for (const e of entries) {
    while (stack.length && stack[stack.length - 1].level >= e.level) {
      const closed = stack.pop()!;
      closed.sectionEnd = e.start;
      closed.endLine = e.line - 1;
    }
    e.parent = stack[stack.length - 1];
    e.parent?.children.push(e);
    stack.push(e);
  }
}

function hasBody(e: Entry, lines: LineIndex): boolean {
  const next = e.children[0]?.line ?? e.endLine + 1;
  for (let l = e.line + 1; l < next && l < lines.lines.length; l++) if (lines.lines[l].text.trim() !== '') return true;
  return e.children.length > 0;
}

/**
 * Numbered siblings are one kind of thing: a list of duties (`1、团结、教育…` … `4、加强与社会各界的联系…。`)
 * stays a list even where one item is short, and a run of sub-headings stays headings even where one
 * carries a figure (`（7）退休人员去世抚恤慰问金35.34万元`). The majority decides; outline parts are headings.
 */
function settleListsAndHeadings(entries: Entry[], lines: LineIndex): void {
  const groups = new Map<string, Entry[]>();
  for (const e of entries) {
    if (e.part || e.level === 1) continue;
    const key = `${e.parent?.id ?? -1}:${e.level}`;
    const group = groups.get(key);
    if (group) group.push(e);
    else groups.set(key, [e]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const headings = group.filter((e) => e.isHeading).length;
    // Headings have text under them; list items follow one another line after line.
    const anyBody = group.some((e) => hasBody(e, lines));
    const asHeadings = headings * 2 > group.length && anyBody;
    for (const e of group) e.isHeading = asHeadings && e.title.length <= MAX_TITLE;
  }
}
