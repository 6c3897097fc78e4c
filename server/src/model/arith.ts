import { Amount, baseValue, halfWidth, halfWidthIn } from './amounts';
import { Decimal } from './decimal';
import type { Relation, Term } from './terms';

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
  // Most relations have no `调增（减）`: one signing, the relation's own terms (never changed).
  if (!terms.some((t) => t.sign === 0)) return [terms];
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

/** Σ ±value over terms (`调增（减）` as +). */
export function signedSum(terms: Term[], value: (a: Amount) => Decimal): Decimal {
  let acc = ZERO;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i];
    const v = value(t.amount);
    // 0 + v is v: the first term needs no addition (a zero goes the long way, for its sign).
    if (i === 0 && t.sign >= 0 && !v.isZero()) acc = v;
    else acc = t.sign < 0 ? acc.minus(v) : acc.plus(v);
  }
  return acc;
}

function sum(terms: Term[], overrides?: Overrides): Decimal {
  return signedSum(terms, (a) => valueOf(a, overrides));
}

/**
 * The sum of the half-widths of the figures not overridden. Reports give 万元 to two decimals,
 * and drafters drop trailing zeros (`7.5万元` is 7.50, `5万元` is 5.00): a figure is read at that
 * precision, or at the precision of the most precise figure of its unit in the same relation,
 * never coarser than it was written (a zero written last, `801.0`, keeps a figure at its own digits).
 * Figures of one unit have one half-width: it is added once,
 * times their number (exact in decimals, so the same value as adding one by one).
 */
function toleranceOf(lists: Term[][], overrides?: Overrides): Decimal {
  const one = oneUnit(lists, overrides);
  if (one) return (one.money === 0 ? ZERO : one.money === 1 ? one.half : one.half.times(one.money)).plus(one.own);
  const units: string[] = [];
  const precision: number[] = [];
  const money: number[] = [];
  let own = ZERO;
  for (const list of lists) {
    for (const t of list) {
      const a = t.amount;
      let k = units.indexOf(a.unit);
      if (k < 0) {
        k = units.push(a.unit) - 1;
        precision.push(a.unit === '万元' || a.unit === '万' ? 2 : 0);
        money.push(0);
      }
      const width = ownWidth(a, overrides);
      if (width) {
        own = own.plus(width);
        continue;
      }
      if (a.decimals > precision[k]) precision[k] = a.decimals;
      if (a.kind === 'money' && !overrides?.has(a.id)) money[k]++;
    }
  }
  let acc = own;
  for (let k = 0; k < units.length; k++) {
    if (money[k] === 0) continue;
    const half = halfWidthIn(units[k], precision[k]);
    acc = acc.plus(money[k] === 1 ? half : half.times(money[k]));
  }
  return acc;
}

/**
 * `整体支出801.0万元`: a zero written after the point says the figure was rounded to those digits, not
 * that its last ones were dropped: it keeps its own width whatever the figures beside it are given to.
 * So does a count or score written with decimals (`9.74` points, 10 × 97.36%): rounded to them.
 * That width, or undefined for a figure read at its unit's precision (or, a whole count, exact).
 */
function ownWidth(a: Amount, overrides?: Overrides): Decimal | undefined {
  if (a.decimals === 0 || overrides?.has(a.id)) return undefined;
  if (a.kind !== 'money') return halfWidthIn(a.unit, a.decimals);
  return a.valueText.charCodeAt(a.valueText.length - 1) === 48 ? halfWidthIn(a.unit, a.decimals) : undefined;
}

function oneUnit(lists: Term[][], overrides?: Overrides): { half: Decimal; money: number; own: Decimal } | undefined {
  let unit: string | undefined;
  let precision = 0;
  let money = 0;
  let own = ZERO;
  for (const list of lists) {
    for (const t of list) {
      const a = t.amount;
      if (unit === undefined) {
        unit = a.unit;
        precision = unit === '万元' || unit === '万' ? 2 : 0;
      } else if (a.unit !== unit) return undefined;
      const width = ownWidth(a, overrides);
      if (width) {
        own = own.plus(width);
        continue;
      }
      if (a.decimals > precision) precision = a.decimals;
      if (a.kind === 'money' && !overrides?.has(a.id)) money++;
    }
  }
  return { half: unit === undefined || money === 0 ? ZERO : halfWidthIn(unit, precision), money, own };
}

function readingOf(r: Relation, lhsTerms: Term[], rhsTerms: Term[], overrides?: Overrides): Reading {
  const lhs = sum(lhsTerms, overrides);
  const rhs = sum(rhsTerms, overrides);
  const diff = lhs.minus(rhs);
  const tolerance = toleranceOf([lhsTerms, rhsTerms], overrides);
  const holds = r.atLeast ? diff.gte(tolerance.neg()) : diff.abs().lte(tolerance);
  return { holds, lhs, rhs, diff, tolerance, lhsTerms, rhsTerms };
}

/**
 * The readings of a relation in order, until `stop` says enough: each sign of each `调增（减）`,
 * with and without the optional part. The first reading is the complete one as written (optional
 * part in, either-signs as +).
 */
function eachReading(r: Relation, overrides: Overrides | undefined, stop: (x: Reading) => boolean): void {
  const rhsChoices = r.optional.length ? [[...r.rhs, ...r.optional], r.rhs] : [r.rhs];
  for (const rhsBase of rhsChoices) {
    for (const lhsTerms of signings(r.lhs)) {
      for (const rhsTerms of signings(rhsBase)) if (stop(readingOf(r, lhsTerms, rhsTerms, overrides))) return;
    }
  }
}

/** Every reading of a relation (see `eachReading`). */
export function readings(r: Relation, overrides?: Overrides): Reading[] {
  const out: Reading[] = [];
  eachReading(r, overrides, (x) => {
    out.push(x);
    return false;
  });
  return out;
}

/** Whether the relation holds under some reading. */
export function holds(r: Relation, overrides?: Overrides): boolean {
  const cached = overrides ? undefined : AS_WRITTEN.get(r);
  return cached ?? evaluate(r, overrides).holds;
}

/**
 * Whether a relation holds as written is asked by several rules and features: it is kept. Its
 * reading is made again when asked for (a message, a hover), instead of being held for every
 * relation of a long draft.
 */
const AS_WRITTEN = new WeakMap<Relation, boolean>();

/** The first reading that holds, else the first reading: no reading past one that holds is made. */
export function evaluate(r: Relation, overrides?: Overrides): { holds: boolean; shown: Reading } {
  let first: Reading | undefined;
  let ok: Reading | undefined;
  eachReading(r, overrides, (x) => {
    first ??= x;
    if (x.holds) ok = x;
    return x.holds;
  });
  const result = { holds: ok !== undefined, shown: (ok ?? first)! };
  if (!overrides) AS_WRITTEN.set(r, result.holds);
  return result;
}

/**
 * Two statements of one quantity agree when the intervals of their written digits overlap, in
 * whatever unit each was written (`3,208,416.20元` and `320.84万元` are one value).
 */
export function sameValue(a: Amount, b: Amount): boolean {
  // The same digits in the same unit are the same value (a difference of 0 is within any interval).
  if (a.valueText === b.valueText && a.unit === b.unit) return true;
  const precision = (x: Amount) => Math.max(x.decimals, x.unit === '万元' || x.unit === '万' ? 2 : 0);
  const tolerance = halfWidth(a, precision(a)).plus(halfWidth(b, precision(b)));
  return baseValue(a).minus(baseValue(b)).abs().lte(tolerance);
}

export function amountsOf(r: Relation): Amount[] {
  return [...r.lhs, ...r.rhs, ...r.optional].map((t) => t.amount);
}

