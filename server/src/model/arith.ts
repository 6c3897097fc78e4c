import { Amount, baseValue, halfWidth } from './amounts';
import { Decimal } from './decimal';
import type { Relation, Term } from './relations';

/**
 * Checking a relation with the rounding rule of domain.md (XBRL Calculations 1.1): each figure
 * stands for the interval of the digits it was written with, and a relation fails only when the
 * interval of the total and that of the computed sum do not overlap.
 */
export interface Reading {
  holds: boolean;
  lhs: Decimal;
  rhs: Decimal;
  /** lhs − rhs */
  diff: Decimal;
  tolerance: Decimal;
  /** The terms of this reading with the signs chosen. */
  lhsTerms: Term[];
  rhsTerms: Term[];
}

/** A figure's value in base units, or the value someone proposes for it. */
export type Overrides = Map<number, Decimal>;

function valueOf(a: Amount, overrides?: Overrides): Decimal {
  return overrides?.get(a.id) ?? baseValue(a);
}

const MAX_EITHER = 6;

function signings(terms: Term[]): Term[][] {
  const either = terms.filter((t) => t.sign === 0).slice(0, MAX_EITHER);
  const out: Term[][] = [];
  for (let mask = 0; mask < 1 << either.length; mask++) {
    out.push(terms.map((t) => {
      const k = either.indexOf(t);
      if (t.sign !== 0 || k < 0) return t.sign === 0 ? { ...t, sign: 1 as const } : t;
      return { ...t, sign: mask & (1 << k) ? (-1 as const) : (1 as const) };
    }));
  }
  return out;
}

const ZERO = new Decimal(0);

function sum(terms: Term[], overrides?: Overrides): Decimal {
  let acc = ZERO;
  for (const t of terms) acc = t.sign < 0 ? acc.minus(valueOf(t.amount, overrides)) : acc.plus(valueOf(t.amount, overrides));
  return acc;
}

function readingOf(r: Relation, lhsTerms: Term[], rhsTerms: Term[], overrides?: Overrides): Reading {
  const lhs = sum(lhsTerms, overrides);
  const rhs = sum(rhsTerms, overrides);
  const diff = lhs.minus(rhs);
  // Reports give 万元 to two decimals, and drafters drop trailing zeros (`7.5万元` is 7.50, `5万元`
  // is 5.00): a figure is read at that precision, or at the precision of the most precise figure
  // of its unit in the same relation, never coarser than it was written.
  const all = [...lhsTerms, ...rhsTerms];
  const precision = new Map<string, number>([['万元', 2], ['万', 2]]);
  for (const t of all) precision.set(t.amount.unit, Math.max(precision.get(t.amount.unit) ?? 0, t.amount.decimals));
  const tolerance = all.reduce(
    (acc, t) => (overrides?.has(t.amount.id) ? acc : acc.plus(halfWidth(t.amount, precision.get(t.amount.unit)))),
    new Decimal(0),
  );
  const holds = r.atLeast ? diff.gte(tolerance.neg()) : diff.abs().lte(tolerance);
  return { holds, lhs, rhs, diff, tolerance, lhsTerms, rhsTerms };
}

/**
 * Every reading of a relation: each sign of each `调增（减）`, with and without the optional part.
 * The first reading is the complete one as written (optional part in, either-signs as +).
 */
export function readings(r: Relation, overrides?: Overrides): Reading[] {
  const out: Reading[] = [];
  const rhsChoices = r.optional.length ? [[...r.rhs, ...r.optional], r.rhs] : [r.rhs];
  for (const rhsBase of rhsChoices) {
    for (const lhsTerms of signings(r.lhs)) {
      for (const rhsTerms of signings(rhsBase)) out.push(readingOf(r, lhsTerms, rhsTerms, overrides));
    }
  }
  return out;
}

/** Whether the relation holds under some reading. */
export function holds(r: Relation, overrides?: Overrides): boolean {
  return evaluate(r, overrides).holds;
}

/** Relations are evaluated as written by several rules and features: once is enough. */
const AS_WRITTEN = new WeakMap<Relation, { holds: boolean; shown: Reading }>();

export function evaluate(r: Relation, overrides?: Overrides): { holds: boolean; shown: Reading } {
  const cached = overrides ? undefined : AS_WRITTEN.get(r);
  if (cached) return cached;
  const all = readings(r, overrides);
  const ok = all.find((x) => x.holds);
  const result = { holds: ok !== undefined, shown: ok ?? all[0] };
  if (!overrides) AS_WRITTEN.set(r, result);
  return result;
}

/**
 * Two statements of one quantity agree when the intervals of their written digits overlap, in
 * whatever unit each was written (`3,208,416.20元` and `320.84万元` are one value).
 */
export function sameValue(a: Amount, b: Amount): boolean {
  const precision = (x: Amount) => Math.max(x.decimals, x.unit === '万元' || x.unit === '万' ? 2 : 0);
  const tolerance = halfWidth(a, precision(a)).plus(halfWidth(b, precision(b)));
  return baseValue(a).minus(baseValue(b)).abs().lte(tolerance);
}

export function amountsOf(r: Relation): Amount[] {
  return [...r.lhs, ...r.rhs, ...r.optional].map((t) => t.amount);
}

/** Most decimals written among a relation's figures: how precisely a computed total is shown. */
export function decimalsOf(r: Relation): number {
  return Math.max(...amountsOf(r).map((a) => a.decimals));
}
