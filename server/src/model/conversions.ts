import type { Amount } from './amounts';
import { baseValue, halfWidth } from './amount-values';
import type { ReportDocument } from './report';
import { listTotalOf } from './terms';

/**
 * A figure said again in another unit, right after it: `92.56万元（即925,600元）`, `1124.38万元，即
 * 11,243,800元`, `123,456元（12.3456万元）`. The two are one sum of money: each within the other's
 * rounding, or the conversion is wrong (a zero dropped or added).
 */
export interface Conversion {
  /** The figure said first. */
  said: Amount;
  /** The same money in the other unit. */
  again: Amount;
}

/** Between the two: a bracket opening (and the words of a conversion), or a comma and 即 or 折合. */
const BETWEEN = /^\s*(?:[（(]\s*(?:即|折合(?:为|成)?|合|约合|约)?|[，,]\s*(?:即|亦即|也就是|折合(?:为|成)?))\s*$/;
/** `…物资折价254,425.20元，折合128.65万元`: after a list's last figure, 折合 may be the whole list's. */
const OF_THE_LIST = /^\s*[，,]\s*折合/;
const CLOSES = /^\s*[）)]/;
const MONEY_UNITS = new Set(['元', '万元', '亿元']);

/** The conversions of a report, read once. */
const READ = new WeakMap<ReportDocument, Conversion[]>();

export function conversionsOf(doc: ReportDocument): Conversion[] {
  let out = READ.get(doc);
  if (out) return out;
  out = [];
  const amounts = doc.amounts;
  for (let i = 0; i + 1 < amounts.length; i++) {
    const said = amounts[i];
    const again = amounts[i + 1];
    if (!MONEY_UNITS.has(said.unit) || !MONEY_UNITS.has(again.unit) || said.unit === again.unit || said.perUnit || again.perUnit) continue;
    // (A bounded look: the words between two figures of a long line.)
    if (again.start - said.end > 12 || again.line !== said.line) continue;
    const between = doc.text.slice(said.end, again.start);
    if (!BETWEEN.test(between) || (OF_THE_LIST.test(between) && listTotalOf(doc, said) !== undefined)) continue;
    // In brackets, the bracket closes right after the second figure: `（即925,600元）`, not `（其中…元，…）`.
    if (/[（(]/.test(between) && !CLOSES.test(doc.text.slice(again.end, again.end + 3))) continue;
    out.push({ said, again });
  }
  READ.set(doc, out);
  return out;
}

/**
 * Whether the two agree: each within the rounding of the less precise (`约123.46万元（1,234,567.89元）`).
 * A figure said as approximate agrees within its own last digit's whole width.
 */
export function conversionHolds(c: Conversion): boolean {
  const slack = [c.said, c.again].map((a) => halfWidth(a).times(a.approximate ? 2 : 1)).reduce((x, y) => (x.gt(y) ? x : y));
  return baseValue(c.said).minus(baseValue(c.again)).abs().lte(slack);
}
