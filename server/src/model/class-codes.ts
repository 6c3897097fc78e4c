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

/** A level's own two digits from its cell: as written, or the end of a whole code that begins with its parent's. */
function ownDigits(cell: string, parent: string, whole: number): string | undefined {
  if (cell.length !== whole || !/^[0-9]+$/.test(cell)) return cell;
  return cell.startsWith(parent) && parent.length === whole - 2 ? cell.slice(-2) : undefined;
}

const cellText = (r: TableRow, c: number) => r.cells[c]?.text.trim() ?? '';

/**
 * Each row's code and level (类 1, 款 2, 项 3), where every row has a code and the codes have two
 * levels at least. Undefined otherwise.
 */
export function classCodes(rows: TableRow[]): ClassCodes | undefined {
  const codes = rows.map((r) => cellText(r, 0));
  if (codes.length < 2) return undefined;
  if (codes.every((c) => CLASS_CODE.test(c)) && new Set(codes.map((c) => c.length)).size >= 2) return { codes, levels: codes.map((c) => (c.length + 1) / 2 - 1), width: 1 };
  return codeColumns(rows);
}

/**
 * `214 | 01 | 04 | 公路建设`: the 类, 款 and 项 codes in columns of their own; a row's level is how many it has,
 * its code the three together. A code Word merged down over the rows below (`213 | | |` then ` | 01 | |`
 * then ` | | 01 |`) is theirs too: a row's level is then its last code's column.
 */
function codeColumns(rows: TableRow[]): ClassCodes | undefined {
  let lei = '';
  let kuan = '';
  const codes: string[] = [];
  const levels: number[] = [];
  for (const r of rows) {
    const c0 = cellText(r, 0);
    // (`| 21208 |`, `| | 2120802`: a column may hold the whole code, its parents' digits first.)
    const c1 = ownDigits(cellText(r, 1), c0 || lei, 5);
    const c2 = ownDigits(cellText(r, 2), (c0 || lei) + (c1 || kuan), 7);
    if (c1 === undefined || c2 === undefined) return undefined;
    if ((c0 !== '' && c0.length !== 3) || !TWO_DIGITS.test(c1) || !TWO_DIGITS.test(c2) || (c0 === '' && c1 === '' && c2 === '') || (c0 !== '' && c1 === '' && c2 !== '')) return undefined;
    if (c0) [lei, kuan] = [c0, ''];
    if (c1) kuan = c1;
    if (!lei || (c2 && !kuan)) return undefined;
    const level = c2 ? 3 : c1 ? 2 : 1;
    codes.push(lei + (level >= 2 ? kuan : '') + c2);
    levels.push(level);
  }
  return new Set(levels).size >= 2 ? { codes, levels, width: 3 } : undefined;
}
