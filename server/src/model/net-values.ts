import { Amount, baseValue } from './amounts';
import { holds } from './arith';
import { percentDigits, RateClaim } from './rates';
import type { ReportDocument } from './report';
import { changeRelation, Relation, Term } from './terms';

/**
 * Two differences a report's assets and procurement passages state in prose: an asset's 净值 is
 * its 原值 less its 累计折旧 (or 摊销), and the money a procurement saved is its budget less the
 * price won (`预算420.00万元，中标金额391.50万元，节约资金28.50万元`), its 节约率 that saving over the
 * budget. Read within one paragraph, each figure named as such; a saving may be of any budget the
 * paragraph names before the price (年初 or 调整后), and holds if one gives it.
 */

/** How far back in its paragraph a difference's figures are looked for (figures, and characters). */
const MAX_BACK = 24;
const MAX_CHARS = 600;

/** The words right before a figure, within its line (the label may stop at a bracket: `中标（成交）金额`). */
function wordsOnItsLineBefore(doc: ReportDocument, a: Amount, reach = 14): string {
  const lineStart = doc.lines.lines[a.line].start;
  return doc.text.slice(Math.max(lineStart, a.start - reach), a.start);
}

const NET = /(?<!资产)(?:账面)?净值(?:为|是)?$/;
const WRITTEN_OFF = /累计(?:计提)?(?:折旧|摊销)(?:额|金额)?(?:为|是)?$|已?计提(?:的)?(?:折旧|摊销)(?:额)?(?:为|是)?$/;
const ORIGINAL = /原值(?:为|是|合计)?$/;

const SAVED = /节约(?:资金|金额|额)?(?:为|了)?$|节省(?:资金|金额)?(?:为|了)?$/;
const WON = /(?:中标|成交|合同|签约)(?:（成交）|\(成交\))?(?:金额|价格?|价款)(?:合计|共计|总额)?(?:为|是)?$|中标（成交）金额(?:合计)?(?:为)?$/;
const PROCUREMENT_BUDGET = /(?:采购)?预算(?:金额|资金|数)?(?:合计|总额)?(?:为|是)?$/;
/** `两包合计节约资金51.05万元`: the savings of several purchases together, each said before. */
const TOGETHER = /合计|共计|总计|累计|共节约|共节省/;
const SAVING_RATE = /^[^。；;]{0,12}?(?:资金)?节约率(?:为|达到?|约)?\s*([0-9０-９]{1,3}(?:[.．][0-9０-９]{1,4})?)\s*[%％]/;

/** The nearest figure before index `i` in its paragraph whose words match, back to the one `stop` says ends the search. */
function nearestBefore(doc: ReportDocument, i: number, words: RegExp, stop?: (a: Amount) => boolean): number {
  const a = doc.amounts[i];
  for (let k = i - 1; k >= 0 && k >= i - MAX_BACK; k--) {
    const b = doc.amounts[k];
    if (b.line !== a.line || a.start - b.end > MAX_CHARS) return -1;
    if (stop?.(b)) return -1;
    if (b.kind === 'money' && b.unit === a.unit && b.cell === undefined && words.test(wordsOnItsLineBefore(doc, b))) return k;
  }
  return -1;
}

/** Up to three figures before index `i`, nearest first, whose words match (none past one `stop` says ends the search). */
function allBefore(doc: ReportDocument, i: number, words: RegExp, stop: (a: Amount) => boolean): Amount[] {
  const out: Amount[] = [];
  for (let k = nearestBefore(doc, i, words, stop); k >= 0 && out.length < 3; k = nearestBefore(doc, k, words, stop)) out.push(doc.amounts[k]);
  return out;
}

/**
 * `difference = whole − taken`, the whole any of the figures named so before (a part named alike,
 * `房屋改造增加原值186.42万元` in the list of a `原值`, may be nearer): the reading that holds, else the nearest.
 */
function difference(difference: Amount, wholes: Amount[], taken: Amount): Relation | undefined {
  const readings = wholes.map((w) => changeRelation(difference, w, taken));
  return readings.find((r) => holds(r)) ?? readings[0];
}

/** `原值386.50万元，累计折旧212.35万元，净值164.15万元`: the net value against the two before it. */
function netValue(doc: ReportDocument, i: number): Relation | undefined {
  const isNet = (b: Amount) => NET.test(wordsOnItsLineBefore(doc, b));
  const off = nearestBefore(doc, i, WRITTEN_OFF, isNet);
  return off < 0 ? undefined : difference(doc.amounts[i], allBefore(doc, off, ORIGINAL, isNet), doc.amounts[off]);
}

/**
 * `…中标金额199.63万元。节约率最高的是X项目，节约6.53万元`: a saving in a later sentence that names one
 * purchase (or several) before it is not of the price won (`与政府采购预算相比，节约资金…` is).
 */
function ofOnePurchase(between: string): boolean {
  const sentence = /[。；;]([^。；;]*)$/.exec(between)?.[1];
  return sentence !== undefined && /项目|采购包|最高|最多|最大|其中|分别/.test(sentence);
}

/**
 * `中标价38.60万元；心电图机3台，中标单价2.15万元，计6.45万元，两项合计45.05万元，节约资金2.95万元`: the
 * purchases' prices added up after the first, between it and the saving, are the price it is of.
 */
function pricesTogether(doc: ReportDocument, won: number, saved: number): Amount | undefined {
  for (let k = saved - 1; k > won; k--) {
    const b = doc.amounts[k];
    if (b.kind === 'money' && b.unit === doc.amounts[won].unit && PRICES_ADDED.test(wordsOnItsLineBefore(doc, b))) return b;
  }
  return undefined;
}
const PRICES_ADDED = /(?:[两二三四五六七八九十]|[0-9０-９]{1,2})(?:项|台|批|包|个)(?:采购)?(?:合计|共计|总计)(?:为)?$/;

/** `预算420.00万元，中标金额391.50万元，节约资金28.50万元`: the saving against the budgets named before the price. */
function saving(doc: ReportDocument, i: number): { relation: Relation; budgets: Amount[] } | undefined {
  const isSaving = (b: Amount) => SAVED.test(wordsOnItsLineBefore(doc, b));
  const won = nearestBefore(doc, i, WON, isSaving);
  if (won < 0 || ofOnePurchase(doc.text.slice(doc.amounts[won].end, doc.amounts[i].start))) return undefined;
  const budgets = allBefore(doc, won, PROCUREMENT_BUDGET, isSaving);
  const relation = difference(doc.amounts[i], budgets, pricesTogether(doc, won, i) ?? doc.amounts[won]);
  // (The rate may be over any of them: `节约率` is read against each.)
  return relation && { relation, budgets };
}

/** `节约资金207.28万元，节约率7.82%`: the saving over the budget it is of. */
function savingRate(doc: ReportDocument, saved: Amount, budgets: Amount[], taken: ReadonlySet<number>): RateClaim | undefined {
  const after = doc.text.slice(saved.end, saved.end + 40);
  const m = SAVING_RATE.exec(after);
  if (!m) return undefined;
  const numberStart = saved.end + m[0].lastIndexOf(m[1]);
  if (taken.has(numberStart)) return undefined;
  const terms: Term[][] = budgets.map((b) => [{ amount: b, sign: 1 }]);
  return {
    start: saved.end + m.index, end: saved.end + m.index + m[0].length, numberStart, numberEnd: numberStart + m[1].length, line: saved.line,
    ...percentDigits(m[1]), spend: [saved], budgets: terms, word: '节约率',
  };
}

/** The net values and savings the prose states, and the saving rates said with them. */
export function netValuesAndSavings(doc: ReportDocument, taken: ReadonlySet<number>): { relations: Relation[]; rates: RateClaim[] } {
  const relations: Relation[] = [];
  const rates: RateClaim[] = [];
  doc.amounts.forEach((a, i) => {
    if (a.kind !== 'money' || a.cell !== undefined || baseValue(a).isNegative()) return;
    const words = wordsOnItsLineBefore(doc, a);
    if (NET.test(words)) {
      const r = netValue(doc, i);
      if (r) relations.push(r);
    } else if (SAVED.test(words) && !TOGETHER.test(words)) {
      const s = saving(doc, i);
      if (!s) return;
      relations.push(s.relation);
      const rate = savingRate(doc, a, s.budgets, taken);
      if (rate) rates.push(rate);
    }
  });
  return { relations, rates };
}
