import { halfDigit } from './amount-values';
import { Decimal } from './decimal';
import { percentDigits } from './rates';
import type { ReportDocument } from './report';
import { COMPLETION_COLUMN, DONE_COLUMN, TARGET_COLUMN } from './tables';
import { toHalfWidthDigits } from './text';

/**
 * 完成率 = 实际完成值 ÷ 年度指标值, as a performance table gives it (`≥17500吨 | 18650吨 | 106.57%`) or a
 * sentence (`完成维修养护45处，年度目标42处，完成率107.14%`). Read only where both are one figure in one
 * unit, and checked to the digits written. A rate capped at 100% (`实际值优于目标值的按100%计`) is right
 * where the target is met, and an indicator whose target is a ceiling (`≤360元`, 成本, 投诉件数) may be
 * read either way up.
 */
export interface CompletionClaim {
  start: number;
  end: number;
  /** The rate as written, without `%` (ASCII digits), and its decimals. */
  valueText: string;
  decimals: number;
  actual: Measure;
  target: Measure;
  /** `≤360元`: smaller is better. */
  ceiling: boolean;
  name?: string;
  /** A table's 实际完成值 cell (its figure is looked for there). */
  actualCell?: { start: number; end: number };
}

interface Measure {
  text: string;
  value: Decimal;
  decimals: number;
  unit: string;
}

const MEASURE = /^(≥|≤|>|<|不低于|不少于|不高于|不超过|不多于)?\s*([0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?)\s*(%|％|[\u4e00-\u9fff]{1,3}(?:\/[\u4e00-\u9fff]{1,2})?)?$/;
const CEILING = /^(≤|<|不高于|不超过|不多于)$/;

function measure(text: string): (Measure & { bound?: string }) | undefined {
  const m = MEASURE.exec(text.trim());
  if (!m || !m[3]) return undefined;
  const digits = toHalfWidthDigits(m[2]).replace(/[,，]/g, '');
  const dot = digits.indexOf('.');
  return { text: text.trim(), value: new Decimal(digits), decimals: dot < 0 ? 0 : digits.length - dot - 1, unit: m[3] === '％' ? '%' : m[3], bound: m[1] };
}

const MEASURE_IN_NAME = /[（(]([\u4e00-\u9fff]{1,3})[）)]$/;
const RATE_CELL = /^([0-9０-９]{1,3}(?:[.．][0-9０-９]{1,4})?)\s*[%％]$/;

function tableClaims(doc: ReportDocument, out: CompletionClaim[]): void {
  for (const t of doc.layout.tables) {
    const names = t.columnNames;
    const ti = names.findIndex((n) => TARGET_COLUMN.test(n));
    const ai = names.findIndex((n) => DONE_COLUMN.test(n));
    const ri = names.findIndex((n) => COMPLETION_COLUMN.test(n));
    if (ti < 0 || ai < 0 || ri < 0) continue;
    for (const row of t.rows) {
      const rate = row.cells[ri];
      const written = rate && RATE_CELL.exec(rate.text.trim());
      const name = row.cells.slice(0, Math.min(ti, ai)).filter((c) => c.text && !/[0-9０-９]/.test(c.text)).pop()?.text;
      // (`建筑施工安全检查（次） | 240 | 263`: the measure said once, in the row's name.)
      const named = name === undefined ? undefined : MEASURE_IN_NAME.exec(name)?.[1];
      const read = (cell: { text: string } | undefined) => cell && (measure(cell.text) ?? (named && /^[0-9０-９.．,，]+$/.test(cell.text.trim()) ? measure(cell.text.trim() + named) : undefined));
      const target = read(row.cells[ti]);
      const actual = read(row.cells[ai]);
      if (!written || !target || !actual || row.unaligned) continue;
      out.push({ start: rate.start, end: rate.end, ...percentDigits(written[1]), actual, target, ceiling: CEILING.test(target.bound ?? ''), name, actualCell: row.cells[ai] });
    }
  }
}

/** `完成率107.14%`, `完成年度目标6.0公里的96.00%` in a sentence, after its two figures (or with the target). */
const PROSE_RATE = /(?:完成率(?:为|达到?|是)?|完成(?:全年|年度)?(?:目标|计划|任务)[^，。；%％]{0,12}?的)\s*([0-9０-９]{1,3}(?:[.．][0-9０-９]{1,4})?)\s*[%％]/g;
/** A figure with its measure word, in a clause: `完成维修养护45处`, `年度目标42处`. */
const CLAUSE_FIGURE = /([0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?)\s*(万人次|万人|人次|公里|千米|平方米|万亩|[处座个项户人次场期所家件份台套辆名吨株棵间册篇条批宗支亩])/g;
/** A target said as one (`年度目标42处`, `计划8座`), or as what should be done (`应巡河5616次`; not 相应, 供应). */
const TARGET_WORDS = /目标|计划|任务|要求|(?<![相对响供反适效回理])应/;
/** A difference or a comparison, not a figure done: `较目标多0.14万人`, `超额2处`. */
const DIFFERENCE_WORDS = /多|少|超|增加|减少|增长|下降|剩余|尚有|未/;

/** How far before its rate a sentence's figures are read: a sentence may be megabytes. */
const REACH = 200;

function proseClaims(doc: ReportDocument, out: CompletionClaim[]): void {
  for (const s of doc.sentences) {
    if (!s.text.includes('完成') || doc.layout.kinds.get(s.line) === 'table') continue;
    let segmentStart = 0;
    for (const m of s.text.matchAll(PROSE_RATE)) {
      // Read up to the rate's number: `完成年度目标6.0公里的96.00%` names its target in its own words.
      const at = m.index! + m[0].lastIndexOf(m[1]);
      // The rate's own segment: after the rate before it, and the last `；` before it, within reach.
      let from = Math.max(segmentStart, at - REACH);
      const stop = s.text.slice(from, at).lastIndexOf('；');
      if (stop >= 0) from += stop + 1;
      segmentStart = m.index! + m[0].length;
      const segment = s.text.slice(from, at);
      const targets: Measure[] = [];
      const done: Measure[] = [];
      let prevEnd = 0;
      for (const f of segment.matchAll(CLAUSE_FIGURE)) {
        // The words of the figure's clause since the figure before it.
        const before = segment.slice(prevEnd, f.index!);
        const words = before.slice(before.search(/[^，,、：:]*$/));
        prevEnd = f.index! + f[0].length;
        const found = measure(f[0]);
        if (!found) continue;
        // (`超出年度目标126人次`: by how much the target was passed, neither the target nor what was done.)
        if (DIFFERENCE_WORDS.test(words)) continue;
        if (TARGET_WORDS.test(words)) targets.push(found);
        else done.push(found);
      }
      // (`落实河长146名，全年应巡河4380次，实际巡河4297次`: a figure in another measure is another thing's.)
      const doneOfIt = targets.length === 1 ? done.filter((d) => d.unit === targets[0].unit) : done;
      if (targets.length !== 1 || doneOfIt.length !== 1) continue;
      const start = s.start + m.index!;
      out.push({ start, end: start + m[0].length, ...percentDigits(m[1]), actual: doneOfIt[0], target: targets[0], ceiling: false });
    }
  }
}

export function completionClaims(doc: ReportDocument): CompletionClaim[] {
  const out: CompletionClaim[] = [];
  tableClaims(doc, out);
  proseClaims(doc, out);
  return out;
}

const HUNDRED = new Decimal(100);

/** Whether `x ÷ y × 100`, for the figures anywhere in their rounding, can be written `written`. */
function quotientFits(x: Measure, y: Measure, written: Decimal, decimals: number): boolean {
  if (y.value.isZero()) return true;
  const hx = x.unit === '%' || x.decimals > 0 ? halfDigit(x.decimals) : new Decimal(0);
  const hy = y.unit === '%' || y.decimals > 0 ? halfDigit(y.decimals) : new Decimal(0);
  const low = x.value.minus(hx).div(y.value.plus(hy)).times(HUNDRED);
  const high = x.value.plus(hx).div(y.value.minus(hy).gt(0) ? y.value.minus(hy) : y.value).times(HUNDRED);
  const half = halfDigit(decimals);
  return written.gte(low.minus(half)) && written.lte(high.plus(half));
}

/** The rate's reading when it is wrong: actual ÷ target × 100, unrounded. Undefined when it holds. */
export function failedCompletion(c: CompletionClaim): Decimal | undefined {
  if (c.actual.unit !== c.target.unit || c.target.value.isZero()) return undefined;
  const written = new Decimal(c.valueText);
  const { decimals } = c;
  if (quotientFits(c.actual, c.target, written, decimals)) return undefined;
  // Capped at 100% where the target is met, or a ceiling kept.
  const met = c.ceiling ? c.actual.value.lte(c.target.value) : c.actual.value.gte(c.target.value);
  if (written.eq(HUNDRED) && met) return undefined;
  // A ceiling read the other way up (目标 ÷ 实际).
  if (c.ceiling && quotientFits(c.target, c.actual, written, decimals)) return undefined;
  return c.actual.value.div(c.target.value).times(HUNDRED);
}
