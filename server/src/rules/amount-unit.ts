import { Amount, writtenValue } from '../model/amounts';
import { Decimal } from '../model/decimal';
import type { ReportDocument } from '../model/document';
import { amountsOf } from '../model/arith';
import { failedReading, RateClaim, rateUnitSlip } from '../model/rates';
import { canonicalLabel } from '../model/quantities';
import { productUnitSlips } from '../model/products';
import { carriesInYuan } from '../model/carry-in-yuan';
import { unitSlip } from './amount-fixes';
import { rowName } from '../model/tables';
import { PAGE_NUMBER_LEFT } from '../model/layout';
import { Finding, Message, msg, Rule } from './types';
import { amountText, halfDigits, termsText } from './util';
import { beyondTheUnitsScale, slipFinding, unitFix } from './unit-scale';
import { conversionSlips, headerUnitSlips, shareName, tableNoteSlips } from './unit-notes';
import { appendAll } from '../model/arrays';


/**
 * `动物防疫经费216.45万元` … `动物防疫经费实际支出216.45元`: one figure written twice, once in the unit
 * the draft uses and once in another. Pairs [slip, the figure whose unit is right].
 */
function sameDigitsOtherUnit(doc: ReportDocument): Array<[Amount, Amount]> {
  // (`项目支出832.16亿元` beside `项目支出832.16万元`: 亿元 for 万元 too.)
  const money = doc.amounts.filter((a) => a.kind === 'money' && !a.approximate && (a.unit === '元' || a.unit === '万元' || a.unit === '亿元'));
  const wan = money.filter((a) => a.unit === '万元').length;
  const usual = wan * 2 >= money.filter((a) => a.unit !== '亿元').length ? '万元' : '元';
  const byDigits = new Map<string, Amount[]>();
  for (const a of money) {
    // Only digits that cannot meet by chance: decimals, or at least three digits.
    if (a.decimals === 0 && a.valueText.replace(/^0+/, '').length < 3) continue;
    // Nought is nought in any unit: `0.00元` beside `0.00万元` is no slip.
    if (writtenValue(a).isZero()) continue;
    const list = byDigits.get(a.valueText);
    if (list) list.push(a);
    else byDigits.set(a.valueText, [a]);
  }
  const out: Array<[Amount, Amount]> = [];
  for (const list of byDigits.values()) {
    const inUsual = list.filter((b) => b.unit === usual);
    if (inUsual.length === list.length) continue;
    for (const a of list) {
      if (a.unit === usual) continue;
      const other = inUsual.find((b) => shareName(a.label, b.label) || sameKindNearby(a, b));
      if (other) out.push([a, other]);
    }
  }
  return out;
}

/** The kind of money a label names (`项目支出`, `实际支出`; `结余`, `结余结转`). */
const MONEY_KIND = /(支出|结余|结转|预算|收入)/;
/** How near two mentions of a figure stand to be the same thing said twice, by their kind alone. */
const NEAR_LINES = 12;

/**
 * `实际支出30.89万元` and, a line below, `项目支出30.89元`: the same kind of money, said nearby, in prose
 * (a cell's unit is its table's, whose note is the slip where it is one).
 */
function sameKindNearby(a: Amount, b: Amount): boolean {
  const kind = a.cell === undefined ? MONEY_KIND.exec(a.labelCore)?.[1] : undefined;
  return kind !== undefined && b.labelCore.includes(kind) && Math.abs(a.line - b.line) <= NEAR_LINES && !SMALL_MONEY.test(a.label);
}

/** Money a small 元 figure is really counted in, however its neighbours are written. */
const SMALL_MONEY = /利息|手续费|工本费|每|人均|单价|标准/;

/**
 * `培训费20.00万元，设备购置费30.00元，维修费70.00万元`: one 元 figure in a list of 万元 figures
 * with no total to settle it. Only when two figures of the sentence at least are in 万元, all
 * with the decimals this one has, and its digits are of their size (a tenth to ten times): a real
 * 元 figure among 万元 ones is written in whole 元 or is far from their size (`850元`, `3000元`).
 */
function oddUnitInList(lone: LoneYuan[], flagged: Set<number>): Amount[] {
  const out: Amount[] = [];
  for (const { a, wan } of lone) {
    if (wan.length < 2 || flagged.has(a.id)) continue;
    const values = wan.map(writtenValue);
    const min = Decimal.min(...values);
    const max = Decimal.max(...values);
    const value = writtenValue(a);
    if (value.lt(min.div(10)) || value.gt(max.times(10))) continue;
    out.push(a);
  }
  return out;
}

/**
 * Sentences of money figures in 万元 but one in 元, with the decimals they have, that no relation
 * settles: the 元 figure and the sentence's 万元 figures.
 */
interface LoneYuan {
  a: Amount;
  wan: Amount[];
}

function loneYuanAmongWan(doc: ReportDocument, flagged: Set<number>): LoneYuan[] {
  const bySentence = new Map<number, Amount[]>();
  for (const a of doc.amounts) {
    if (a.kind !== 'money' || a.approximate || a.perUnit || a.cell) continue;
    const list = bySentence.get(a.sentence);
    if (list) list.push(a);
    else bySentence.set(a.sentence, [a]);
  }
  const out: LoneYuan[] = [];
  for (const list of bySentence.values()) {
    const yuan = list.filter((a) => a.unit === '元');
    const wan = list.filter((a) => a.unit === '万元');
    if (yuan.length !== 1 || wan.length < 1) continue;
    const a = yuan[0];
    if (flagged.has(a.id) || a.decimals === 0 || SMALL_MONEY.test(a.label) || writtenValue(a).isZero()) continue;
    if (wan.some((b) => b.decimals !== a.decimals)) continue;
    out.push({ a, wan });
  }
  if (out.length === 0) return out;
  // The relations' figures are gathered only when there is a candidate: tables hold thousands.
  const inRelation = new Set<number>();
  for (const r of doc.relations) for (const a of amountsOf(r)) inRelation.add(a.id);
  return out.filter(({ a }) => !inRelation.has(a.id));
}

/** How many sentences back a figure the sentence's figures make up may stand (the line before). */
const SPLIT_REACH = 3;

/**
 * `实际支出13.12万元。…主要用于…活动支出8.45万元，…培训支出4.67元`: the sentence's figures, the
 * 元 one read as 万元, make up a 万元 figure just before — the spending it splits, which no word
 * ties to it. Read in 元 they fall short of it by almost exactly that figure.
 */
function splitOfFigureBefore(doc: ReportDocument, lone: LoneYuan[]): Array<LoneYuan & { whole: Amount }> {
  const out: Array<LoneYuan & { whole: Amount }> = [];
  if (lone.length === 0) return out;
  const before = new Map<number, Amount[]>();
  for (const b of doc.amounts) {
    if (b.kind !== 'money' || b.unit !== '万元' || b.approximate || b.perUnit) continue;
    const list = before.get(b.sentence);
    if (list) list.push(b);
    else before.set(b.sentence, [b]);
  }
  for (const { a, wan } of lone) {
    const sum = wan.reduce((s, b) => s.plus(writtenValue(b)), writtenValue(a));
    let whole: Amount | undefined;
    for (let k = a.sentence - 1; k >= Math.max(0, a.sentence - SPLIT_REACH) && !whole; k--) {
      whole = before.get(k)?.find((b) => b.decimals === a.decimals && writtenValue(b).eq(sum));
    }
    if (whole) out.push({ a, wan, whole });
  }
  return out;
}

/** The quantities near the whole budget of the unit: none of them is a few thousand 元. */
const WHOLE_BUDGET = new Set(['支出', '收入', '预算收入', '年初预算', '财政拨款收入', '财政拨款支出', '基本支出']);

/**
 * `年初预算收入2,106.30元` where 收入合计 is 2,316.85万元: one of the unit's own totals written in 元
 * is a ten-thousandth of the budget the draft states in 万元, and read as 万元 it is a good part
 * of it (a fifth to one and a half times). No sum needs to settle it.
 */
function wholeBudgetInYuan(doc: ReportDocument, flagged: Set<number>): Amount[] {
  let scale: Decimal | undefined;
  for (const a of doc.amounts) {
    if (a.unit !== '万元' || a.kind !== 'money' || a.approximate || a.cell || !WHOLE_BUDGET.has(canonicalLabel(a.labelCore) ?? '')) continue;
    if (!scale || writtenValue(a).gt(scale)) scale = writtenValue(a);
  }
  if (!scale || scale.isZero()) return [];
  const max = scale;
  return doc.amounts.filter((a) => {
    if (a.unit !== '元' || flagged.has(a.id) || a.approximate || a.perUnit || a.cell || a.decimals === 0 || SMALL_MONEY.test(a.label)) return false;
    if (!WHOLE_BUDGET.has(canonicalLabel(a.labelCore) ?? '')) return false;
    const v = writtenValue(a);
    return v.gte(max.times(0.2)) && v.lte(max.times(1.5));
  });
}

/** A 元 figure in a rate of 万元 that holds only when read as 万元 (`实际支出131.31元` of `预算140.00万元`). */
function rateSlips(doc: ReportDocument, flagged: Set<number>): Finding[] {
  const slips: Array<[Amount, RateClaim]> = [];
  for (const claim of doc.rates) {
    const a = rateUnitSlip(claim);
    if (a && !flagged.has(a.id) && failedReading(claim)) slips.push([a, claim]);
  }
  // (Cells that take their unit from a header saying 元: the header is the slip, once per column.)
  const out = headerUnitSlips(doc, slips.map(([a]) => a), flagged);
  for (const [a, claim] of slips) {
    if (flagged.has(a.id)) continue;
    flagged.add(a.id);
    out.push(slipFinding(a, '万元', msg(
      `${a.labelCore}${amountText(a)}的单位应为万元：按万元计算，执行率${claim.valueText}%才相符`,
      `${a.labelCore} ${amountText(a)} should be in 万元: only then is the rate ${claim.valueText}% right`,
    )));
  }
  return out;
}

/**
 * `公务接待费2.31元` among 万元 figures, where a table in 元 gives the row 公务接待费 23,140.00: the
 * prose states the table's figures in 万元 and wrote 元. Pairs [slip, the table's cell]; only a row
 * named as the figure is, and a cell of a thousand 元 or more.
 */
function tableFigureInWan(doc: ReportDocument, lone: LoneYuan[], flagged: Set<number>): Array<[Amount, Amount]> {
  const out: Array<[Amount, Amount]> = [];
  for (const { a } of lone) {
    if (flagged.has(a.id) || a.labelCore.length < 3) continue;
    const value = writtenValue(a);
    const cell = doc.layout.tables.flatMap((t, ti) => {
      const figures = doc.tableFigures[ti];
      return t.rows.flatMap((row, ri) => {
        const name = rowName(t, row).replace(/^其中[:：]?/, '');
        if (name !== a.labelCore) return [];
        return figures.cells.slice(ri * figures.width, (ri + 1) * figures.width).filter((b): b is Amount => b !== undefined && b.unit === '元'
          && writtenValue(b).gte(1000) && writtenValue(b).div(10000).toDecimalPlaces(a.decimals, Decimal.ROUND_HALF_UP).eq(value));
      });
    })[0];
    if (cell) out.push([a, cell]);
  }
  return out;
}

/** A unit slip shown beside the figure that settles it. */
function slipBeside(a: Amount, unit: string, other: Amount, message: Message): Finding {
  const where = other.line + 1;
  return { ...slipFinding(a, unit, message), related: [{ start: other.start, end: other.end, message: msg(`第${where}行：${amountText(other)}`, `line ${where}: ${amountText(other)}`) }] };
}

function sameDigitsFindings(doc: ReportDocument, flagged: Set<number>): Finding[] {
  const findings = tableNoteSlips(doc, flagged);
  for (const [a, other] of sameDigitsOtherUnit(doc)) {
    if (flagged.has(a.id)) continue;
    flagged.add(a.id);
    const where = other.line + 1;
    findings.push(slipBeside(a, other.unit, other, msg(
      `${a.labelCore}${amountText(a)}与第${where}行的${other.labelCore}${amountText(other)}数字相同而单位不同，单位应为“${other.unit}”`,
      `${a.labelCore} ${amountText(a)} has the digits of ${other.labelCore} ${amountText(other)} on line ${where} in another unit; the unit should be ${other.unit}`,
    )));
  }
  return findings;
}

function tableFigureFindings(doc: ReportDocument, lone: LoneYuan[], flagged: Set<number>): Finding[] {
  return tableFigureInWan(doc, lone, flagged).map(([a, cell]) => {
    flagged.add(a.id);
    const where = cell.line + 1;
    return slipBeside(a, '万元', cell, msg(
      `${a.labelCore}${amountText(a)}是第${where}行表中${amountText(cell)}折合的万元数，单位应为万元`,
      `${a.labelCore} ${amountText(a)} is the table's ${amountText(cell)} on line ${where} in 万元; the unit should be 万元`,
    ));
  });
}

/** A 元 figure in a sentence that splits a 万元 figure just before, which adds up in 万元 only. */
function splitSlips(doc: ReportDocument, lone: LoneYuan[], flagged: Set<number>): Finding[] {
  const out: Finding[] = [];
  for (const { a, wan, whole } of splitOfFigureBefore(doc, lone)) {
    flagged.add(a.id);
    const sum = [...wan, a].sort((x, y) => x.start - y.start).map((b) => halfDigits(b.raw)).join('＋');
    const where = whole.line + 1;
    out.push({
      ...slipFinding(a, '万元', msg(
        `${a.labelCore}${amountText(a)}的单位应为万元：按万元计算，${sum}＝${halfDigits(whole.raw)}（万元），正是第${where}行的${whole.labelCore}${amountText(whole)}`,
        `${a.labelCore} ${amountText(a)} should be in 万元: only then do ${sum} make ${whole.labelCore} ${amountText(whole)} on line ${where}`,
      )),
      related: [{ start: whole.start, end: whole.end, message: msg(`第${where}行：${amountText(whole)}`, `line ${where}: ${amountText(whole)}`) }],
    });
  }
  return out;
}

/** A line that ends with `万` and the next that opens with `元`. */
const WRAPPED_YUAN = /^\r?\n[ \t\u3000]*元/;

export const amountUnit: Rule = {
  id: 'amount.unit',
  defaultSeverity: 'warning',
  tags: ['arithmetic'],
  fixSafety: 'judgement',
  description: msg('金额单位几乎肯定有误（元与万元混用，或“万”后缺“元”）', 'An amount\'s unit is almost surely wrong (元 for 万元, or 万 without 元)'),
  check(doc) {
    const findings: Finding[] = [];
    // A product's total written in 元 that is the product in 万元 is amount.product-mismatch's finding.
    const flagged = new Set<number>(productUnitSlips(doc).map((a) => a.id));
    // 1. A 元 figure in a sum of 万元 that adds up only when read as 万元.
    for (const r of doc.relations) {
      const a = unitSlip(r);
      if (!a || flagged.has(a.id)) continue;
      flagged.add(a.id);
      // The relation as it holds with the figure read as 万元: `70＋61.31＝131.31＋0（万元）`.
      const asWan = (ts: typeof r.lhs) => ts.map((t) => (t.amount === a ? { ...t, amount: { ...a, unit: '万元' } } : t));
      const equation = `${termsText(asWan(r.lhs), '万元')}＝${termsText(asWan([...r.rhs, ...r.optional]), '万元')}（万元）`;
      findings.push({
        ruleId: this.id,
        start: a.start,
        end: a.end,
        message: msg(
          `${a.labelCore}${amountText(a)}的单位应为万元：按万元计算才相符，${equation}`,
          `${a.labelCore} ${amountText(a)} should be in 万元: only then does it add up, ${equation}`,
        ),
        fixes: unitFix(a, '万元'),
      });
    }
    appendAll(findings, rateSlips(doc, flagged));
    // 1b. A figure said again in another unit that is not the same money (`92.56万元（即9,256,000元）`).
    appendAll(findings, conversionSlips(doc, flagged));
    // 2. The same digits for the same thing in 万元 here and 元 there: the odd unit out is the slip.
    appendAll(findings, sameDigitsFindings(doc, flagged));
    // 3. A 万元 figure far beyond everything the unit has (`募集善款87663.43万元` in a 101万元 budget).
    appendAll(findings, beyondTheUnitsScale(doc, flagged));
    // 4. One of the unit's own totals in 元, a ten-thousandth of its budget.
    for (const a of wholeBudgetInYuan(doc, flagged)) {
      flagged.add(a.id);
      findings.push(slipFinding(a, '万元', msg(
        `${a.labelCore}${amountText(a)}按“元”计还不到本单位预算的千分之一，按“万元”计则与之相当：单位应为万元`,
        `${a.labelCore} ${amountText(a)} is not a thousandth of the unit's budget in 元, and of its size in 万元: the unit should be 万元`,
      )));
    }
    // 4b. A balance in 元 that is the money before less the spending, in 万元.
    for (const { carry, total, spent } of carriesInYuan(doc, flagged)) {
      flagged.add(carry.id);
      findings.push(slipBeside(carry, '万元', total, msg(
        `${carry.labelCore}${amountText(carry)}的单位应为万元：${halfDigits(total.raw)}－${halfDigits(spent.raw)}＝${halfDigits(carry.raw)}（万元）`,
        `${carry.labelCore} ${amountText(carry)} should be in 万元: ${halfDigits(total.raw)} − ${halfDigits(spent.raw)} = ${halfDigits(carry.raw)} (万元)`,
      )));
    }
    // 5. One 元 figure in a sentence that splits a 万元 figure just before: it adds up in 万元 only.
    // (The sentences with one 元 figure among 万元 ones are found once, for this and the next.)
    const lone = loneYuanAmongWan(doc, flagged);
    appendAll(findings, splitSlips(doc, lone, flagged));
    // 5b. One 元 figure among 万元 ones that is a table's 元 figure of that row in 万元.
    appendAll(findings, tableFigureFindings(doc, lone, flagged));
    // 6. One 元 figure in a list of 万元 figures of its size, with no sum to settle it: a hint.
    for (const a of oddUnitInList(lone, flagged)) {
      flagged.add(a.id);
      findings.push({
        ...slipFinding(a, '万元', msg(
          `${a.labelCore}${amountText(a)}前后同类金额均以万元计且位数相当，请确认单位是否应为万元`,
          `${a.labelCore} ${amountText(a)} stands among figures of its size in 万元; check whether its unit should be 万元`,
        )),
        severity: 'hint',
      });
    }
    // 7. `补助22.1万`: money written without 元.
    for (const a of doc.amounts) {
      if (a.unit !== '万' || flagged.has(a.id)) continue;
      // `人员经费231.02万` / `元，公用经费…`: a copied PDF's line broke the unit, not the drafter.
      if (WRAPPED_YUAN.test(doc.text.slice(a.end, a.end + 8)) || yuanPastThePage(doc, a)) continue;
      findings.push({
        ruleId: this.id,
        start: a.start,
        end: a.end,
        severity: 'hint',
        message: msg(`金额“${amountText(a)}”缺少“元”，应写作“${halfDigits(a.raw)}万元”`, `The amount "${amountText(a)}" lacks 元; write "${halfDigits(a.raw)}万元"`),
        fixes: unitFix(a, '万元'),
      });
    }
    return findings;
  },
};

/**
 * `项目支出187.36万` / `1` / `…自评报告` / `元，结余结转…`: the 元 after the page's lines (its number, its
 * running header) that a PDF put in the middle of the figure.
 */
function yuanPastThePage(doc: ReportDocument, a: Amount): boolean {
  const lines = doc.lines.lines;
  if (doc.text.slice(a.end, lines[a.line].end).trim() !== '') return false;
  let l = a.line + 1;
  // (A lone number there is the page's too, running header or not: `3.32万` / `2` / `元，…`.)
  while (l < lines.length && l <= a.line + 4 && (doc.layout.kinds.get(l) === 'page' || lines[l].text.trim() === '' || PAGE_NUMBER_LEFT.test(lines[l].text))) l++;
  return l > a.line + 1 && l < lines.length && /^[ \t\u3000]*元/.test(lines[l].text);
}
