import { NumberPrefix, parseNumberPrefix } from './numbering';
import type { LineIndex } from './text';
import { lastNonBlankLine, PAGE_MARK, toHalfWidthDigits } from './text';
import { foldTitle } from './outline';
import { withoutFieldCodes } from './field-codes';

/**
 * A table of contents (目录) before the body: a `目录` line, then the headings it lists, often with
 * dot leaders and page numbers (`二、一般公共预算支出情况……………3`, or a tab and `3`). Its lines are
 * not headings; the rule `section.toc-mismatch` compares them with the body's headings.
 */
export interface TocEntry {
  line: number;
  prefix?: NumberPrefix;
  /** The title without number, leader and page. */
  title: string;
  /** Offsets of the entry's text (number to title end) in the document. */
  start: number;
  end: number;
  folded: string;
  page?: number;
}

export interface Toc {
  titleLine: number;
  entries: TocEntry[];
  /** The last line of the 目录 (blank lines after the last entry not included). */
  endLine: number;
}

const TOC_TITLE = /^[\s\u3000]*目[\s\u3000]*录[\s\u3000]*[：:]?[\s\u3000]*$/;
// A leader of dots (run together or spaced, `. . . .`), ellipses, middle dots, hyphens, a tab run
// or a gap of spaces (a PDF copied to text), then the page number.
// The page may be in Roman numerals (`Ⅵ`, `iv`: the 目录 of a report bound after a cover letter).
const WITH_PAGE = /^(.*?)(?:[ \u3000]*(?:[.．·…⋯_\-—]{2,}|…|(?:[.．·][ \u3000]){3,}|\t| {2,}|\u3000)[ \t\u3000.．·…⋯_\-—]*)([0-9０-９]{1,3}|[\u2160-\u216B\u2170-\u217B]{1,4}|[IVXivx]{1,6})[ \t\u3000]*$/;

/**
 * `（四）部门整体支出规模 2`: one space before an Arabic page, after a title's last character (a
 * 目录 retyped by hand or copied from a web page that dropped its leaders).
 */
const SPACE_PAGE = /^(.*?[\u4e00-\u9fff）)]) ([0-9０-９]{1,3})[ \t\u3000]*$/;

/** A page glued to a title that ends in a bracket, in a 目录 of paged entries. */
const GLUED_PAGE = /^(.*[）)])([0-9０-９]{1,3})[ \t\u3000]*$/;

/** A leader with no page after it: the line was cut there (an opening that stops in its 目录). */
const LEADER_AT_END = /[ \u3000]*(?:[.．·…⋯_\-—]{2,}|…|(?:[.．·][ \u3000]){3,})[ \t\u3000.．·…⋯_\-—]*$/;

interface Parsed {
  prefix?: NumberPrefix;
  title: string;
  titleFrom: number;
  titleTo: number;
  page?: number;
  /** Written with a leader: a 目录 line, never a heading. */
  leader: boolean;
}

function parseEntry(text: string): Parsed | undefined {
  const m = WITH_PAGE.exec(text) ?? SPACE_PAGE.exec(text);
  const leaderOnly = m ? undefined : LEADER_AT_END.exec(text);
  const body = m ? m[1] : leaderOnly ? text.slice(0, leaderOnly.index) : text.replace(/[ \t\u3000]+$/, '');
  const prefix = parseNumberPrefix(body);
  const from = prefix ? prefix.end : body.length - body.trimStart().length;
  // (`（一）基本支出情况。\t4`: a numbered heading written with a full stop is listed with it.)
  const title = prefix ? body.slice(from).trim().replace(/。$/, '') : body.slice(from).trim();
  if (!title || title.length > 50 || /[。；;！？]/.test(title)) return undefined;
  const page = m ? pageNumber(m[2]) : undefined;
  return { prefix, title, titleFrom: from, titleTo: from + title.length, page, leader: Boolean(m || leaderOnly) };
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10 };

/** `3`, `３`, `Ⅵ`, `iv` as a number. */
function pageNumber(text: string): number {
  if (/^[0-9０-９]+$/.test(text)) return Number(toHalfWidthDigits(text));
  // `Ⅰ`…`Ⅻ` and `ⅰ`…`ⅻ` are single characters for 1…12.
  if (text.length === 1 && /[\u2160-\u216B\u2170-\u217B]/.test(text)) return (text.charCodeAt(0) & 0xf) + 1;
  const digits = [...text.toLowerCase()].map((c) => ROMAN[c] ?? 0);
  return digits.reduce((sum, d, k) => sum + (d < (digits[k + 1] ?? 0) ? -d : d), 0);
}

/** The 目录's own top level: level one, or `第一部分` above it. */
export function tocTopLevel(toc: Toc): number {
  return toc.entries.reduce((m, e) => Math.min(m, e.prefix?.level ?? 1), Infinity);
}

/**
 * The 目录 of a draft, if it has one in its first lines: under its title, or (a Markdown export) a
 * run of links to Word's heading bookmarks with no title over it.
 */
export function findToc(lines: LineIndex, tocLinks?: ReadonlySet<number>): Toc | undefined {
  const limit = Math.min(lines.lines.length, 200);
  for (let i = 0; i < limit; i++) {
    if (TOC_TITLE.test(withoutFieldCodes(lines.lines[i].text))) return readToc(lines, i);
  }
  let first = limit;
  if (tocLinks && tocLinks.size >= 2) for (const l of tocLinks) first = Math.min(first, l);
  if (first >= limit) return undefined;
  // (Read as if a title stood on the line before; that line is no part of it.)
  const toc = readToc(lines, first - 1);
  return toc && { ...toc, titleLine: first };
}

/**
 * `二、部门整体支出绩效目标及` then `　　完成情况\t2`: an entry too long for its line goes on at the
 * next, indented or without a number, with the page there. The two as one entry, or undefined.
 */
function wrappedEntry(lines: LineIndex, i: number, p: Parsed): Parsed | undefined {
  if (p.page !== undefined || p.leader || !p.prefix || i + 1 >= lines.lines.length) return undefined;
  const next = lines.lines[i + 1].text;
  const rest = parseEntry(next);
  if (!rest || rest.page === undefined || rest.prefix || rest.title.length > 20 || !/^[ \t\u3000]|^[\u4e00-\u9fff]/.test(next)) return undefined;
  return { ...p, title: p.title + rest.title, page: rest.page, leader: rest.leader };
}

function readToc(lines: LineIndex, titleLine: number): Toc | undefined {
  const entries: TocEntry[] = [];
  let paged = 0;
  let restarted = false;
  let endLine = titleLine;
  for (let i = titleLine + 1; i < lines.lines.length; i++) {
    const l = lines.lines[i];
    // `TOC \o "1-3" \h \z \u`, `HYPERLINK \l "_Toc…"`: a Word copy's field codes are no words of an entry.
    const text = withoutFieldCodes(l.text);
    // A page's number (`- 1 -`) where the 目录 goes on to a second page.
    if (text.trim() === '' || (paged > 0 && PAGE_MARK.test(text))) continue;
    let p = parseEntry(text);
    if (!p) break;
    // (`三、资金使用及绩效情况（包含单位管理的公共专项）2`: a title as wide as the line, its page right after it.)
    const glued = p.page === undefined && !p.leader && paged > 0 ? GLUED_PAGE.exec(text) : null;
    const gluedEntry = glued ? parseEntry(glued[1]) : undefined;
    if (glued && gluedEntry) p = { ...gluedEntry, page: pageNumber(glued[2]), leader: true };
    const wrapped = paged > 0 ? wrappedEntry(lines, i, p) : undefined;
    const entryLine = i;
    if (wrapped) {
      p = wrapped;
      i++;
    }
    const folded = foldTitle(p.title);
    // Without page numbers the body begins where the first entry is written again.
    // A line after paged entries with no page of its own is the body, unless the text ends on it
    // (an opening cut in its 目录).
    const cutHere = paged > 0 && endsText(lines, i);
    // (Listed without its number, `1. [部门（单位）基本情况](#…)` as Markdown reads, the title written again
    // with its number, `## 一、部门（单位）基本情况`, is the body too.)
    // (The body's first heading may be retitled: `一、单位概况` listed, `一、预算单位基本情况` written. Its
    // number said again begins the body too.)
    restarted = p.prefix?.level === 1 && entries[0]?.prefix?.level === 1 && sameNumber(entries[0].prefix, p.prefix);
    if (p.page === undefined && !p.leader && !cutHere && (paged > 0 || restarted || entries.some((e) => e.folded === folded && (sameNumber(e.prefix, p.prefix) || !e.prefix)))) {
      // (An opening cut in the body's first heading, `一、部门基本情`: the body, whose words end there.)
      if (restarted && endsText(lines, i)) return entries.length < 2 ? undefined : { titleLine, entries, endLine };
      break;
    }
    if (p.page !== undefined) paged++;
    const end = l.start + Math.min(p.titleTo, l.text.length);
    entries.push({ line: entryLine, prefix: p.prefix, title: p.title, start: l.start + (p.prefix ? p.prefix.start : p.titleFrom), end, folded, page: p.page });
    endLine = i;
  }
  if (entries.length < 2) return undefined;
  // Entries without page numbers count only if the body repeats them (otherwise this was a list),
  // or if the text ends with them: an opening that stops in its 目录 has no body to repeat them.
  // (The body starting again at the first number, one entry said again is enough: the first may be retitled.)
  if (paged === 0 && !repeatedLater(lines, entries, restarted ? 1 : (entries.length + 1) >> 1) && !endsText(lines, entries[entries.length - 1].line)) return undefined;
  return { titleLine, entries, endLine };
}

/** Whether nothing but blank lines follows a line. */
const endsText = (lines: LineIndex, line: number): boolean => lastNonBlankLine(lines.lines) <= line;

function sameNumber(a: NumberPrefix | undefined, b: NumberPrefix | undefined): boolean {
  return (a?.value ?? 0) === (b?.value ?? 0) && (a?.level ?? 0) === (b?.level ?? 0);
}

/** Whether the body writes the first entry again, or `enough` of the entries (the first retitled). */
function repeatedLater(lines: LineIndex, entries: TocEntry[], enough: number): boolean {
  const titles = new Set(entries.map((e) => e.folded));
  const found = new Set<string>();
  const last = entries[entries.length - 1].line;
  for (let i = last + 1; i < lines.lines.length; i++) {
    const p = parseEntry(lines.lines[i].text);
    const folded = p && foldTitle(p.title);
    if (!folded || !titles.has(folded)) continue;
    if (folded === entries[0].folded) return true;
    found.add(folded);
    if (found.size >= enough) return true;
  }
  return false;
}
