import { writtenAsAccounting } from '../model/accounting-signs';
import { Amount, baseValue, writtenValue } from '../model/amounts';
import { amountsOf, evaluate, holds, Overrides, Reading } from '../model/arith';
import { Decimal } from '../model/decimal';
import type { ReportDocument } from '../model/document';
import { quantityValues } from '../model/quantities';
import type { Relation, Term } from '../model/relations';
import { fundRole } from '../model/relations';
import { Fix, msg } from './types';
import { digitsFor, displayUnit, halfDigits, termsText, writtenLike } from './util';

const MAX_ALTERNATIVES = 4;

/** Relations each figure takes part in, by the figure's id (ids are 0…n−1: an array, not a map). */
export type RelationsByAmount = Array<Relation[] | undefined>;

export function relationsByAmount(doc: ReportDocument): RelationsByAmount {
  const out: RelationsByAmount = new Array(doc.amounts.length);
  const add = (r: Relation, t: Term) => {
    const list = out[t.amount.id];
    if (list) list.push(r);
    else out[t.amount.id] = [r];
  };
  for (const r of doc.relations) {
    for (const t of r.lhs) add(r, t);
    for (const t of r.rhs) add(r, t);
    for (const t of r.optional) add(r, t);
  }
  return out;
}

/**
 * A 元 figure that makes a failing relation hold when read as 万元 (`项目支出131.31元` where
 * 70万元 + 61.31万元 = 131.31万元): the unit is wrong, not the sum.
 */
export function unitSlip(r: Relation): Amount | undefined {
  const all = amountsOf(r);
  if (!all.some((a) => a.unit === '万元')) return undefined;
  for (const a of all) {
    // Nothing is nothing in any unit (`因公出国（境）费0元`).
    if ((a.unit !== '元' && a.unit !== '千元') || writtenValue(a).isZero()) continue;
    if (holds(r, new Map([[a.id, writtenValue(a)]]))) return a;
  }
  return undefined;
}

/** Whether changing figures keeps every other relation and repeated quantity as it was. */
export function harmless(doc: ReportDocument, byAmount: RelationsByAmount, overrides: Overrides, except?: Relation): boolean {
  for (const [id, value] of overrides) {
    // A figure that agreed with its other mentions must still agree; one that did not, may change.
    // Asked first: it is a lookup, where the relations below are sums.
    const a = doc.amounts[id];
    if (!value.eq(baseValue(a)) && (quantityValues(doc, a).get(baseValue(a).toString())?.count ?? 0) > 1) return false;
    for (const r of byAmount[id] ?? []) {
      if (r === except) continue;
      if (holds(r) && !holds(r, overrides)) return false;
    }
  }
  return true;
}

function setValueFix(a: Amount, value: Decimal, why: { zh: string; en: string } | undefined): Fix | undefined {
  // `（1.38）`: the digits inside the brackets are rewritten, the brackets kept — so only with a
  // value still below nought (taking the brackets away is the drafter's to write).
  const accounting = writtenAsAccounting(a.raw);
  if (accounting && !value.isNegative()) return undefined;
  const digits = digitsFor(accounting ? value.abs() : value, a.unit, a.decimals);
  // A fix that writes what is already there fixes nothing (a false alarm shows, not a fix).
  if (digits === halfDigits(accounting ? a.raw.slice(a.numberStart - a.start, a.numberEnd - a.start) : a.raw)) return undefined;
  const name = a.labelCore || '合计';
  const written = writtenLike(digits, a.raw);
  const shown = accounting ? a.raw.slice(0, a.numberStart - a.start) + written + a.raw.slice(a.numberEnd - a.start) : written;
  return {
    title: msg(`将${name}改为${shown}${a.unit}${why ? why.zh : ''}`, `Change ${name} to ${shown}${a.unit}${why ? why.en : ''}`),
    edits: [{ start: a.numberStart, end: a.numberEnd, newText: written }],
  };
}

/** `（按69.98＋31.14＋15.16计算）`: the reading a computed figure comes from, for its title. */
function computedFrom(terms: Term[], target: Amount): { zh: string; en: string } {
  const text = termsText(terms, displayUnit(terms.map((t) => t.amount).concat(target)));
  return { zh: `（按${text}计算）`, en: ` (computed as ${text})` };
}

/**
 * The computed figure of each reading: the total of a sum (with and without a part that may belong
 * to it), or the carry-over (else the spending) of a fund line. The reading is written out only
 * for a fix that is offered (`why`): most candidates are not.
 */
function computedCandidates(r: Relation, shown: Reading): Array<{ target: Amount; value: Decimal; why: () => { zh: string; en: string } }> {
  if (r.kind === 'fund') {
    const carry = r.rhs.find((t) => fundRole(t.amount) === 'carry');
    const target = carry ? carry.amount : r.anchor;
    const others = [...shown.lhsTerms, ...shown.rhsTerms.filter((t) => t.amount !== target).map((t) => ({ ...t, sign: (t.sign < 0 ? 1 : -1) as 1 | -1 }))];
    return [{ target, value: baseValue(target).plus(shown.diff), why: () => computedFrom(others, target) }];
  }
  const choices = r.optional.length ? [shown.rhsTerms, shown.rhsTerms.filter((t) => !r.optional.includes(t) && !r.optional.some((o) => o.amount === t.amount))] : [shown.rhsTerms];
  return choices.map((terms) => ({
    target: r.anchor,
    value: terms.reduce((acc, t) => (t.sign < 0 ? acc.minus(baseValue(t.amount)) : acc.plus(baseValue(t.amount))), new Decimal(0)),
    why: () => computedFrom(terms, r.anchor),
  }));
}

/**
 * Fixes for a relation that does not add up, best first: a figure that other places of the text
 * already give another value (its own breakdown, the same quantity elsewhere) and that makes the
 * relation hold; then the computed total. A fix that would break another relation is not offered.
 */
export function sumFixes(doc: ReportDocument, r: Relation, byAmount: RelationsByAmount, shown: Reading = evaluate(r).shown): Fix[] {
  const fixes: Fix[] = [];
  const tried = new Set<string>();
  for (const t of [...r.lhs, ...r.rhs, ...r.optional]) {
    const a = t.amount;
    const alternatives: Array<{ value: Decimal; why: { zh: string; en: string } }> = [];
    for (const own of byAmount[a.id] ?? []) {
      // Its own breakdown, where that does not add up: the sum of its items is another value for it.
      if (own === r || own.anchor !== a || own.kind !== 'breakdown' || holds(own)) continue;
      alternatives.push({ value: evaluate(own).shown.rhs, why: { zh: '（与其明细之和一致）', en: ' (the sum of its own items)' } });
    }
    // Each other value the quantity is stated with, once, from its first mention (a few at most).
    let offered = 0;
    for (const { first: other } of quantityValues(doc, a).values()) {
      if (baseValue(other).eq(baseValue(a)) || offered++ >= MAX_ALTERNATIVES) continue;
      const line = doc.lines.lineAt(other.start).index + 1;
      alternatives.push({ value: baseValue(other), why: { zh: `（与第${line}行一致）`, en: ` (as on line ${line})` } });
    }
    for (const alt of alternatives) {
      const key = `${a.id}:${alt.value.toString()}`;
      if (tried.has(key)) continue;
      tried.add(key);
      const overrides = new Map([[a.id, alt.value]]);
      const fix = holds(r, overrides) && harmless(doc, byAmount, overrides, r) ? setValueFix(a, alt.value, alt.why) : undefined;
      if (fix) fixes.push(fix);
    }
  }
  for (const c of computedCandidates(r, shown)) {
    const key = `${c.target.id}:${c.value.toString()}`;
    // A figure that cannot be below nought is not written so; a change can be.
    if ((c.value.isNegative() && r.kind !== 'change') || tried.has(key)) continue;
    tried.add(key);
    const overrides = new Map([[c.target.id, c.value]]);
    const fix = holds(r, overrides) && harmless(doc, byAmount, overrides, r) ? setValueFix(c.target, c.value, c.why()) : undefined;
    if (fix) fixes.push(fix);
  }
  // A judgement: preferred only where it is the one reading there is.
  if (fixes.length === 1) fixes[0].preferred = true;
  return fixes;
}

