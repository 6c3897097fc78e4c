import type { ColumnRole, TableRow } from './tables';

/**
 * Columns whose header names no kind of money (`2023年`, `日常养护`) that a table still shows to
 * be money: it states a money unit (`单位：万元`), and its 合计 row or 合计 column adds them up.
 */
export function moneyColumns(roles: ColumnRole[], names: string[], units: Array<string | undefined>, rows: TableRow[]): ColumnRole[] {
  return partsOfRowTotal(yearsOfMoney(roles, units, rows), names, units, rows);
}

/** No rate in a column among the rows a 合计 row adds (those after it, `执行率 95.12% 96.40%`, are other facts). */
function noRate(rows: TableRow[], i: number): boolean {
  for (const r of rows) {
    if (/[%％]/.test(r.cells[i]?.text ?? '')) return false;
    if (r.total) return true;
  }
  return true;
}

/**
 * `项目 | 2022年 | 2023年` over the kinds of income and a 合计 row, in a table whose unit is money
 * (`单位：万元`): each year's column is money its 合计 row adds up. Without a money unit or a 合计
 * row, or with a rate among the rows that row adds, a year's column stays words.
 */
function yearsOfMoney(roles: ColumnRole[], units: Array<string | undefined>, rows: TableRow[]): ColumnRole[] {
  const years = roles.flatMap((r, i) => (r === 'period' ? [i] : []));
  if (years.length === 0 || roles.includes('compared') || !rows.some((r) => r.total)) return roles;
  const money = years.every((i) => units[i] !== undefined && noRate(rows, i));
  return money ? roles.map((r) => (r === 'period' ? 'money' : r)) : roles;
}

/** A unit in a header that is not money's (`养护里程（公里）`, `人数（人）`, `占比（%）`), or money no total adds (`补助标准（元）`). */
const OTHER_UNIT = /[（(](?!万元|元|亿元)[^（）()]{1,6}[）)]|[%％]|率|人数|里程|面积|数量|标准|单价|人均|户均|生均|平均/;

/**
 * `镇 | 养护里程（公里） | 日常养护 | 小修保养 | 应急抢通 | 合计`, in 万元: the columns of figures
 * beside a 合计 column, in a table of money, are what it adds up — whether its rows bear that
 * out is asked when they are checked (`rowTotals`). A column of another unit is not.
 */
function partsOfRowTotal(roles: ColumnRole[], names: string[], units: Array<string | undefined>, rows: TableRow[]): ColumnRole[] {
  if (!roles.includes('rowTotal')) return roles;
  return roles.map((r, i) => (r === 'other' && units[i] !== undefined && !OTHER_UNIT.test(names[i] ?? '') && noRate(rows, i) ? 'money' : r));
}
