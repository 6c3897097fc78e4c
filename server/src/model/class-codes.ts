import type { TableRow } from './tables';

/**
 * Rows coded by the budget classification (`301 工资福利支出` over `30101 基本工资`; `214 | 01 | 04 |
 * 公路建设`): each row's code and level, which say the nesting the names do not.
 */

export interface ClassCodes {
  codes: string[];
  levels: number[];
  /** How many columns the codes take: 1, or 3 for 类, 款 and 项 apart. */
  width: number;
}

/** A budget classification's code (`301`, `30101`; `201`, `20101`, `2010101`): its length is its level. */
const CLASS_CODE = /^(?:[0-9]{3}|[0-9]{5}|[0-9]{7})$/;
const TWO_DIGITS = /^(?:[0-9]{2})?$/;

const cellText = (r: TableRow, c: number) => r.cells[c]?.text.trim() ?? '';

/**
 * Each row's code and level (类 1, 款 2, 项 3), where every row has a code and the codes have two
 * levels at least. Undefined otherwise.
 */
export function classCodes(rows: TableRow[]): ClassCodes | undefined {
  const codes = rows.map((r) => cellText(r, 0));
  if (codes.length < 2) return undefined;
  if (!codes.every((c) => CLASS_CODE.test(c))) return undefined;
  if (new Set(codes.map((c) => c.length)).size >= 2) return { codes, levels: codes.map((c) => (c.length + 1) / 2 - 1), width: 1 };
  return codeColumns(rows);
}

/**
 * `214 | 01 | 04 | 公路建设`: the 类, 款 and 项 codes in columns of their own; a row's level is how many it has,
 * its code the three together.
 */
function codeColumns(rows: TableRow[]): ClassCodes | undefined {
  const coded = (r: TableRow) => TWO_DIGITS.test(cellText(r, 1)) && TWO_DIGITS.test(cellText(r, 2)) && (cellText(r, 1) !== '' || cellText(r, 2) === '');
  if (!rows.every((r) => cellText(r, 0).length === 3 && coded(r))) return undefined;
  const levels = rows.map((r) => 1 + (cellText(r, 1) ? 1 : 0) + (cellText(r, 2) ? 1 : 0));
  return new Set(levels).size >= 2 ? { codes: rows.map((r) => cellText(r, 0) + cellText(r, 1) + cellText(r, 2)), levels, width: 3 } : undefined;
}
