export { baseValue, decimalOf, halfDigit, halfWidth, halfWidthIn, interned, MONEY_FACTOR, writtenValue } from './amount-values';
export { labelCoreOf } from './label-core';
import { isCjkCode, labelCoreOf, labelStartOf, PER_UNIT_LABEL } from './label-core';
import { charTable, toHalfWidthDigits } from './text';
import { parseChineseNumeral } from './numerals';

/**
 * What a figure counts. Money and people add up across their units (元 and 万元, 人 and 名), and so
 * do 个 and 项; sessions, events, households, items, bodies, vehicles and visits (`培训15期`, `活动18场`,
 * `1850户`, `作品312件`, `36家`, `公务用车15辆`, `接待68批次`) each add up only with their own kind.
 */
export type AmountKind = 'money' | 'people' | 'count' | `tally:${TallyUnit}`;
export type TallyUnit = '期' | '场' | '人次' | '户' | '件' | '家' | '辆' | '批次';
export const isTally = (kind: AmountKind): boolean => kind.startsWith('tally:');

/**
 * One figure in the text: `58.59万元`, `131.31元`, `22.1万`, `1.2亿元`, `26000余元`, `3人`, `24名`, `11个`.
 * Offsets are into the whole document.
 */
export interface Amount {
  id: number;
  start: number;
  end: number;
  numberStart: number;
  numberEnd: number;
  unitStart: number;
  unitEnd: number;
  /** The digits as written (full-width kept). */
  raw: string;
  /** The value in the written unit, as plain ASCII digits (`writtenValue` gives the Decimal). */
  valueText: string;
  /** The unit as written: 元 万元 亿元 千元 万 亿 (bare, money by context) 人 名 个 项. */
  unit: string;
  kind: AmountKind;
  decimals: number;
  /** `26000余元`, `10多万元`: a lower bound, never an exact figure. */
  approximate: boolean;
  /** The words the figure belongs to, as written (`调整追减`, `项目“业务性专项经费”年初预算金额`). */
  label: string;
  labelStart: number;
  /** The label without years, connectors and filler: what the figure is (`年初预算金额`). */
  labelCore: string;
  line: number;
  /** Index of the sentence in the document's sentence list. */
  sentence: number;
  /** For a figure inside `（含…）`: the id of the figure the parenthesis breaks down. */
  insideOf?: number;
  /** A rate per head or per unit (`每亩1500元`, `人均0.35万元`, `8.6万元/人`): no total, no part. */
  perUnit?: boolean;
  /**
   * The change a comparison states right after its other side (`较上年的20.15万元减少1.69万元`):
   * no total, no part, though its own word (`减少`) names no comparison.
   */
  changeCompared?: boolean;
  /** For a figure in a table: which table, and whether the cell is the figure (read by its column). */
  cell?: CellRef;
}

/**
 * A table figure's table, and whether its cell is the figure or words around it: one object per
 * table and kind, shared by the table's figures. Where a whole-cell figure sits is in its table's
 * `TableFigures` (one reference per cell instead of an object per figure).
 */
export interface CellRef {
  table: number;
  whole: boolean;
}

/** A table's whole-cell figures by row (as in `Table.rows`) and column: `cells[row × width + col]`. */
export interface TableFigures {
  width: number;
  cells: Array<Amount | undefined>;
}

const UNIT_KIND: Record<string, AmountKind> = {
  元: 'money', 千元: 'money', 万元: 'money', 亿元: 'money', 万: 'money', 亿: 'money',
  人: 'people', 名: 'people', 个: 'count', 项: 'count', 期: 'tally:期', 场: 'tally:场', 人次: 'tally:人次', 户: 'tally:户', 件: 'tally:件', 家: 'tally:家', 辆: 'tally:辆', 批次: 'tally:批次',
};

// Digits (ASCII or full-width, ASCII thousands commas), decimals, an approximate marker, a unit.
// Word users also group digits with a full-width comma or a space (`1，326.48万元`, `1 098.70万元`):
// read as one figure when the groups are of three and money follows (decimals or a unit), so
// that neither a clause's comma nor a table's columns are taken for one.
/** What besides `,` groups digits in threes: a full-width comma, a space (plain, no-break, thin). */
const GROUP_MARKS = '， \\u00a0\\u2009\\u202f';
/** Digits in groups of three separated by one of those (`1，326`, `1 098`): one figure's, in a cell too. */
export const GROUPED_DIGITS = `[0-9０-９]{1,3}(?:[${GROUP_MARKS}][0-9０-９]{3})+`;
const GROUPED = `${GROUPED_DIGITS}(?=[.．][0-9０-９]|[ \\t\\u3000]*(?:亿元|万元|千元|元|亿|万))`;
/** `43​8.65`: a zero-width space or a soft hyphen a conversion left between digits, invisible, no break in the figure. */
const INVISIBLE = '\\u200b\\u200c\\u200d\\u2060\\u00ad';
const DIGITS = `[0-9０-９](?:[${INVISIBLE}]?[0-9０-９])*`;
const AMOUNT_RE = new RegExp(
  `(${GROUPED}|${DIGITS}(?:,[0-9]{3})*)(?:[.．](${DIGITS}))?([ \\t\\u3000]*)(余|多)?(亿元|万元|千元|元|亿|万|人次|人|名|个(?![月工小季百])|项|期|场|户|件|家|辆|批次)?`,
  'g',
);
/** What groups digits inside a figure (`1,326`, `1，326`, `1 326`): not part of its value. */
export const DIGIT_GROUPING = new RegExp(`[,${GROUP_MARKS}${INVISIBLE}]`, 'g');

export const MONEY_WORD = /支出|经费|资金|补助|补贴|预算|收入|费|款|金额|拨款|成本|结转|结余|投入|资助|奖励|工资|薪酬|基金|资产/;

/** Words a figure belongs to are short; looking further back finds nothing but costs time. */
const MAX_LABEL = 40;

/** A label that is only a change (`减少`, `增长了`): what changed is in the figure before it. */
const CHANGE_ONLY = /^(相比)?(减少|增加|净增|净减|下降|上升|增长|降低|节约|节省|多|少)了?$/;
const COMPARED = /^(比|较|同比|环比)/;
// `比2023年增加270.87万元`, `较上年同期减少`: the other side of a comparison may be a named year.
// `与上年8.12万元相比减少1.28万元`: a comparison said around its figure.
const COMPARED_IN_WORDS = /[比较与](?:上年|去年|前年|上一年|同期|(?:19|20)\d{2}\s*年)|同比|环比/;

/** A figure in a comparison (`比上年减少0.45万元`, `较上年的20.15万元`), by its label and its label's core. */
export function isCompared(a: Pick<Amount, 'label' | 'labelCore'>): boolean {
  return COMPARED.test(a.labelCore) || COMPARED_IN_WORDS.test(a.label);
}

/**
 * `全年支出605.12万元，较` / `2023年的578.30万元增长4.64%`: a hard wrap cut a figure's words, whose
 * head is at the end of the line before. The label is read whole: what it says of the figure
 * (compared, per unit, a change of the one before) is said of it. Its place stays on its line.
 */
export function labelWrappedFrom(a: Amount, head: string, prev: Amount | undefined): void {
  a.label = head + a.label;
  a.labelCore = labelCoreOf(a.label);
  a.perUnit ||= PER_UNIT_LABEL.test(a.label);
  a.changeCompared ||= prev !== undefined && CHANGE_ONLY.test(a.label) && isCompared(prev);
}

/** Words right before a figure that make it an approximation (not `近三年`: a figure follows them). */
const ABOUT = /(?:^|[^\u4e00-\u9fff]|[，,、为达计共])(?:约|约为|大约|近|将近|接近|逾)$|(?:^|[^年])约$/;

/** `上年为2.33万元`: last year's figure, stated beside this year's (its label nothing but the year). */
const PRIOR_YEAR = /^(上年|去年|上一年|上年度|上年同期)$/;

export function isPriorYear(a: Pick<Amount, 'labelCore'>): boolean {
  return PRIOR_YEAR.test(a.labelCore);
}




/** `8座×3万元`, `3万元×12月`: a factor of a product, like a rate per unit, is no part of a sum. */
const isTimes = (c: number): boolean => c === 0xd7 || c === 0x2a || c === 0xff0a || c === 0x2715;

export interface ScanContext {
  nextId: number;
  sentenceAt(offset: number): number;
}

/** Unit strings as constants: one string shared by every figure, not a copy per match. */
const UNITS = new Map(['亿元', '万元', '千元', '元', '亿', '万', '人', '名', '个', '项', '期', '场', '人次', '户', '件', '家', '辆', '批次'].map((u) => [u, u]));

/** A character a figure cannot follow: part of a code or a longer token (`B2`, `v1.2`, `2024-2025`), or a rank (`第1名`). */
function joinsToken(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xff10 && c <= 0xff19)
    || c === 46 || c === 95 || c === 45 || c === 0x2014 || c === 47 || c === 0x7b2c;
}


/** Digits that are plain ASCII already (`58.59`): the written value is the text itself. */
export function plainDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 48 || c > 57) && c !== 46) return false;
  }
  return true;
}

const DATE_OR_ORDINAL_AFTER = charTable('年月日号期届次%％.．');

const isMinus = (c: number): boolean => c === 45 || c === 0xff0d || c === 0x2212;
/** What a signed figure follows: words (`调整追加（减）-45.37万元`), a bracket or a colon; not a digit (`10-15万元`). */
const BEFORE_SIGN = (c: number): boolean => isCjkCode(c) || c === 0xff09 || c === 41 || c === 0xff1a || c === 58;

/** `追加（减）-45.37万元`: a minus sign right before the digits, after words, makes the figure negative. */
function negativeAt(text: string, at: number): boolean {
  return at >= 2 && isMinus(text.charCodeAt(at - 1)) && BEFORE_SIGN(text.charCodeAt(at - 2));
}

/** A figure read by `AMOUNT_RE`, before its unit decides what it is. */
function figureAt(m: RegExpExecArray, text: string, lineStart: number, lineIndex: number, labelFloor: number): Amount | undefined {
  const signed = negativeAt(text, m.index);
  const numStart = signed ? m.index - 1 : m.index;
  if (!signed && numStart > 0 && joinsToken(text.charCodeAt(numStart - 1))) return undefined;
  const intDigits = m[1].length > 1 && !plainDigits(m[1]) ? m[1].replace(DIGIT_GROUPING, '') : m[1];
  const decDigits = m[2] === undefined ? '' : plainDigits(m[2]) ? m[2] : m[2].replace(DIGIT_GROUPING, '');
  if (intDigits.length > 15 || decDigits.length > 8) return undefined;
  const unit = m[5] === undefined ? '' : UNITS.get(m[5])!;
  // `1.1万名` `3.4万余人`: a count of people, not money.
  if ((unit === '万' || unit === '亿') && isCjkCode(text.charCodeAt(m.index + m[0].length))) return undefined;
  const numEnd = m.index + m[1].length + (m[2] !== undefined ? m[2].length + 1 : 0);
  const unitEnd = unit ? m.index + m[0].length : numEnd;
  const ls = labelStartOf(text, numStart, Math.max(labelFloor, numStart - MAX_LABEL));
  const label = text.slice(ls, numStart);
  // Without a unit, a figure waits for the unit of a list only after money words, and never as a
  // date or an ordinal (`2023年`, `12月`, `第3期`, `5%`): anything else is no figure, made or not.
  if (!unit && !(MONEY_WORD.test(label) && !/年$|月$/.test(label) && DATE_OR_ORDINAL_AFTER[text.charCodeAt(numEnd)] !== 1)) return undefined;
  // A bare 万 is money only where the words say so (`补助22.1万`, not `阅读量530.6万`).
  if ((unit === '万' || unit === '亿') && !MONEY_WORD.test(label)) return undefined;
  const raw = text.slice(numStart, numEnd);
  const valueText = plainDigits(raw) ? raw : (signed ? '-' : '') + toHalfWidthDigits(intDigits) + (decDigits ? '.' + toHalfWidthDigits(decDigits) : '');
  // One literal shape for every figure; id, kind, sentence and perUnit are set when it is taken.
  return {
    id: -1, start: lineStart + numStart, end: lineStart + unitEnd, numberStart: lineStart + numStart, numberEnd: lineStart + numEnd,
    unitStart: lineStart + unitEnd - unit.length, unitEnd: lineStart + unitEnd, raw, valueText, unit, kind: 'money',
    decimals: decDigits.length, approximate: m[4] !== undefined, label, labelStart: lineStart + ls, labelCore: '',
    line: lineIndex, sentence: -1, insideOf: undefined, cell: undefined, perUnit: false, changeCompared: false,
  };
}

/**
 * The figures of one line. `from` skips the heading number, so `1.2024年` never reads as 1.2.
 * Figures too long to be money (a million digits) are not figures: no finding, no slow sum.
 */
const LIST_GOES_ON = /^\s*(?:[、，,和及与或至～~\-—－]|$)/;

export function scanAmounts(text: string, lineStart: number, from: number, lineIndex: number, ctx: ScanContext): Amount[] {
  const people = CN_PEOPLE_HINT.test(text) ? chinesePeople(text, lineStart, from, lineIndex, ctx) : [];
  const out = scanDigits(text, lineStart, from, lineIndex, ctx);
  if (people.length === 0) return out;
  return [...out, ...people].sort((x, y) => x.start - y.start);
}

/** `实有在编人员三十八人`: a count of people in Chinese numerals. */
const CN_PEOPLE = /([一二两三四五六七八九十]{1,4})(人|名)(?![次员])/g;
const CN_PEOPLE_HINT = /[一二两三四五六七八九十][人名]/;
// (`年末在编在岗十三人`: people said by their standing, `在编`, `在岗`, `在职`, `实有`, `退休`.)
const PEOPLE_NOUN = /(人员|人数|职工|干部|党员|员工|教师|医生|医护人员|编制|在编|在岗|在职|实有|退休|离休|编外)(共|为|有|计|共有|共计)?$/;

/**
 * Counts of people in Chinese numerals: after words that name people, or, after one of those, as
 * the parts its `其中` lists in the same sentence (`实有人数五人，其中行政编制三人，…，公益性岗位一人`).
 */
function chinesePeople(text: string, lineStart: number, from: number, lineIndex: number, ctx: ScanContext): Amount[] {
  const out: Amount[] = [];
  for (const m of text.slice(from).matchAll(CN_PEOPLE)) {
    const numStart = from + m.index!;
    const value = parseChineseNumeral(m[1]);
    if (value === undefined || value <= 0) continue;
    const ls = labelStartOf(text, numStart, Math.max(from, numStart - MAX_LABEL));
    const label = text.slice(ls, numStart);
    const sentence = ctx.sentenceAt(lineStart + numStart);
    const whole = out.find((a) => a.sentence === sentence);
    if (!PEOPLE_NOUN.test(label) && !(whole && text.slice(whole.end - lineStart, numStart).includes('其中'))) continue;
    const numEnd = numStart + m[1].length;
    out.push({
      id: ctx.nextId++, start: lineStart + numStart, end: lineStart + numEnd + 1, numberStart: lineStart + numStart, numberEnd: lineStart + numEnd,
      unitStart: lineStart + numEnd, unitEnd: lineStart + numEnd + 1, raw: m[1], valueText: String(value), unit: UNITS.get(m[2])!, kind: 'people',
      decimals: 0, approximate: false, label, labelStart: lineStart + ls, labelCore: labelCoreOf(label),
      line: lineIndex, sentence, insideOf: undefined, cell: undefined, perUnit: false, changeCompared: false,
    });
  }
  return out;
}

function scanDigits(text: string, lineStart: number, from: number, lineIndex: number, ctx: ScanContext): Amount[] {
  const out: Amount[] = [];
  if (!/[0-9０-９]/.test(text)) return out;
  // Figures written before the one unit of a list (`基本支出60.5、项目支出39.5万元`).
  let pending: Amount[] = [];
  const take = (a: Amount, unit: string, kind: AmountKind): void => {
    const after = text.charCodeAt(a.unitEnd - lineStart);
    a.id = ctx.nextId++;
    a.unit = unit;
    a.kind = kind;
    const before = text.charCodeAt(a.numberStart - lineStart - 1);
    const prev = out[out.length - 1];
    // `按每村70万元、60万元、50万元的标准`: bare figures listed after a rate per unit are rates too.
    const listedRate = prev?.perUnit === true && a.label === '' && before === 0x3001 && prev.unitEnd === a.numberStart - 1;
    a.perUnit = listedRate || PER_UNIT_LABEL.test(a.label) || after === 47 || after === 0xff0f || isTimes(after) || isTimes(before);
    a.changeCompared = prev !== undefined && prev.unitEnd === a.labelStart && CHANGE_ONLY.test(a.label) && isCompared(prev);
    // `工资福利支出约198.7万元`, `近30万元`: a figure said as near, never an exact one.
    a.approximate ||= ABOUT.test(a.label);
    out.push(a);
  };
  AMOUNT_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  let labelFloor = from;
  while ((m = AMOUNT_RE.exec(text)) !== null) {
    if (m[0].length === 0) {
      AMOUNT_RE.lastIndex++;
      continue;
    }
    const a = figureAt(m, text, lineStart, lineIndex, labelFloor);
    if (!a) continue;
    const unit = a.unit;
    if (!unit) {
      a.labelCore = labelCoreOf(a.label);
      a.sentence = ctx.sentenceAt(a.start);
      pending.push(a);
      continue;
    }
    labelFloor = a.unitEnd - lineStart;
    a.labelCore = labelCoreOf(a.label);
    a.sentence = ctx.sentenceAt(a.start);
    const kind = UNIT_KIND[unit];
    if (kind === 'money') {
      pending.forEach((p, k) => {
        const gap = text.slice(p.numberEnd - lineStart, a.numberStart - lineStart);
        // (`每人补助1000-2000元，共发放33.60万元`: digits of no figure before the next one, a range's
        // other end, say the list broke off.)
        const next = pending[k + 1] ?? a;
        const broken = /[0-9０-９]/.test(text.slice(p.numberEnd - lineStart, next.numberStart - lineStart));
        // The list goes on right after the bare figure (`60.5、项目支出39.5万元`); a figure followed by
        // words (`12315热线运行经费63.90万元`) is a number of its own, not money written short.
        if (!broken && !/[。；;！？]/.test(gap) && gap.length <= 40 && LIST_GOES_ON.test(gap) && p.sentence === a.sentence) take(p, unit, kind);
      });
    }
    pending = [];
    take(a, unit, kind);
  }
  pairRespectively(text, lineStart, out);
  return out;
}

const RESPECTIVELY = /((?:[\u4e00-\u9fff“”"]{2,14}[、和及与]){1,7}[\u4e00-\u9fff“”"]{2,14})分别(?:为|是|达到?|计)?[：:]?\s*/g;

/**
 * `人员经费、公用经费分别为241.30万元、47.30万元`: the labels listed before 分别 belong to the figures
 * after it, one by one, when there are as many of each and nothing but separators between figures.
 */
function pairRespectively(text: string, lineStart: number, amounts: Amount[]): void {
  if (!text.includes('分别')) return;
  for (const m of text.matchAll(RESPECTIVELY)) {
    const labels = m[1].split(/[、和及与]/).filter((x) => x);
    const from = lineStart + m.index! + m[0].length;
    // (Found by a binary search: a line of megabytes holds thousands of such lists.)
    const k = firstIndexFrom(amounts, from);
    if (amounts[k]?.start !== from || k + labels.length > amounts.length) continue;
    const figures = amounts.slice(k, k + labels.length);
    const gaps = figures.slice(1).map((a, i) => text.slice(figures[i].end - lineStart, a.start - lineStart));
    if (!gaps.every((g) => /^\s*[、，,和及与]\s*$/.test(g))) continue;
    figures.forEach((a, i) => {
      a.label = labels[i];
      a.labelStart = lineStart + m.index!;
      a.labelCore = labelCoreOf(labels[i]);
    });
  }
}

/** The figures between two offsets (the amounts are in reading order): a binary search, not a scan. */
export function amountsBetween(amounts: Amount[], start: number, end: number): Amount[] {
  const out: Amount[] = [];
  for (let i = firstIndexFrom(amounts, start); i < amounts.length && amounts[i].end <= end; i++) out.push(amounts[i]);
  return out;
}

/** The first figure that starts at or after `start` and ends by `end`, without listing the rest. */
export function firstAmountBetween(amounts: Amount[], start: number, end: number): Amount | undefined {
  const a = amounts[firstIndexFrom(amounts, start)];
  return a && a.end <= end ? a : undefined;
}

/**
 * The last figure that starts at or after `start` and ends by `end`, without listing the ones
 * before it (a sentence without stops can hold thousands).
 */
export function lastAmountBetween(amounts: Amount[], start: number, end: number): Amount | undefined {
  const first = firstIndexFrom(amounts, start);
  for (let i = firstIndexFrom(amounts, end) - 1; i >= first; i--) if (amounts[i].end <= end) return amounts[i];
  return undefined;
}

/** The index of the first figure starting at or after `start` (the list is in text order). */
function firstIndexFrom(amounts: Amount[], start: number): number {
  let lo = 0;
  let hi = amounts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (amounts[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
