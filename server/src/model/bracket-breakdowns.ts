import { Amount } from './amounts';
import type { ReportDocument } from './report';
import { NO_TERMS, Relation, standsApart, terms } from './terms';
import { lessWhatIsLeft, someIncluded } from './breakdown-asides';
import { overlappingPeople } from './breakdown-staff';

/**
 * Breakdowns in brackets: `基本支出254.37万元（其中人员经费226.90万元，公用经费28.47万元）` — the
 * figures inside a bracket are the parts of the figure the bracket follows.
 */

/** `（含…）` groups: the figures inside break down the figure they follow. */
export function bracketBreakdowns(doc: ReportDocument, relations: Relation[], inBreakdown: Set<number>): void {
  const byOwner = new Map<number, Amount[]>();
  for (const a of doc.amounts) {
    if (a.insideOf === undefined || a.insideOf < 0) continue;
    const list = byOwner.get(a.insideOf);
    if (list) list.push(a);
    else byOwner.set(a.insideOf, [a]);
  }
  for (const [owner, inside] of byOwner) {
    for (const [total, parts] of byInnerOwner(doc.text, doc.amounts[owner], inside)) {
      // `共计93.00万元（8座×3万元＋46座×1.5万元）`: factors of a product (and comparisons) are no parts.
      const same = untilInnerQizhong(doc.text, parts.filter((p) => p.kind === total.kind && !standsApart(p)));
      // `专业技术人员44人（正高级9人、副高级17人）`: ranks and other attributes name some only.
      if (same.length < 2 || overlappingPeople(doc.text, { total, parts: same })) continue;
      for (const p of same) inBreakdown.add(p.id);
      // (`收支结余9.05万元（本年预算收入247.22万元减去支出238.17万元）`: a figure said as taken away.)
      const rhs = lessWhatIsLeft(total, terms(same).map((t) => (TAKEN_AWAY.test(t.amount.label) ? { ...t, sign: -1 as const } : t)));
      relations.push({ kind: 'breakdown', anchor: total, lhs: [{ amount: total, sign: 1 }], rhs, optional: NO_TERMS, atLeast: someIncluded(doc.text, total, rhs) });
    }
  }
}

const TAKEN_AWAY = /^[\s，,]*(?:减去|扣除|减除|减)/;

/**
 * The figures of a bracket by the figure each bracket in it follows: `基本支出254.37万元（其中人员经费
 * 226.90万元（含在职人员198.45万元，退休人员28.45万元），公用经费28.47万元）` — 226.90 and 28.47 are the
 * outer figure's, 198.45 and 28.45 those of 226.90. A bracket after no figure holds asides.
 */
function byInnerOwner(text: string, owner: Amount, inside: Amount[]): Map<Amount, Amount[]> {
  const out = new Map<Amount, Amount[]>();
  const byEnd = new Map(inside.map((a) => [a.end, a]));
  const stack: Array<Amount | undefined> = [];
  let k = 0;
  const last = inside[inside.length - 1].start;
  for (let i = owner.end; i <= last && k < inside.length; i++) {
    const ch = text[i];
    if (ch === '（' || ch === '(') {
      let q = i;
      while (q > owner.end && (text[q - 1] === ' ' || text[q - 1] === '\u3000')) q--;
      stack.push(stack.length === 0 ? owner : byEnd.get(q));
    } else if (ch === '）' || ch === ')') stack.pop();
    for (; k < inside.length && inside[k].start === i; k++) {
      const of = stack[stack.length - 1];
      const list = of && out.get(of);
      if (list) list.push(inside[k]);
      else if (of) out.set(of, [inside[k]]);
    }
  }
  return out;
}

/**
 * `公用经费23.47万元（含“三公”经费3.12万元，其中公务用车运行维护费2.40万元，公务接待费0.72万元）`: a 其中
 * after the bracket's first figure splits that figure; the bracket's own parts end before it.
 */
function untilInnerQizhong(text: string, parts: Amount[]): Amount[] {
  for (let k = 1; k < parts.length; k++) if (text.slice(parts[k - 1].end, parts[k].start).includes('其中')) return parts.slice(0, k);
  return parts;
}
