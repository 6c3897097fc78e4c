import type { Amount } from './amounts';
import { ANY_MEASURE, countedIn, decimalsOf, measuredSlack, MEASURES, plainFigure, productHolds, ProductClaim, sameMeasure } from './product-math';
import type { ReportDocument } from './report';
import { figureGetter } from './table-facts';
import { MONEY_ROLES, Table, TableCell } from './tables';
import { appendAll } from './arrays';

/**
 * A table whose rows are a count times a rate per thing: `乡镇 | 奖补户数（户） | 奖补标准（元/户） |
 * 奖补金额（万元）`, `支出内容 | 工程量 | 补助标准或单价 | 金额（万元）` with `214.6公里 | 0.70万元/公里`.
 * Each row's money is its count times its rate. Read only with one column of each, the count's
 * measure the rate's, and a rate per year or per nothing (a monthly rate's months are not said);
 * a standard that is a mean, a ceiling or a range is no rate. A row is a claim only where most rows
 * of the table bear the product out: a table whose money is not its rows' products (a 补助金额 that
 * also pays last year's arrears) is said nowhere but in its money, and is left alone.
 */

/** A table's header names its measure alone (`（元/生·年）`, `（万元/米）`): a few more than prose counts in. */
const TABLE_MEASURES = `${MEASURES}|生|千米|米|辆次`;
/** `（元/户）`, `（万元/公里）`, `（元/生·年）`, `(元/人/年)`: the rate's money unit, per what, per which period. */
const PER_IN_HEADER = new RegExp(`[（(]\\s*(万元|元)\\s*[/／]\\s*(${TABLE_MEASURES})\\s*(?:[·•.．、/／]\\s*(年|月))?\\s*[）)]`);
/** `0.70万元/公里`, `1500元/户`: a rate written with its unit in the cell. */
const RATE_CELL = new RegExp(`^([0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?)\\s*(万元|元)\\s*[/／]\\s*(${TABLE_MEASURES})$`);
const BARE_FIGURE = /^[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?$/;
/** `214.6公里`, `326户`: a count or a measure with its unit in the cell. */
const COUNT_CELL = new RegExp(`^([0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?)\\s*(${TABLE_MEASURES})$`);
/** A count column by its header's unit (`改造户数（户）`) or its last words (`贷款户数`). */
const COUNT_IN_HEADER = new RegExp(`[（(]\\s*(${TABLE_MEASURES})\\s*[）)]\\s*$`);
const COUNT_NAME = /(户数|人数|人次)$/;
/** A standard that is no rate every row is paid at. */
const NOT_A_RATE = /人均|平均|最高|最低|上限|下限|不超过|不低于|区间|范围/;
const RATE_NAME = /标准|单价|定额/;

interface Columns {
  rate: number;
  count: number;
  money: number;
  /** From the rate column's header, if it says: `万元`/`元`, per what, per which period. */
  perHeader?: { unit: string; measure: string; period?: string };
  countMeasure?: string;
  /** The rate column is a price (`单价`): per whatever each row counts. */
  price: boolean;
  /** `单价（元）`: the price's money unit, said once in its header for bare figures below. */
  priceUnit?: string;
}

/** `单价（元）`, `单价(万元)`: a price column whose header says its unit. */
const PRICE_IN_HEADER = /单价\s*[（(]\s*(万元|元)\s*[）)]\s*$/;
/** `数量（台/套/把）`: a quantity header naming several measures. */
const MEASURES_IN_HEADER = /数量\s*[（(]\s*[\u4e00-\u9fff]{1,2}(?:\s*[/／、]\s*[\u4e00-\u9fff]{1,2})+\s*[）)]\s*$/;

/** `1.38万元`, `460元`: a price with its money unit in the cell. */
const PRICE_CELL = /^([0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?)\s*(万元|元)$/;

function columnsOf(t: Table): Columns | undefined {
  const header = t.header?.cells.map((c) => c.text.trim()) ?? [];
  if (header.length === 0) return undefined;
  const rates = header.flatMap((h, i) => (RATE_NAME.test(h) && !NOT_A_RATE.test(h) ? [i] : []));
  const money = t.columns.flatMap((r, i) => (MONEY_ROLES.has(r) && !rates.includes(i) ? [i] : []));
  if (rates.length !== 1 || money.length !== 1) return undefined;
  const rate = rates[0];
  const per = PER_IN_HEADER.exec(header[rate]);
  const price = /单价/.test(header[rate]);
  const counts = header.flatMap((h, i) => {
    if (i === rate || i === money[0] || t.columns[i] === 'seq' || t.columns[i] === 'name' || NOT_A_RATE.test(h)) return [];
    // (`数量（台/套/把）` beside a price: a count of whatever each row buys, its measure not one.)
    const unit = COUNT_IN_HEADER.exec(h)?.[1] ?? (COUNT_NAME.test(h) ? COUNT_NAME.exec(h)![1].replace('数', '') : price && MEASURES_IN_HEADER.test(h) ? '' : undefined);
    return unit || t.columns[i] === 'other' ? [{ i, unit }] : [];
  });
  // `补贴户数（户） | 补贴面积（亩） | 补贴标准（元/亩）`: the count of the rate's measure, when the header says it.
  const ofMeasure = per ? counts.filter((c) => c.unit !== undefined && sameMeasure(c.unit, per[2])) : [];
  // (`品目 | 数量 | 单价`: the column named the quantity, its cells with their measure, `86台`.)
  const quantity = counts.filter((c) => /(数量|工程量)(（[^）]*）)?$/.test(header[c.i]));
  const count = ofMeasure.length === 1 ? ofMeasure[0] : counts.length === 1 ? counts[0] : quantity.length === 1 ? quantity[0] : undefined;
  if (!count) return undefined;
  const priceUnit = price ? PRICE_IN_HEADER.exec(header[rate])?.[1] : undefined;
  return { rate, money: money[0], count: count.i, countMeasure: count.unit, perHeader: per ? { unit: per[1], measure: per[2], period: per[3] } : undefined, price, priceUnit };
}

/** The rate a row's cell says, in the table's terms; nothing for a dash, a range or words. */
function rateOf(cell: TableCell | undefined, cols: Columns): { value: string; unit: string; measure: string } | undefined {
  const text = cell?.text.trim() ?? '';
  const own = RATE_CELL.exec(text);
  if (own) return { value: plainFigure(own[1]), unit: own[2], measure: own[3] };
  // `单价 | 1.38万元` beside `数量 | 86台`: a price per whatever the row counts.
  const price = cols.price ? PRICE_CELL.exec(text) : null;
  if (price) return { value: plainFigure(price[1]), unit: price[2], measure: ANY_MEASURE };
  if (cols.priceUnit && BARE_FIGURE.test(text)) return { value: plainFigure(text), unit: cols.priceUnit, measure: ANY_MEASURE };
  if (cols.perHeader && BARE_FIGURE.test(text)) return { value: plainFigure(text), unit: cols.perHeader.unit, measure: cols.perHeader.measure };
  return undefined;
}

function countOf(cell: TableCell | undefined, cols: Columns): ProductClaim['count'] | undefined {
  const text = cell?.text.trim() ?? '';
  const own = COUNT_CELL.exec(text);
  const digits = own ? own[1] : BARE_FIGURE.test(text) && cols.countMeasure !== undefined ? text : undefined;
  const measure = own ? own[2] : cols.countMeasure;
  if (!cell || digits === undefined || measure === undefined) return undefined;
  const value = plainFigure(digits);
  // A measured length or area is rounded to its digits, as in prose.
  return { value: Number(value), measure, start: cell.start, end: cell.end, text: text.replace(/\s+/g, '') + (own ? '' : measure), slack: measuredSlack(value) };
}

/** A rate read from a cell, as a figure of its own (not one of the draft's amounts: no total, no part). */
function rateAmount(cell: TableCell, rate: { value: string; unit: string }, label: string): Amount {
  const decimals = decimalsOf(rate.value);
  return {
    id: -1, start: cell.start, end: cell.end, numberStart: cell.start, numberEnd: cell.end, unitStart: cell.end, unitEnd: cell.end,
    raw: rate.value, valueText: rate.value, unit: rate.unit, kind: 'money', decimals, approximate: false, label, labelStart: cell.start,
    labelCore: label, line: cell.line, sentence: -1, perUnit: true,
  };
}

/** The products of every table's rows that most rows of their table bear out. */
export function tableProducts(doc: ReportDocument): ProductClaim[] {
  const out: ProductClaim[] = [];
  const get = figureGetter(doc.tableFigures);
  doc.layout.tables.forEach((t, ti) => {
    const cols = columnsOf(t);
    if (!cols || cols.perHeader?.period === '月') return;
    const claims: ProductClaim[] = [];
    t.rows.forEach((row, ri) => {
      if (row.total || row.subtotal || row.unaligned) return;
      const rate = rateOf(row.cells[cols.rate], cols);
      const count = countOf(row.cells[cols.count], cols);
      const total = get(ti, ri, cols.money);
      if (!rate || !count || !total || total.kind !== 'money' || !total.unit || !countedIn(count.measure, rate.measure)) return;
      claims.push({ count, rate: rateAmount(row.cells[cols.rate], rate, t.columnNames[cols.rate] ?? ''), total, months: 1 });
    });
    const holding = claims.filter((p) => productHolds(p)).length;
    if (holding >= 2 && holding > claims.length - holding) appendAll(out, claims);
  });
  return out;
}
