import { Amount, amountsBetween, baseValue, isCompared } from './amounts';
import { Decimal } from './decimal';
import { CHANGE_AMOUNT, CHANGE_RATE, FALLS, sameMeasure, usable } from './growth';
import { halfOf, percentDigits, StatedPercent } from './rates';
import type { ReportDocument } from './report';
import { listTotalOf } from './terms';
import { decimalOf, halfDigit } from './amount-values';
import { LAST_YEAR } from './years';

/**
 * `“三公”经费决算数28.64万元，比预算数减少3.36万元，下降11.50%`, `2023年支出500.00万元，比上年增加50.00万元，
 * 增长11.11%`: this year's figure and the change, the figure compared with not said: the percentage is
 * the change over the figure they make (now − change for a rise, now + change for a fall). Read only
 * where the percentage follows the change right after it; it holds if any figure the sentence may
 * mean by this year's gives it (the nearest before the change, its list's total, the sentence's first);
 * a figure of another year among them may be the base itself (the change over it).
 */
export interface ChangeOnlyClaim extends StatedPercent {
  now: Amount;
  otherNows: Amount[];
  /** The figures of another year among them (`上年“三公”经费支出3.35万元，本年较上年减少0.51万元`): maybe the base itself. */
  bases: Set<Amount>;
  change: Amount;
  falls: boolean;
}

/** Between the change and its percentage: a comma, and `同比` at most. */
const RIGHT_AFTER = /^[，,]\s*(?:同比|分别)?$/;
/** `决算数比预算数减少1.38万元`: a change from the budget, which the sentence may say before it. */
const OVER_BUDGET = /比(?:年初)?预算数?(?:减少|增加|节约|超支|多|少)了?$/;
/** How far before the change this year's figure is looked for. */
const REACH = 200;

export function changeOnlyClaims(doc: ReportDocument): ChangeOnlyClaim[] {
  const out: ChangeOnlyClaim[] = [];
  const read = new Set(doc.growth.map((g) => g.start));
  for (const s of doc.sentences) {
    if (!/[%％]/.test(s.text) || !/比|较/.test(s.text) || doc.layout.kinds.get(s.line) === 'table') continue;
    for (const m of s.text.matchAll(CHANGE_RATE)) {
      const start = s.start + m.index!;
      if (read.has(start)) continue;
      const before = amountsBetween(doc.amounts, Math.max(s.start, start - REACH), start).filter(usable);
      const change = before.pop();
      const falls = FALLS.test(m[1]);
      const overBudget = change !== undefined && OVER_BUDGET.test(change.label);
      if (!change || !(isCompared(change) || overBudget) || !CHANGE_AMOUNT.test(change.labelCore) || FALLS.test(change.labelCore) !== falls) continue;
      if (!RIGHT_AFTER.test(doc.text.slice(change.end, start))) continue;
      // (Not past a `；`: the clause before names its own figures.)
      const own = before.filter((a) => !isCompared(a) && sameMeasure(a, change) && !/[；;]/.test(doc.text.slice(a.end, change.start)));
      const nearest = own[own.length - 1];
      if (!nearest) continue;
      const nows = [nearest, listTotalOf(doc, nearest), own[0]].filter((a, i, all): a is Amount => a !== undefined && sameMeasure(a, change) && all.indexOf(a) === i);
      const numberStart = start + m[0].lastIndexOf(m[2]);
      // (`年初预算36.50万元，决算数比预算数减少1.38万元`: the budget said is the base.)
      const bases = new Set(nows.filter((a) => anotherYears(doc, a) || (overBudget && /预算/.test(a.labelCore))));
      out.push({ start, end: start + m[0].length, numberStart, numberEnd: numberStart + m[2].length, line: s.line, ...percentDigits(m[2]), now: nows[0], otherNows: nows.slice(1), bases, change, falls });
    }
  }
  return out;
}

/** A figure whose own words name another year than the report's (`上年“三公”经费支出`, `2023年…决算数为`). */
function anotherYears(doc: ReportDocument, a: Amount): boolean {
  if (LAST_YEAR.test(a.label)) return true;
  const year = /((?:19|20)\d{2})年/.exec(a.label);
  return year !== null && doc.year !== undefined && Number(year[1]) !== doc.year;
}

const HUNDRED = new Decimal(100);

/** The percentage the change gives over the figure it makes with this year's, and whether one of them gives the one written. */
export function changeOnlyReading(c: ChangeOnlyClaim): { holds: boolean; computed: Decimal } {
  const r = decimalOf(c.valueText);
  const hr = halfDigit(c.decimals);
  const d = baseValue(c.change);
  const hd = halfOf(c.change);
  const fits = (base: Decimal, hb: Decimal) => {
    if (base.minus(hb).lte(0)) return true;
    const low = d.minus(hd).div(base.plus(hb)).times(HUNDRED);
    const high = d.plus(hd).div(base.minus(hb)).times(HUNDRED);
    return r.plus(hr).gte(low) && r.minus(hr).lte(high);
  };
  const made = (n: Decimal) => (c.falls ? n.plus(d) : n.minus(d));
  const holds = [c.now, ...c.otherNows].some((now) => {
    const n = baseValue(now);
    return fits(made(n), halfOf(now).plus(hd)) || (c.bases.has(now) && fits(n, halfOf(now)));
  });
  const base = c.bases.has(c.now) ? baseValue(c.now) : made(baseValue(c.now));
  return { holds, computed: base.gt(0) ? d.div(base).times(HUNDRED) : new Decimal(0) };
}
