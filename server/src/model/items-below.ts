import type { ReportDocument } from './report';
import type { TableRow } from './tables';
import { parseChineseNumeral } from './numerals';
import { entryOnLine } from './sections';
import { lastNonBlankLine, toHalfWidthDigits } from './text';

/** The items a count's list has below it: numbered lines, or a table's rows. */

/** A line that opens an enumerated item: `一是`, `1．`, `（3）`, `二、`. */
export const ENUM_LINE = /^\s*([一二三四五六七八九十]{1,3}是|[（(]?[0-9０-９一二三四五六七八九十]{1,3}[）)、.．])/;

/**
 * The items numbered 1, 2, 3… (or 一是, 二是…) in the lines below a count: each with its own lines
 * (`1．项目“…”年初预算…` / `主要用于…`, a hard wrap's, a page's) up to the next number. A list numbered
 * again from 1, an item of a level above the first one's (`（三）“三公”经费。…` after `1.`…`4.`) or a
 * heading ends them. Undefined where the text ends among them: an opening cut may leave some out.
 */
export function numberedItemsBelow(doc: ReportDocument, line: number): number | undefined {
  const lines = doc.lines.lines;
  let n = 0;
  let itemLevel: number | undefined;
  // Lines of words read before a first item: the list starts right below its count, and a text
  // without items (or headings) is not read to its end for each count in it (square in its length).
  let before = 0;
  for (let li = line + 1; li < lines.length; li++) {
    const t = lines[li].text;
    if (t.trim() === '') continue;
    if (n === 0 && ++before > ITEMS_REACH) return 0;
    // (`分为两类：` / `市本级资金项目：…` / `各项目情况如下：` / `1.…`: a line before the first item that leads a list of its own.)
    if (n === 0 && before > 1 && /[：:]\s*$/.test(t)) return 0;
    const entry = entryOnLine(doc, li);
    if ((entry?.isHeading && entry.level <= 2) || (entry && itemLevel !== undefined && entry.level < itemLevel)) return n;
    if (n === 0) itemLevel = entry?.level;
    // (`（1）“博爱送万家”慰问` under item 2: a sub-item is the item's own words.)
    const item = entry && itemLevel !== undefined && entry.level > itemLevel ? undefined : itemOn(doc, li);
    if (item !== undefined && item === n + 1) n++;
    // (`（1）…（2）…（2）…`: a number said twice is a slip section.numbering reports; how many there are, unknown.)
    else if (item !== undefined && item === n) return undefined;
    else if (item !== undefined) return n;
    else if (n > 0) {
      // (Words after an item are its own when the next item goes on from it; the text ending first, unknown.
      // A line that opens a list of its own, `全年计划项目共3个，其中：…`, ends this one.)
      if (OPENS_A_LIST.test(t)) return n;
      const next = nextItemAfter(doc, li, itemLevel);
      if (next === undefined) return undefined;
      if (next.number !== n + 1) return n;
      // (On at the next item: the lines between are read once, whatever their number.)
      li = next.line - 1;
    }
  }
  return n === 0 ? 0 : undefined;
}

/**
 * The items numbered 1, 2, 3… right above a line (`以上五项专项资金…` under `1.…` to `6.…`): the last
 * one's number, when going up the numbers run down to 1 with only the items' own lines between
 * (a sub-item, `（1）`, is its item's). Undefined where no item stands within reach above, or the
 * numbers do not run so.
 */
export function numberedItemsAbove(doc: ReportDocument, line: number): number | undefined {
  const lines = doc.lines.lines;
  // The nearest item's number (how many there are), the one next expected going up, and its level.
  let count: number | undefined;
  let next = 0;
  let itemLevel: number | undefined;
  for (let li = line - 1, words = 0; li >= 0 && li >= line - ITEM_REACH; li--) {
    if (lines[li].text.trim() === '') continue;
    const entry = entryOnLine(doc, li);
    // (A part's heading, `（二）项目执行情况`, is no item of a list.)
    if (entry?.isHeading && entry.level <= 2) return undefined;
    const item = itemOn(doc, li);
    if (item === undefined || (entry && itemLevel !== undefined && entry.level > itemLevel)) {
      if ((item === undefined && entry?.isHeading) || ++words > (count === undefined ? ITEMS_REACH : ITEM_LINES)) return undefined;
      continue;
    }
    if (count === undefined) {
      count = item;
      itemLevel = entry?.level;
    } else if (item !== next) return undefined;
    // (Under `2．街道统筹安排项目`, `（1）…（10）` are one group of items of a list above: not all of it.)
    if (item === 1) return groupAbove(doc, li, itemLevel) ? undefined : count;
    next = item - 1;
    words = 0;
  }
  return undefined;
}

/** Whether the line of words above an item 1 opens an item numbered 2 or more of a level above (not a part's heading). */
function groupAbove(doc: ReportDocument, li: number, itemLevel: number | undefined): boolean {
  let k = li - 1;
  while (k >= 0 && doc.lines.lines[k].text.trim() === '') k--;
  const entry = k >= 0 ? entryOnLine(doc, k) : undefined;
  const item = entry && !(entry.isHeading && entry.level <= 2) && (itemLevel === undefined || entry.level < itemLevel) ? itemOn(doc, k) : undefined;
  return item !== undefined && item >= 2;
}

/** How many lines of words below its count a list's first item may start. */
const ITEMS_REACH = 6;

/** The number of the item a line opens (`3．`, `三是`); `12.30万元，…` opening a wrapped line is a figure, no item. */
function itemOn(doc: ReportDocument, li: number): number | undefined {
  const item = ENUM_LINE.exec(doc.lines.lines[li].text);
  return item && (entryOnLine(doc, li) || /是$/.test(item[1])) ? itemNumber(item[1]) : undefined;
}

const OPENS_A_LIST = /共\s*[0-9０-９一二三四五六七八九十两]{1,3}\s*[个项类家所人名]/;

/** How far past an item's words the next item is looked for: lines of words, and lines in all (a table's rows). */
const ITEM_LINES = 12;
const ITEM_REACH = 400;

/**
 * The next item below line `li` and its line, within reach and before any heading (number −1 for
 * none); undefined when `li` is the text's last line.
 */
function nextItemAfter(doc: ReportDocument, li: number, itemLevel: number | undefined): { number: number; line: number } | undefined {
  if (li >= lastNonBlankLine(doc.lines.lines)) return undefined;
  const none = { number: -1, line: li };
  // (A table's rows are an item's too: `村名 | 村干部人数（人）| …` under item 1.)
  for (let k = li + 1, words = 0; k < doc.lines.lines.length && words <= ITEM_LINES && k <= li + ITEM_REACH; k++) {
    const entry = entryOnLine(doc, k);
    if (entry && itemLevel !== undefined && entry.level > itemLevel) continue;
    // (`2．高标准农田建设县级配套资金` on a line of its own is the next item, though a heading.)
    const item = itemOn(doc, k);
    if (item !== undefined) return { number: item, line: k };
    if (entry?.isHeading) return none;
    if (doc.layout.kinds.get(k) !== 'table') words++;
  }
  return none;
}

/** The number an item line opens with: `3．`, `（三）`, `三是`. */
function itemNumber(prefix: string): number | undefined {
  const digits = /[0-9０-９]+/.exec(prefix)?.[0];
  return digits !== undefined ? Number(toHalfWidthDigits(digits)) : parseChineseNumeral(/[一二三四五六七八九十]+/.exec(prefix)?.[0] ?? '');
}

/** `一 | 教育经费保障类 |  |  |`: a row that heads the group of rows below it, with no figure of its own. */
function namesGroup(r: TableRow): boolean {
  const filled = r.cells.filter((c) => c.text.trim());
  if (filled.length === 0 || filled.length > 2 || filled.some((c) => /[0-9０-９]/.test(c.text))) return false;
  return filled.length === 2 ? /^[一二三四五六七八九十]{1,3}[、.．]?$|^[（(][一二三四五六七八九十]{1,3}[)）]$/.test(filled[0].text.trim()) : /^[一二三四五六七八九十]{1,3}、|^[（(][一二三四五六七八九十]{1,3}[)）]/.test(filled[0].text.trim());
}

/**
 * The items of the table right after a line (a caption or unit line between allowed): its rows,
 * when each is one (a header of names, no total, subtotal, indented or 其中 row among them) and
 * the text goes on after the table.
 */
export function tableRowsAfter(doc: ReportDocument, line: number): number | undefined {
  // (Within three lines with words: a Markdown draft puts blank lines around its caption.)
  let reach = line;
  for (let written = 0; written < 3 && reach + 1 < doc.lines.lines.length; ) if (doc.lines.lines[++reach].text.trim() !== '') written++;
  const table = doc.layout.tables.find((t) => t.lines[0] > line && t.lines[0] <= reach);
  if (!table?.header || !(table.columns.includes('name') || table.columns.includes('seq'))) return undefined;
  for (let l = line + 1; l < table.lines[0]; l++) if (doc.lines.lines[l].text.trim().length > 30) return undefined;
  // A table the text ends on may go on past the end (an opening cut between rows).
  if (lastNonBlankLine(doc.lines.lines) <= table.lines[table.lines.length - 1]) return undefined;
  const items = table.rows.filter((r) => !r.total && !r.subtotal && !namesGroup(r));
  // (One row is no list of items: a table read out of cells one a line is no table of them.)
  if (items.length < 2 || items.some((r) => r.indented || r.unaligned || r.cells.some((c) => /^其中/.test(c.text)))) return undefined;
  // `其他项目（7个）`: a row of several items counts them all.
  let n = 0;
  for (const r of items) n += Number(toHalfWidthDigits(/[（(]([0-9０-９]{1,3})[个项][）)]/.exec(r.cells.map((c) => c.text).join(''))?.[1] ?? '1'));
  return n;
}
