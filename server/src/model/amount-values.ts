import type { Amount } from './amounts';
import { Decimal } from './decimal';

/**
 * What a figure is worth: its written digits as a Decimal, in the base unit (万元), and the half
 * interval its rounding leaves. Kept apart from the reading of figures (amounts.ts).
 */

/**
 * Decimals by their digits, made once per value and shared: a draft repeats its figures (a table
 * has 8.00 in every row), and making a Decimal per figure was most of the time and memory of the
 * sums. Decimals are immutable, so sharing one is safe. Bounded: a draft of a million distinct
 * figures starts the table afresh instead of holding them all.
 */
const MAX_INTERNED = 4096;
const WRITTEN = new Map<string, Decimal>();
/** Base values by unit (only units with a factor other than 1), then by digits. */
const BASE = new Map<string, Map<string, Decimal>>();

/** The value kept for `key`, made on first use; a full table starts afresh. Values must be immutable. */
export function interned<T>(table: Map<string, T>, key: string, make: () => T): T {
  let v = table.get(key);
  if (v === undefined) {
    if (table.size >= MAX_INTERNED) table.clear();
    v = make();
    table.set(key, v);
  }
  return v;
}

/** A value written in plain ASCII digits (`58.59`). */
export function decimalOf(digits: string): Decimal {
  return interned(WRITTEN, digits, () => new Decimal(digits));
}

/** The value in the written unit. */
export function writtenValue(a: Amount): Decimal {
  return decimalOf(a.valueText);
}

/** Money in 万元, people and counts as they are: the unit every sum is done in. */
export function baseValue(a: Amount): Decimal {
  const factor = FACTOR.get(a.unit);
  if (factor === undefined) return writtenValue(a);
  let table = BASE.get(a.unit);
  if (!table) BASE.set(a.unit, (table = new Map()));
  return interned(table, a.valueText, () => writtenValue(a).times(factor));
}

const HALF_WIDTH = new Map<string, Decimal[]>();
const HALF_DIGIT = Array.from({ length: 16 }, (_, d) => new Decimal(5).times(new Decimal(10).pow(-(d + 1))));

/** Half the last digit of a number written with so many decimals (0.005 for two): a figure's or a percentage's. */
export function halfDigit(decimals: number): Decimal {
  return HALF_DIGIT[decimals] ?? new Decimal(5).times(new Decimal(10).pow(-(decimals + 1)));
}
const NO_WIDTH = new Decimal(0);

/** Half the last written digit, in base units: the rounding interval of domain.md. */
export function halfWidth(a: Amount, decimals: number = a.decimals): Decimal {
  // People and items are counted, not rounded.
  return a.kind === 'money' ? halfWidthIn(a.unit, decimals) : NO_WIDTH;
}

/** Half the last digit of money written in a unit with so many decimals, in base units. */
export function halfWidthIn(unit: string, decimals: number): Decimal {
  let byDecimals = HALF_WIDTH.get(unit);
  if (!byDecimals) HALF_WIDTH.set(unit, (byDecimals = []));
  let v = byDecimals[decimals];
  if (!v) {
    const half = halfDigit(decimals);
    const factor = MONEY_FACTOR[unit];
    v = factor ? half.times(factor) : half;
    byDecimals[decimals] = v;
  }
  return v;
}

export const MONEY_FACTOR: Record<string, Decimal> = {
  元: new Decimal('0.0001'),
  千元: new Decimal('0.1'),
  万元: new Decimal(1),
  万: new Decimal(1),
  亿元: new Decimal(10000),
  亿: new Decimal(10000),
};

/** The factors other than 1: 万元 and 万 are the base unit already. */
const FACTOR = new Map(Object.entries(MONEY_FACTOR).filter(([, f]) => !f.eq(1)));
