import { Amount, baseValue, decimalOf, halfDigit, halfWidth, interned } from './amounts';
import { signedSum } from './arith';
import { Decimal } from './decimal';
import type { Term } from './terms';
import { toHalfWidthDigits } from './text';

/** A number the text states, where: the claim's words, and the digits a fix replaces. */
export interface StatedNumber {
  start: number;
  end: number;
  /** The digits of the number (what a fix replaces). */
  numberStart: number;
  numberEnd: number;
  line: number;
  /** The number as written, ASCII digits (`95.2`). */
  valueText: string;
}

/** A percentage the text states: what a rate or a rise or fall claims, and its fix replaces. */
export interface StatedPercent extends StatedNumber {
  decimals: number;
}

/** The digits of a percentage as written (`９５．２`): ASCII digits, and how many decimals. */
export function percentDigits(digits: string): { valueText: string; decimals: number } {
  const valueText = toHalfWidthDigits(digits);
  return { valueText, decimals: valueText.includes('.') ? valueText.split('.')[1].length : 0 };
}

/**
 * A rate the text states (`预算执行率95.2%`, a table's 执行率 column) and what it is a rate of:
 * the spending figure and one or more readings of the budget it was divided by (全年预算数, or
 * 年初预算 ± 调整). It holds when some reading gives the rate to the digits written.
 */
export interface RateClaim extends StatedPercent {
  spend: Amount[];
  budgets: Term[][];
  subject?: string;
  /** What the rate is called, when not an execution rate: `占比` for a share of a total. */
  word?: string;
}

export interface RateReading {
  holds: boolean;
  spend: Amount;
  budget: Term[];
  /** spend ÷ budget × 100, unrounded. */
  computed?: Decimal;
}

const HUNDRED = new Decimal(100);
/** Room for the exact product of a rate (8 digits at most) and a budget (33 at most). */
const WIDE = Decimal.clone({ precision: 80 });

/** The rounding interval of a figure a percentage is computed from, at least to the 万元's two decimals. */
export const halfOf = (a: Amount) => halfWidth(a, Math.max(a.decimals, a.unit === '万元' ? 2 : 0));

const plus = (t: Term): Term => (t.sign > 0 ? t : { amount: t.amount, sign: 1 });

/** A figure's base value and its rounding interval's ends. */
interface Bounds {
  value: Decimal;
  low: Decimal;
  high: Decimal;
}

/** A spending figure's bounds, and those times 100 (what a rate's bounds times the budget's meet). */
interface SpendBounds extends Bounds {
  low100: Decimal;
  high100: Decimal;
}

/**
 * Bounds by kind, unit, decimals and digits, made once per way a figure is written: a table of
 * failing rates tests every row's readings, and working the same intervals out again made most
 * of that time and garbage.
 */
const BOUNDS = new Map<string, SpendBounds>();
/** A stated rate's interval [r − hr, r + hr], exact (WIDE), by decimals and digits. */
const RATE_BOUNDS = new Map<string, { low: Decimal; high: Decimal }>();

function boundsOf(a: Amount): SpendBounds {
  return interned(BOUNDS, `${a.kind}|${a.unit}|${a.decimals}|${a.valueText}`, () => {
    const value = baseValue(a);
    const half = halfOf(a);
    const low = value.minus(half);
    const high = value.plus(half);
    return { value, low, high, low100: low.times(HUNDRED), high100: high.times(HUNDRED) };
  });
}

/** Σ ±value over a budget's terms, and its interval: half-widths add up whatever the signs. */
function budgetBounds(budget: Term[]): Bounds {
  if (budget.length === 1 && budget[0].sign > 0) return boundsOf(budget[0].amount);
  const value = signedSum(budget, baseValue);
  const half = signedSum(budget.map(plus), halfOf);
  return { value, low: value.minus(half), high: value.plus(half) };
}

function rateBounds(claim: StatedPercent): { low: Decimal; high: Decimal } {
  return interned(RATE_BOUNDS, `${claim.decimals}|${claim.valueText}`, () => {
    const r = new WIDE(decimalOf(claim.valueText));
    const hr = halfDigit(claim.decimals);
    return { low: r.minus(hr), high: r.plus(hr) };
  });
}

/** Whether one reading gives the rate to the digits written; undefined when nothing is budgeted. */
function test(claim: RateClaim, spend: Amount, budget: Term[]): { holds: boolean; s: Decimal; b: Decimal } | undefined {
  const b = budgetBounds(budget);
  // Nothing budgeted: no rate can be checked.
  if (b.low.lte(0)) return undefined;
  const s = boundsOf(spend);
  const r = rateBounds(claim);
  // The rate's interval [r − hr, r + hr] meets [100 (s − hs) / (b + hb), 100 (s + hs) / (b − hb)].
  // Both divisors are positive, so the bounds are compared multiplied out: exactly (WIDE), which
  // decides as the quotients to 40 digits did (no rate of a few digits lies between a quotient and
  // its rounding), at a tenth of the cost of a division.
  const holds = r.high.times(b.high).gte(s.low100) && r.low.times(b.low).lte(s.high100);
  return { holds, s: s.value, b: b.value };
}

/** spend ÷ budget × 100, unrounded. */
const percent = (t: { s: Decimal; b: Decimal }): Decimal => t.s.div(t.b).times(HUNDRED);

function readingOf(claim: RateClaim, spend: Amount, budget: Term[]): RateReading {
  const t = test(claim, spend, budget);
  if (!t) return { holds: true, spend, budget };
  return { holds: t.holds, spend, budget, computed: percent(t) };
}

/**
 * For a rate that no reading gives, the reading its message shows: the first whose spending is
 * above zero, else the first; undefined when some reading gives the rate (most rates, found at
 * their first reading) or none can be checked. Each reading is tested once, and only the one
 * shown is divided out.
 */
export function failedReading(claim: RateClaim): RateReading | undefined {
  let shown: { spend: Amount; budget: Term[]; t: { s: Decimal; b: Decimal } } | undefined;
  for (const spend of claim.spend) {
    for (const budget of claim.budgets) {
      const t = test(claim, spend, budget);
      // A reading over nothing budgeted (a row's 年初预算 0.00) gives no rate: the others decide.
      if (!t) continue;
      if (t.holds) return undefined;
      // The first reading, unless it spends nothing and this one does.
      if (!shown || (!shown.t.s.gt(0) && t.s.gt(0))) shown = { spend, budget, t };
    }
  }
  return shown && { holds: false, spend: shown.spend, budget: shown.budget, computed: percent(shown.t) };
}

/**
 * A 元 figure among 万元 ones that makes a failing rate hold when read as 万元 (`预算140.00万元，实际
 * 支出131.31元，执行率93.79%`): the unit is the slip, not the rate.
 */
export function rateUnitSlip(claim: RateClaim): Amount | undefined {
  // Most rates have no 元 beside 万元: found without a copy (a table of failing rates asks for each).
  let yuan = false;
  let wan = false;
  const see = (a: Amount) => (a.unit === '元' ? (yuan = true) : a.unit === '万元' && (wan = true));
  for (const a of claim.spend) see(a);
  for (const ts of claim.budgets) for (const t of ts) see(t.amount);
  if (!yuan || !wan) return undefined;
  const all = [...claim.spend, ...claim.budgets.flat().map((t) => t.amount)];
  for (const a of all) {
    if (a.unit !== '元') continue;
    const asWan = (b: Amount): Amount => (b === a ? { ...b, unit: '万元' } : b);
    const read = { ...claim, spend: claim.spend.map(asWan), budgets: claim.budgets.map((ts) => ts.map((t) => ({ ...t, amount: asWan(t.amount) }))) };
    if (!failedReading(read)) return a;
  }
  return undefined;
}

/**
 * A failing rate whose spending or budget is a total that fails its own sum, and that the sum of
 * its parts would make hold (a 合计 row's 执行数 or 预算数 mistyped, its 执行率 right): one wrong
 * figure, which the sum reports. `partsSum` gives the sum (in 万元 for money) of the parts of a
 * figure whose sum fails.
 */
export function followsFromWrongTotal(claim: RateClaim, partsSum: (a: Amount) => Decimal | undefined): boolean {
  const asSum = (a: Amount): Amount | undefined => {
    const sum = partsSum(a);
    return sum === undefined ? undefined : { ...a, unit: a.kind === 'money' ? '万元' : a.unit, valueText: sum.toFixed(), decimals: sum.decimalPlaces() };
  };
  for (const spend of claim.spend) {
    const summed = asSum(spend);
    if (summed && !failedReading({ ...claim, spend: [summed] })) return true;
  }
  for (const budget of claim.budgets) {
    if (budget.length !== 1) continue;
    const summed = asSum(budget[0].amount);
    if (summed && !failedReading({ ...claim, budgets: [[{ amount: summed, sign: budget[0].sign }]] })) return true;
  }
  return false;
}

export function rateReadings(claim: RateClaim): RateReading[] {
  const out: RateReading[] = [];
  for (const spend of claim.spend) for (const budget of claim.budgets) out.push(readingOf(claim, spend, budget));
  return out;
}

/** `95.2%` `９５．２％` → its digits and decimals. */
export function parsePercent(text: string): { valueText: string; decimals: number } | undefined {
  const m = /^([0-9０-９]{1,3}(?:[.．][0-9０-９]{1,4})?)\s*[%％]$/.exec(text.trim());
  return m ? percentDigits(m[1]) : undefined;
}

/**
 * `全年支出合计894.63万元，预算执行率98.89%` after a table whose row `支出合计 904.70 894.63 98.89%` says
 * the same spending and rate: the text restates the row, whose budget the row holds (read or not, a
 * header of two rows say). Not read again from the text's own sentence, which may name another base
 * (`年末结转结余17.75万元`); the row's own rate is checked with the table.
 */
export function restatesTableRow(doc: { amounts: Amount[]; lines: { lines: Array<{ text: string }> } }, claims: RateClaim[]): RateClaim[] {
  let cellLines: Map<string, number[]> | undefined;
  return claims.filter((c) => {
    const spent = c.spend[c.spend.length - 1];
    if (!spent || spent.cell || c.word !== undefined) return true;
    if (!cellLines) {
      cellLines = new Map();
      for (const a of doc.amounts) if (a.cell && a.kind === 'money') {
        const key = baseValue(a).toString();
        const lines = cellLines.get(key);
        if (lines) lines.push(a.line); else cellLines.set(key, [a.line]);
      }
    }
    const digits = c.valueText.includes('.') ? `${c.valueText.replace('.', '\\.')}0*` : `${c.valueText}(?:\\.0+)?`;
    const rate = new RegExp(`(?<![0-9.])${digits}\\s*[%％]`);
    return !(cellLines.get(baseValue(spent).toString()) ?? []).some((l) => rate.test(toHalfWidthDigits(doc.lines.lines[l].text)));
  });
}
