import { Amount, amountsBetween } from './amounts';
import type { ReportDocument } from './report';
import { NO_TERMS, Relation, standsApart, terms } from './terms';

/** `以上合计656.21万元`, `上述各项共计…`: a line that totals the items above it. */
const TOTAL_OF_ABOVE = /^[\s\u3000]*(?:以上|上述)(?:各项|[0-9０-９一二三四五六七八九十]+项)?(?:合计|共计|总计)/;

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
  let anchors: Set<number> | undefined;
  for (const l of lines) {
    if (!TOTAL_OF_ABOVE.test(l.text)) continue;
    const total = figuresOn(l.index)[0];
    anchors ??= new Set(relations.map((r) => r.anchor.id));
    if (!total || inBreakdown.has(total.id) || anchors.has(total.id)) continue;
    const items: Amount[] = [];
    for (let i = l.index - 1; i >= 0; i--) {
      if (lines[i].text.trim() === '') continue;
      const figures = entryLines.has(i) ? figuresOn(i) : [];
      if (figures.length !== 1 || figures[0].unit !== total.unit) break;
      items.unshift(figures[0]);
    }
    if (items.length < 2) continue;
    for (const a of items) inBreakdown.add(a.id);
    relations.push({ kind: 'breakdown', anchor: total, lhs: [{ amount: total, sign: 1 }], rhs: terms(items), optional: NO_TERMS, atLeast: false });
  }
}
