import { Amount, amountsBetween } from './amounts';
import type { ReportDocument } from './report';
import { parseChineseNumeral } from './numerals';
import { toHalfWidthDigits } from './text';
import { NO_TERMS, Relation, standsApart, terms } from './terms';

/** `以上合计656.21万元`, `上述各项共计…`: a line that totals the items above it. */
const TOTAL_OF_ABOVE = /^[\s\u3000]*(?:以上|上述)(?:各项|[0-9０-９一二三四五六七八九十]+项)?(?:合计|共计|总计)/;

/**
 * `项目支出60.73万元，共5个项目：` over numbered lines of one figure each: the figure before the
 * colon is their total. Read only when the line says how many there are, and as many follow.
 */
// (`…共4个项目，具体为：`, `…，分别是：`: the colon may follow a word that opens the list.)
const TOTAL_OF_BELOW = /共(?:有|计|安排|实施)?([0-9０-９]{1,2}|[一二两三四五六七八九十]{1,3})(?:个|项)(?:项目|专项|子项目)?(?:[，,]\s*(?:具体|分别)?(?:为|是|如下|包括))?[：:]\s*$/;

function parseCount(said: string): number | undefined {
  return /^[0-9０-９]+$/.test(said) ? Number(toHalfWidthDigits(said)) : parseChineseNumeral(said);
}

/**
 * `1.食品安全抽检监测经费186.40万元；` … `6.…189.76万元。` / `以上合计656.21万元。`: numbered lines of one
 * figure each, and the line after them that totals them. The items are the numbered lines right
 * above it, two or more, each with exactly one figure of money (a line with more is a project
 * with its budget and spending, not an item of this sum).
 */
export function itemTotals(doc: ReportDocument, inBreakdown: Set<number>, relations: Relation[]): void {
  const lines = doc.lines.lines;
  const entryLines = new Set(doc.entries.filter((e) => e.number && e.level >= 3).map((e) => e.line));
  const money = (line: number): Amount[] =>
    amountsBetween(doc.amounts, lines[line].start, lines[line].end).filter((a) => a.kind === 'money' && a.insideOf === undefined && !a.cell && !standsApart(a));
  let byLine: Map<number, Amount[]> | undefined;
  const figuresOn = (line: number) => {
    byLine ??= new Map();
    let list = byLine.get(line);
    if (!list) byLine.set(line, (list = money(line)));
    return list;
  };
  // The numbered lines of one money figure each, from a line on, one way: up or down.
  const itemsFrom = (from: number, step: 1 | -1): Amount[] => {
    const items: Amount[] = [];
    for (let i = from; i >= 0 && i < lines.length; i += step) {
      if (lines[i].text.trim() === '') continue;
      const figures = entryLines.has(i) ? figuresOn(i) : [];
      if (figures.length !== 1) break;
      items.push(figures[0]);
    }
    return step === 1 ? items : items.reverse();
  };
  let anchors: Set<number> | undefined;
  for (const l of lines) {
    const above = TOTAL_OF_ABOVE.test(l.text);
    if (!above && !TOTAL_OF_BELOW.test(l.text)) continue;
    const onLine = figuresOn(l.index);
    const total = above ? onLine[0] : onLine[onLine.length - 1];
    anchors ??= new Set(relations.map((r) => r.anchor.id));
    if (!total || inBreakdown.has(total.id) || anchors.has(total.id)) continue;
    const items = itemsFrom(l.index + (above ? -1 : 1), above ? -1 : 1);
    const said = above ? undefined : TOTAL_OF_BELOW.exec(l.text)![1];
    if (items.length < 2 || (said !== undefined && parseCount(said) !== items.length)) continue;
    for (const a of items) inBreakdown.add(a.id);
    relations.push({ kind: 'breakdown', anchor: total, lhs: [{ amount: total, sign: 1 }], rhs: terms(items), optional: NO_TERMS, atLeast: false });
  }
}
