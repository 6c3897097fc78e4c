import type { Amount } from '../model/amounts';
import { baseValue, DIGIT_GROUPING } from '../model/amounts';
import type { Decimal } from '../model/decimal';
import { toFullWidthDigits } from '../model/text';
import type { ReportDocument } from '../model/document';
import type { Term } from '../model/relations';
import type { TextEdit } from './types';

export function halfDigits(s: string): string {
  // Most figures are ASCII digits without commas already: no copies.
  if (!NOT_HALF.test(s)) return s;
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48)).replace(/．/g, '.').replace(DIGIT_GROUPING, '');
}

/** Full-width digits and points, and the marks that group digits: what `halfDigits` has to rewrite. */
const NOT_HALF = new RegExp(`[０-９．${DIGIT_GROUPING.source.slice(1, -1)}]`);

/** A figure as it reads in a message: `58.59万元`. */
export function amountText(a: Amount): string {
  return `${halfDigits(a.raw)}${a.unit}`;
}

/** The unit to state a sum in: the one all its figures share, else 万元 (people: 人). */
export function displayUnit(amounts: Amount[]): string {
  const units = new Set(amounts.map((a) => (a.unit === '万' ? '万元' : a.unit)));
  if (units.size === 1) return [...units][0];
  if (amounts.every((a) => a.kind === 'people')) return '人';
  // (Things counted in several measures, `个` and `项`: the sum is of no one measure.)
  return amounts.some((a) => a.kind === 'money') ? '万元' : '';
}

/** A base value (万元 for money) in another unit. */
export function toUnit(value: Decimal, unit: string): Decimal {
  const factor: Record<string, number> = { 元: 10000, 千元: 10, 亿元: 0.0001, 亿: 0.0001 };
  return factor[unit] ? value.times(factor[unit]) : value;
}

/** The most decimals any of the terms is written with: what a sum of them is shown to. */
export function widestDecimals(terms: Term[]): number {
  return terms.reduce((m, t) => Math.max(m, t.amount.decimals), -Infinity);
}

export function inUnit(value: Decimal, unit: string, decimals: number): string {
  return toUnit(value, unit).toFixed(decimals);
}

/** Digits for a computed value: the precision the figure was written with, more only if needed. */
export function digitsFor(value: Decimal, unit: string, writtenDecimals: number): string {
  const v = toUnit(value, unit);
  return v.toFixed(Math.max(writtenDecimals, Math.min(2, v.decimalPlaces())));
}

/** What groups a figure's digits in threes (`1,860`, `1，860`, `1 860`), if anything does. */
const GROUP_MARK = new RegExp(`[0-9０-９](${DIGIT_GROUPING.source})[0-9０-９]{3}`);
const FULL_WIDTH_DIGIT = /[０-９]/;

/**
 * New digits written as the figure they replace was (`1,186.40` stays grouped, `１２` full-width):
 * a fix changes the value, not the draft's way of writing figures.
 */
export function writtenLike(digits: string, raw: string): string {
  let out = digits;
  const mark = GROUP_MARK.exec(raw)?.[1];
  if (mark) {
    const point = out.indexOf('.');
    const int = point < 0 ? out : out.slice(0, point);
    const sign = int.startsWith('-') ? '-' : '';
    out = sign + int.slice(sign.length).replace(/\B(?=(\d{3})+$)/g, mark) + (point < 0 ? '' : out.slice(point));
  }
  if (FULL_WIDTH_DIGIT.test(raw)) {
    out = toFullWidthDigits(out);
    if (raw.includes('．')) out = out.replace('.', '．');
  }
  return out;
}

/** `69.98＋31.14−11.65`: the sum as the user can redo it, each figure as written. */
export function termsText(terms: Term[], unit: string): string {
  return terms
    .map((t, i) => {
      const sameUnit = (t.amount.unit === '万' ? '万元' : t.amount.unit) === unit;
      // (Money in another unit gets cents; people or things under another word, `12名` in a sum of `人`, as written.)
      const places = t.amount.kind === 'money' ? Math.max(2, t.amount.decimals) : t.amount.decimals;
      const written = sameUnit ? halfDigits(t.amount.raw) : inUnit(baseValue(t.amount), unit, places);
      // A negative figure (`追加（减）-45.37万元`) is shown subtracted: `684.20−45.37`, not `684.20＋-45.37`.
      const negative = i > 0 && /^[-－−]/.test(written);
      const shown = negative ? written.slice(1) : written;
      const op = (t.sign < 0) !== negative ? '−' : i === 0 ? '' : '＋';
      return op + shown;
    })
    .join('');
}

/** An edit that removes a whole line with its line break. */
export function removeLine(doc: ReportDocument, line: number): TextEdit {
  const l = doc.lines.lines[line];
  const next = doc.lines.lines[line + 1];
  if (next) return { start: l.start, end: next.start, newText: '' };
  const prev = doc.lines.lines[line - 1];
  return { start: prev ? prev.end : l.start, end: l.end, newText: '' };
}

/** Line numbers as a user reads them (1-based). */
export function lineNo(doc: ReportDocument, offset: number): number {
  return doc.lines.lineAt(offset).index + 1;
}

/** Lines longer than this mark their taken characters one by one. */
const LONG_LINE = 2000;

/**
 * The stretches of a line already taken by a finding (a placeholder, a doubled word). A line has a
 * few (a list of them); a pasted line of thousands (`（请填写…）` or `的的` over and over) has a mark
 * per character instead, so that each match is checked against its own characters, not against
 * every match before it.
 */
export class Taken {
  private readonly spans: Array<[number, number]> = [];
  private readonly mask?: Uint8Array;

  constructor(private readonly lineStart: number, lineLength: number) {
    if (lineLength > LONG_LINE) this.mask = new Uint8Array(lineLength);
  }

  overlaps(start: number, end: number): boolean {
    if (!this.mask) return this.spans.some(([s, e]) => s < end && start < e);
    for (let i = start - this.lineStart; i < end - this.lineStart; i++) if (this.mask[i]) return true;
    return false;
  }

  add(start: number, end: number): void {
    if (this.mask) this.mask.fill(1, start - this.lineStart, end - this.lineStart);
    else this.spans.push([start, end]);
  }
}

