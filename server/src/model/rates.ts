import { Amount, baseValue, halfWidth } from './amounts';
import { Decimal } from './decimal';
import type { Term } from './terms';
import { toHalfWidthDigits } from './text';

/**
 * A rate the text states (`预算执行率95.2%`, a table's 执行率 column) and what it is a rate of:
 * the spending figure and one or more readings of the budget it was divided by (全年预算数, or
 * 年初预算 ± 调整). It holds when some reading gives the rate to the digits written.
 */
export interface RateClaim {
  start: number;
  end: number;
  /** The digits of the percentage (what a fix replaces). */
  numberStart: number;
  numberEnd: number;
  line: number;
  /** The percentage as written, ASCII digits (`95.2`). */
  valueText: string;
  decimals: number;
  spend: Amount[];
  budgets: Term[][];
  subject?: string;
}

export interface RateReading {
  holds: boolean;
  spend: Amount;
  budget: Term[];
  /** spend ÷ budget × 100, unrounded. */
  computed?: Decimal;
}

const HUNDRED = new Decimal(100);

function sumOf(terms: Term[], pick: (a: Amount) => Decimal): Decimal {
  return terms.reduce((acc, t) => (t.sign < 0 ? acc.minus(pick(t.amount)) : acc.plus(pick(t.amount))), new Decimal(0));
}

function readingOf(claim: RateClaim, spend: Amount, budget: Term[]): RateReading {
  const b = sumOf(budget, baseValue);
  const hb = budget.reduce((acc, t) => acc.plus(halfWidth(t.amount, Math.max(t.amount.decimals, t.amount.unit === '万元' ? 2 : 0))), new Decimal(0));
  // Nothing budgeted: no rate can be checked.
  if (b.minus(hb).lte(0)) return { holds: true, spend, budget };
  const s = baseValue(spend);
  const hs = halfWidth(spend, Math.max(spend.decimals, spend.unit === '万元' ? 2 : 0));
  const low = s.minus(hs).div(b.plus(hb)).times(HUNDRED);
  const high = s.plus(hs).div(b.minus(hb)).times(HUNDRED);
  const r = new Decimal(claim.valueText);
  const hr = new Decimal(5).times(new Decimal(10).pow(-(claim.decimals + 1)));
  const holds = r.plus(hr).gte(low) && r.minus(hr).lte(high);
  return { holds, spend, budget, computed: s.div(b).times(HUNDRED) };
}

export function rateReadings(claim: RateClaim): RateReading[] {
  const out: RateReading[] = [];
  for (const spend of claim.spend) for (const budget of claim.budgets) out.push(readingOf(claim, spend, budget));
  return out;
}

/** `95.2%` `９５．２％` → its digits and decimals. */
export function parsePercent(text: string): { valueText: string; decimals: number } | undefined {
  const m = /^([0-9０-９]{1,3}(?:[.．][0-9０-９]{1,4})?)\s*[%％]$/.exec(text.trim());
  if (!m) return undefined;
  const valueText = toHalfWidthDigits(m[1]);
  return { valueText, decimals: valueText.includes('.') ? valueText.split('.')[1].length : 0 };
}
