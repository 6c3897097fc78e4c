import { Amount, baseValue, halfDigit, halfWidth } from './amounts';
import { Decimal } from './decimal';
import { toHalfWidthDigits } from './text';

/** A product a draft states (in a sentence or a table's row), and whether it holds: read by products.ts and table-products.ts. */

export interface ProductClaim {
  /** `slack`: how far the count may be from its written value (`5.38万名` is 53,750 to 53,850). */
  count: { value: number; measure: string; start: number; end: number; text: string; slack?: number };
  rate: Amount;
  total: Amount;
  /** `每人每月2,300元…，全年发放…`: 12 for a monthly rate over the year; else 1. */
  months: number;
}

/** What a product's count is counted in (`1,200户`, `52.8公里`, `12000根`). */
export const MEASURES = '户|亩|人|名|台|座|套|吨|所|辆|处|家|间|头|只|公里|平方米|册|场|期|批|件|份|宗|个|人次|根|袋|株|棵|块|张|箱|盏|组';

/** How many decimals plain digits have (`214.6` → 1). */
export const decimalsOf = (digits: string): number => (digits.includes('.') ? digits.length - digits.indexOf('.') - 1 : 0);

/**
 * How far a measured count (`52.8公里`, a table's `214.6公里`) may be from its written value: half
 * its last digit. A whole count has none.
 */
export function measuredSlack(digits: string): number | undefined {
  const decimals = decimalsOf(digits);
  return decimals > 0 ? halfDigit(decimals).toNumber() : undefined;
}

/** `每人…` counts `326名`, `每生…` counts `1,642人`: people by any of these words. */
const PEOPLE = /^(人|名|生|学生)$/;
export const sameMeasure = (a: string, b: string) => a === b || (PEOPLE.test(a) && PEOPLE.test(b));

/** The measure of a price (`单价`): whatever the count it multiplies is counted in. */
export const ANY_MEASURE = '*';

/** Whether a count in `count` is what a rate per `rate` is paid on (a price's, any count). */
export const countedIn = (count: string, rate: string) => rate === ANY_MEASURE || sameMeasure(count, rate);

/** A figure's digits, half-width and without thousands separators (`１,２００.５` → `1200.5`). */
export const plainFigure = (digits: string) => toHalfWidthDigits(digits).replace(/[,，]/g, '');

/** count × rate, exact, in the base unit (万元 for money). */
export function productValue(p: ProductClaim): Decimal {
  return baseValue(p.rate).times(p.count.value).times(p.months);
}

/** Whether the total is the product to its digits (the rate taken as exact: a rate per thing is set, not rounded). */
export function productHolds(p: ProductClaim, total: Amount = p.total): boolean {
  const half = halfWidth(total, total.decimals);
  // A count rounded to 万 leaves the product as uncertain as the count is.
  const slack = p.count.slack ? baseValue(p.rate).times(p.count.slack).times(p.months) : half.minus(half);
  return productValue(p).minus(baseValue(total)).abs().lte(half.plus(slack));
}
