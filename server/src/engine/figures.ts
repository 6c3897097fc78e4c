import type { Amount } from '../model/amounts';
import { evaluate, holds } from '../model/arith';
import type { Entry, ReportDocument } from '../model/document';
import type { Relation } from '../model/relations';
import { amountText, displayUnit, inUnit, termsText, widestDecimals } from '../rules/util';
import { toSource } from '../model/source';
import type { LintResult } from './types';

/** `58.59 = 50.36 − 11.65 + 19.88 ✓`: a relation as arithmetic the user can redo. */
export function arithmetic(r: Relation, lang: 'zh' | 'en' = 'zh'): string {
  const ev = evaluate(r);
  const reading = ev.shown;
  const all = [...reading.lhsTerms, ...reading.rhsTerms];
  const unit = displayUnit(all.map((t) => t.amount));
  const plain = (s: string) => s.replace(/＋/g, ' + ').replace(/−/g, ' − ');
  const eq = r.atLeast ? ' ≥ ' : ' = ';
  const line = `${plain(termsText(reading.lhsTerms, unit))}${eq}${plain(termsText(reading.rhsTerms, unit))}`;
  if (ev.holds) return lang === 'zh' ? `${line} ✓（${unit}）` : `${line} ✓ (${unit})`;
  const dec = widestDecimals(all);
  const l = inUnit(reading.lhs, unit, dec);
  const rr = inUnit(reading.rhs, unit, dec);
  return lang === 'zh' ? `${line} ✗（${unit}；左边 ${l}，右边 ${rr}）` : `${line} ✗ (${unit}; left ${l}, right ${rr})`;
}

/** The relations whose total (or spending) is written inside an entry's own lines. */
export function keyRelations(doc: ReportDocument, e: Entry): Relation[] {
  const end = e.children[0]?.start ?? e.sectionEnd;
  return doc.relations.filter((r) => r.anchor.start >= e.start && r.anchor.end <= end && r.kind !== 'children');
}

/**
 * Whether a relation is shown as wrong: it does not add up and a finding says so at its figure. A
 * rule turned off, or a slip reported as a unit, marks nothing ✗.
 */
export function shownWrong(result: LintResult, r: Relation): boolean {
  if (holds(r)) return false;
  const start = toSource(result.doc.input, r.anchor.start);
  return result.findings.some((f) => f.start === start);
}

export function keyFigureText(r: Relation, wrong: boolean): string {
  const a: Amount = r.anchor;
  return `${a.labelCore || '合计'}${amountText(a)} ${wrong ? '✗' : '✓'}`;
}
