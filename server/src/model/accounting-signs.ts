import { GROUPED_DIGITS } from './amounts';

/**
 * Negatives as accountants write them in a table's cells: `（1.38）`, `(57.90)`, `(5.58%)`, and —
 * where the text says so (`表中“△”表示减少`) — `△1.99`. The cell's figure is the digits inside;
 * its value is below nought. A bracketed whole number (`（1）`, `(3)`) is a column's or an item's
 * number as often as a figure, and a `△` the text does not explain may be any change: neither is read.
 */

const NUMBER = `(${GROUPED_DIGITS}|[0-9０-９]+)(?:[.．]([0-9０-９]+))?`;
const BRACKETED = new RegExp(`^[（(][ \\u3000]*${NUMBER}[ \\u3000]*([%％])?[ \\u3000]*[)）]$`);
const TRIANGLED = new RegExp(`^[△▲][ \\u3000]*${NUMBER}[ \\u3000]*([%％])?$`);

/** `（表中“△”表示减少）`, `△号为负数`, `以“△”表示实际支出少于预算`: the text says what a `△` means. */
const TRIANGLE_SAYS_MINUS = /[△▲][”"’']?(?:号|符号)?[ \u3000]*(?:表示|代表|为|系)[ \u3000]*(?:减少|下降|降低|负数|负值|负|少于|低于|减|节约)/;

/** Whether the text explains `△` as a minus (looked for only where a `△` is written at all). */
export function triangleIsMinus(text: string): boolean {
  return (text.includes('△') || text.includes('▲')) && TRIANGLE_SAYS_MINUS.test(text);
}

export interface AccountingFigure {
  /** Where the digits begin, from the cell's start. */
  offset: number;
  /** The digits as written (grouping marks kept), and the decimals. */
  int: string;
  dec: string;
  percent: boolean;
}

/** A cell's accounting negative, if its text is one (a triangle only where `triangle` says it is a minus). */
export function accountingNegative(text: string, triangle: boolean): AccountingFigure | undefined {
  const first = text.charCodeAt(0);
  // `(` `（` `△` `▲`: most cells begin with a digit, and are not looked at further.
  if (first !== 0x28 && first !== 0xff08 && first !== 0x25b3 && first !== 0x25b2) return undefined;
  const bracketed = first === 0x28 || first === 0xff08;
  if (!bracketed && !triangle) return undefined;
  const m = (bracketed ? BRACKETED : TRIANGLED).exec(text);
  if (!m) return undefined;
  const percent = m[3] !== undefined;
  // `（3）` is a number of a row or a column; `（12.50）` and `（3%）` are figures.
  if (bracketed && !percent && m[2] === undefined && !/[^0-9０-９]/.test(m[1])) return undefined;
  return { offset: text.indexOf(m[1]), int: m[1], dec: m[2] ?? '', percent };
}

/** Whether a figure's written form is an accounting negative (its sign is the brackets or the triangle). */
export function writtenAsAccounting(raw: string): boolean {
  return /^[（(△▲]/.test(raw);
}
