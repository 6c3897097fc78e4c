import { Amount, baseValue, writtenValue } from '../model/amounts';
import { conversionHolds, conversionsOf } from '../model/conversions';
import type { ReportDocument } from '../model/document';
import { rowName, UNIT_IN_HEADER, UNIT_LINE } from '../model/tables';
import { Finding, msg } from './types';
import { amountText, halfDigits, inUnit, writtenLike } from './util';

/** Words two labels share: the name of the thing both figures are about (`动物防疫经费`). */
export function shareName(x: string, y: string): boolean {
  for (let i = 0; i + 4 <= x.length; i++) if (y.includes(x.slice(i, i + 4)) && /^[\u4e00-\u9fff]{4}$/.test(x.slice(i, i + 4))) return true;
  return false;
}

/** How many mentions of a value a cell is read against: a figure said thousands of times is not read each time. */
const MENTIONS_READ = 16;

/**
 * `表1 项目支出明细表（单位：元）` over rows whose figures are the 万元 figures the text gives them
 * (`妇女儿童维权经费9.60万元` and the row 妇女儿童维权经费 … 9.60): the table's note is the slip, not each
 * cell. One finding on the note, when two rows or more say so and none of the rows is in 元 for sure.
 */
export function tableNoteSlips(doc: ReportDocument, flagged: Set<number>): Finding[] {
  const findings: Finding[] = [];
  const wan = new Map<string, Amount[]>();
  // Made only for a table noted in 元 (most drafts have none); a value said thousands of times is one list, grown in place.
  const notes = doc.layout.tables.map((t) => unitNoteOf(doc, t.lines[0]));
  if (!notes.some((n) => n?.unit === '元')) return findings;
  for (const a of doc.amounts) {
    if (a.kind !== 'money' || a.unit !== '万元' || a.cell || a.approximate) continue;
    const list = wan.get(a.valueText);
    if (list) list.push(a);
    else wan.set(a.valueText, [a]);
  }
  doc.layout.tables.forEach((t, ti) => {
    const note = notes[ti];
    if (!note || note.unit !== '元') return;
    const figures = doc.tableFigures[ti];
    const said: Array<[Amount, Amount]> = [];
    t.rows.forEach((row, ri) => {
      const name = rowName(t, row).replace(/^其中[:：]?/, '');
      const cells = figures.cells.slice(ri * figures.width, (ri + 1) * figures.width).filter((b): b is Amount => b !== undefined && b.unit === '元' && b.decimals > 0);
      for (const c of cells) {
        // (The first mentions of the value: a figure said thousands of times is not read each time.)
        // (Named in the label, or on the figure's line: `2.义务兵家庭优待金：年初预算265.00万元`.)
        const named = (w: Amount) => shareName(name, w.label) || doc.lines.lines[w.line].text.includes(name);
        const other = name.length >= 4 ? (wan.get(c.valueText) ?? []).slice(0, MENTIONS_READ).find(named) : undefined;
        if (other && !writtenValue(c).isZero()) said.push([c, other]);
      }
    });
    // (A row's cell of a thousand 元 or more may be 元 indeed, unless the text gives its digits in 万元 too;
    // a 合计 row's sums the rows, whatever their unit.)
    const totals = new Set(t.rows.flatMap((r) => (r.total ? r.cells.map((x) => x.line) : [])));
    if (new Set(said.map(([c]) => c.line)).size < 2 || figures.cells.some((c) => c?.unit === '元' && !totals.has(c.line) && writtenValue(c).gte(1000) && !wan.has(c.valueText))) return;
    // The note says it of every cell: none is a slip of its own.
    for (const cell of figures.cells) if (cell) flagged.add(cell.id);
    const [c, other] = said[0];
    const where = other.line + 1;
    findings.push({
      ruleId: 'amount.unit', start: note.start, end: note.end,
      message: msg(`表中数字与正文的万元数相同（如${rowName(t, t.rows.find((r) => r.cells.some((x) => x.line === c.line)) ?? t.rows[0])}${halfDigits(c.raw)}与第${where}行的${amountText(other)}），表的单位应为“万元”`,
        `The table's figures are the text's 万元 figures (${halfDigits(c.raw)} and ${amountText(other)} on line ${where}); the table's unit should be 万元`),
      related: said.map(([, o]) => ({ start: o.start, end: o.end, message: msg(`第${o.line + 1}行：${amountText(o)}`, `line ${o.line + 1}: ${amountText(o)}`) })),
      fixes: [{ title: msg('将单位改为“万元”', 'Change the unit to 万元'), edits: [{ start: note.start, end: note.end, newText: '万元' }], preferred: true }],
    });
  });
  return findings;
}

/** The money unit a note above a table's first line gives (`（单位：元）`), and where its unit word is. */
function unitNoteOf(doc: ReportDocument, first: number): { unit: string; start: number; end: number } | undefined {
  for (let l = first; l >= Math.max(0, first - 3); l--) {
    const line = doc.lines.lines[l];
    const m = UNIT_LINE.exec(line.text);
    if (m) return { unit: m[1], start: line.start + m.index + m[0].length - m[1].length, end: line.start + m.index + m[0].length };
  }
  return undefined;
}


/**
 * `全年预算数（元）` over a column whose rows' 执行率 hold only in 万元, beside （万元） columns: the
 * header is the slip, not each cell (which writes no unit of its own). One finding on the header's
 * unit per column; `slips` are the cells (unit not written in them) whose rate fails in 元 only.
 */
export function headerUnitSlips(doc: ReportDocument, slips: Amount[], flagged: Set<number>): Finding[] {
  const byColumn = new Map<string, { start: number; end: number; header: string; cells: Amount[] }>();
  // Where each cell of a table stands in its grid, made once per table a slip is in (not a search per slip).
  const places = new Map<number, Map<Amount, number>>();
  const placeOf = (table: number, a: Amount): number => {
    let place = places.get(table);
    if (!place) {
      place = new Map();
      doc.tableFigures[table].cells.forEach((c, i) => c && place!.set(c, i));
      places.set(table, place);
    }
    return place.get(a) ?? -1;
  };
  for (const a of slips) {
    if (!a.cell || a.unitStart !== a.unitEnd) continue;
    const t = doc.layout.tables[a.cell.table];
    const figures = doc.tableFigures[a.cell.table];
    const at = placeOf(a.cell.table, a);
    const header = at < 0 ? undefined : t.header?.cells[at % figures.width];
    const m = header ? UNIT_IN_HEADER.exec(header.text) : null;
    if (!header || !m || m[1] !== '元') continue;
    const key = `${a.cell.table}:${at % figures.width}`;
    const start = header.start + m.index + m[0].indexOf('元');
    const column = byColumn.get(key) ?? { start, end: start + 1, header: header.text.trim(), cells: [] };
    column.cells.push(a);
    byColumn.set(key, column);
  }
  return [...byColumn.values()].map(({ start, end, header, cells }) => {
    for (const a of cells) flagged.add(a.id);
    const lines = cells.map((a) => a.line + 1).join('、');
    return {
      ruleId: 'amount.unit', start, end,
      message: msg(`表头“${header}”的单位应为“万元”：按万元计算，第${lines}行的执行率才相符`,
        `The header "${header}" should be in 万元: only then are the rates on line ${lines} right`),
      related: cells.map((a) => ({ start: a.start, end: a.end, message: msg(`第${a.line + 1}行：${halfDigits(a.raw)}`, `line ${a.line + 1}: ${halfDigits(a.raw)}`) })),
      fixes: [{ title: msg('将单位改为“万元”', 'Change the unit to 万元'), edits: [{ start, end, newText: '万元' }], preferred: true }],
    };
  });
}

/**
 * `92.56万元（即9,256,000元）`: a figure said again in another unit that is not the same money — a zero
 * dropped or added in the conversion. Reported on the conversion, with the figure it should be.
 */
export function conversionSlips(doc: ReportDocument, flagged: Set<number>): Finding[] {
  const out: Finding[] = [];
  for (const c of conversionsOf(doc)) {
    const { said, again } = c;
    if (flagged.has(said.id) || flagged.has(again.id) || conversionHolds(c)) continue;
    flagged.add(again.id);
    const digits = writtenLike(inUnit(baseValue(said), again.unit, again.decimals), again.raw);
    out.push({
      ruleId: 'amount.unit', start: again.start, end: again.end,
      message: msg(`${said.raw}${said.unit}折合为${digits}${again.unit}，这里写成了${again.raw}${again.unit}`,
        `${said.raw}${said.unit} is ${digits}${again.unit}; here it is written ${again.raw}${again.unit}`),
      related: [{ start: said.start, end: said.end, message: msg(`第${said.line + 1}行：${amountText(said)}`, `line ${said.line + 1}: ${amountText(said)}`) }],
      fixes: [{ title: msg(`改为${digits}`, `Change to ${digits}`), edits: [{ start: again.numberStart, end: again.numberEnd, newText: digits }] }],
    });
  }
  return out;
}
