import { parseChineseNumeral, toChineseNumeral } from './numerals';
import { toHalfWidthDigits } from './text';

/**
 * The number that opens a heading or list item, by GB/T 9704 levels:
 * `一、` (1), `（一）` (2), `1.` (3), `（1）` (4). `1．` and `1、` are level-3 variants and `(1)`
 * a level-4 variant; `1、` before a level-one title is the classic misnumbering.
 */
// `【一】` is a level-one variant some provinces' outlines use.
// `一<tab>基本情况`, `一　基本情况` (a tab or a full-width space for the 、) and `Ⅰ、` are level-one variants too.
export type NumberStyle = 'cn-part' | 'cn-dun' | 'cn-dot' | 'cn-bracket' | 'cn-space' | 'roman' | 'cn-paren' | 'ar-dot' | 'ar-dun' | 'ar-paren' | 'ar-decimal';

export interface NumberPrefix {
  style: NumberStyle;
  /** The level this style stands for: 0 for `第一部分`, above the parts numbered `一、`. */
  level: 0 | 1 | 2 | 3 | 4;
  value: number;
  /** Offsets within the line: the number with its punctuation and the spaces after it. */
  start: number;
  end: number;
  raw: string;
}

// A web page's copy indents with `&nbsp;` entities left as text: they are spaces before a number.
const SP = '(?:[ \\t\\u3000\\u00a0\\ufeff]|&nbsp;)*';
const CN = '[一二三四五六七八九十]{1,3}';
const AR = '[0-9０-９]{1,2}';
// A level-3 number is not followed by digits that make an amount (`1.5万元` is an amount, but
// `1.2024年预算…` is item 1 about the year 2024), nor by digits that end the line or its cell: `92.40`
// alone is a table's figure, one cell a line, not item 92 titled `40`.
const NOT_AMOUNT = '(?![0-9０-９]+(?:[.．][0-9０-９]+)?\\s*(?:万|亿|元|%|％|人|名|个|余|多|\\t|$))';
const PREFIX_RE = new RegExp(
  `^(${SP})(?:(${CN})${SP}(、|[.．](?![0-9０-９]))|[（(]${SP}(${CN})${SP}[）)]|(${AR})${SP}(?:([.．])${NOT_AMOUNT}|(、))|[（(]${SP}(${AR})${SP}[）)]|【${SP}(${CN})${SP}】|(${CN})(?=[\\t\\u3000]+[\\u4e00-\\u9fff“《])|([\\u2160-\\u216B])${SP}[、.．])${SP}`,
);

/**
 * Decimal numbering (`1 单位基本情况`, `1.1 主要职能`, `1.3.2 支出情况`), as some outlines and most
 * third-party reports write it: the level is the depth, and a space always follows, then the title
 * (which may open with a quote or a bracket: `2.3 “三公”经费`). A figure is no number (`1.5 万元`).
 */
const DECIMAL_RE = new RegExp(`^(${SP})([0-9]{1,2}(?:[.．][0-9]{1,2}){0,3})[ \\t\\u3000]+(?=[\\u4e00-\\u9fff“‘《（(【])`);

function decimalPrefix(line: string): NumberPrefix | undefined {
  const m = DECIMAL_RE.exec(line);
  if (!m) return undefined;
  // `6      军休干部服务管理经费   142.00`: a number spaced off like this is a row's first cell.
  if (/ {3}/.test(m[0].slice(m[1].length + m[2].length))) return undefined;
  const parts = m[2].split(/[.．]/).map(Number);
  const value = parts[parts.length - 1];
  if (value <= 0 || parts.some((p) => p <= 0)) return undefined;
  // `1　维权服务方面。…`: a single number and a full-width space open an item of a list, as `1.` does.
  if (parts.length === 1 && /^\u3000/.test(line.slice(m[1].length + m[2].length))) {
    return { style: 'ar-dot', level: 3, value, start: m[1].length, end: m[0].length, raw: line.slice(m[1].length, m[0].length) };
  }
  // `3 人参加`, `1.5 万元`: a figure and its unit, not a number and a title.
  const after = line.slice(m[0].length);
  if (parts.length === 1 ? /^[人名个次家所万亿元]/.test(after) : /^(万|亿|元|平方|公里|亩|吨)/.test(after)) return undefined;
  return { style: 'ar-decimal', level: parts.length as 1 | 2 | 3 | 4, value, start: m[1].length, end: m[0].length, raw: line.slice(m[1].length, m[0].length) };
}

/** `第一部分　单位基本情况`, `第二章`: a level above the parts numbered `一、`, which start again in each. */
const PART_RE = new RegExp(`^(${SP})第${SP}(${CN})${SP}(?:部分|章|篇)${SP}`);

export function parseNumberPrefix(line: string): NumberPrefix | undefined {
  const part = PART_RE.exec(line);
  if (part) {
    const value = parseChineseNumeral(part[2]);
    if (value === undefined || value <= 0) return undefined;
    return { style: 'cn-part', level: 0, value, start: part[1].length, end: part[0].length, raw: line.slice(part[1].length, part[0].length) };
  }
  const decimal = decimalPrefix(line);
  if (decimal) return decimal;
  const m = PREFIX_RE.exec(line);
  if (!m) return undefined;
  const start = m[1].length;
  const end = m[0].length;
  const raw = line.slice(start, end);
  let style: NumberStyle;
  let value: number | undefined;
  if (m[2] !== undefined) {
    style = m[3] === '、' ? 'cn-dun' : 'cn-dot';
    value = parseChineseNumeral(m[2]);
  } else if (m[4] !== undefined) {
    style = 'cn-paren';
    value = parseChineseNumeral(m[4]);
  } else if (m[5] !== undefined) {
    style = m[6] !== undefined ? 'ar-dot' : 'ar-dun';
    value = Number(toHalfWidthDigits(m[5]));
  } else if (m[8] !== undefined) {
    style = 'ar-paren';
    value = Number(toHalfWidthDigits(m[8]));
  } else if (m[9] !== undefined) {
    style = 'cn-bracket';
    value = parseChineseNumeral(m[9]);
  } else if (m[10] !== undefined) {
    style = 'cn-space';
    value = parseChineseNumeral(m[10]);
  } else {
    style = 'roman';
    value = m[11].charCodeAt(0) - 0x215f;
  }
  if (value === undefined || !Number.isFinite(value) || value <= 0) return undefined;
  return { style, level: LEVEL_OF_STYLE[style] as 1 | 2 | 3 | 4, value, start, end, raw };
}

/**
 * Whether a number stands where an outline's part (level 1: `二、`, `二.`) or sub-part (level 2:
 * `（二）`) stands, by its style: decimal numbers (`2 预算收支情况`, `2.1 收入情况`) by their depth.
 */
export function numbersPartAt(p: NumberPrefix, level: number): boolean {
  if (p.style === 'ar-decimal') return p.level === level;
  return level === 1 ? LEVEL_OF_STYLE[p.style] === 1 : level === 2 && p.style === 'cn-paren';
}

/** The level each style stands for (`第一部分` 0); a decimal number has its own by depth (0 here too: never compared). */
export const LEVEL_OF_STYLE: Record<NumberStyle, 0 | 1 | 2 | 3 | 4> = {
  'cn-part': 0, 'cn-dun': 1, 'cn-dot': 1, 'cn-bracket': 1, 'cn-space': 1, 'roman': 1, 'cn-paren': 2, 'ar-dot': 3, 'ar-dun': 3, 'ar-paren': 4, 'ar-decimal': 0,
};

/** The standard way to write number `n` at a level: `五、` `（三）` `2.` `（4）`. */
export function formatNumber(level: number, n: number): string {
  switch (level) {
    case 0: return `第${toChineseNumeral(n)}部分`;
    case 1: return `${toChineseNumeral(n)}、`;
    case 2: return `（${toChineseNumeral(n)}）`;
    case 3: return `${n}.`;
    default: return `（${n}）`;
  }
}
