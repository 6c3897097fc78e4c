import { Amount, baseValue } from '../model/amounts';
import type { Decimal } from '../model/decimal';
import { GrowthClaim, growthReading } from '../model/growth';
import { ChangeOnlyClaim, changeOnlyClaims, changeOnlyReading } from '../model/change-only-rates';
import { evaluate } from '../model/arith';
import { failedReading, followsFromWrongTotal, RateClaim, rateReadings, RateReading, rateUnitSlip } from '../model/rates';
import type { ReportDocument } from '../model/report';
import type { Relation, Term } from '../model/relations';
import { FindingWithFixesLater } from './lazy-fixes';
import { completionClaims, failedCompletion } from '../model/completion-rates';
import { failedPointChange, pointChanges } from '../model/point-changes';
import { Finding, Fix, msg, Rule } from './types';
import { amountText, displayUnit, inUnit, termsText } from './util';

function budgetText(terms: Term[]): string {
  if (terms.length === 1) return amountText(terms[0].amount);
  const unit = displayUnit(terms.map((t) => t.amount));
  return `（${termsText(terms, unit)}）${unit}`;
}

function readingText(r: RateReading): string {
  return `${amountText(r.spend)}÷${budgetText(r.budget)}＝${r.computed!.toFixed(2)}%`;
}

/** The rate each reading gives, to the digits the drafter wrote: one fix per value, preferred only if alone. */
function rateFixes(claim: RateClaim, readings: RateReading[]): Fix[] {
  const byValue = new Map<string, RateReading>();
  // A rate above 100% is not offered where another reading gives one that is not (an opening
  // budget beside the year's: the rate would then be read over the year's, and fail again).
  const within = readings.some((r) => r.computed && r.computed.lte(100));
  for (const r of readings) {
    if (!r.computed || (within && r.computed.gt(100))) continue;
    const value = r.computed.toFixed(claim.decimals);
    if (value !== claim.valueText && !byValue.has(value)) byValue.set(value, r);
  }
  return [...byValue].slice(0, 3).map(([value, r]) => ({
    title: msg(`改为${value}%（按${readingText(r)}计算）`, `Change to ${value}% (from ${readingText(r)})`),
    edits: [{ start: claim.numberStart, end: claim.numberEnd, newText: value }],
    preferred: byValue.size === 1 || undefined,
  }));
}

const fixesOf = (claim: RateClaim): Fix[] => rateFixes(claim, rateReadings(claim));

/** `（2.87−3.46）÷3.46万元＝-17.05%`: a change over its base, as the user can redo it. */
function changeOverBase(a: Amount, b: Amount, base: Amount, computed: Decimal): string {
  const unit = displayUnit([a, b]);
  const dec = Math.max(a.decimals, b.decimals);
  return `（${inUnit(baseValue(a), unit, dec)}−${inUnit(baseValue(b), unit, dec)}）÷${amountText(base)}＝${computed.toFixed(2)}%`;
}

/**
 * `较2023年的1138.50万元增长9.15%`: the change ÷ last year's figure, to the digits written. The fix
 * (one, labelled) writes the percentage the two figures give.
 */
function growthFinding(ruleId: string, claim: GrowthClaim): Finding | undefined {
  if (claim.reversed) return reversedFinding(ruleId, claim, claim.reversed.word);
  const { holds, computed } = growthReading(claim);
  if (holds) return undefined;
  // A table's 增减率 always has both figures of its row.
  if (claim.signStart !== undefined && claim.now) return signedChangeFinding(ruleId, { ...claim, now: claim.now }, claim.falls ? computed.neg() : computed, claim.signStart);
  const word = `${claim.subject ? `“${claim.subject}”` : ''}${claim.word ?? (claim.falls ? '下降' : '增长')}`;
  const now = claim.now;
  const shown = now
    ? changeOverBase(claim.falls ? claim.before : now, claim.falls ? now : claim.before, claim.before, computed)
    // Only the change and last year's figure are said: `1.84÷11.20万元＝16.43%`.
    : `${inUnit(baseValue(claim.change!), displayUnit([claim.change!, claim.before]), claim.change!.decimals)}÷${amountText(claim.before)}＝${computed.toFixed(2)}%`;
  const value = computed.toFixed(claim.decimals);
  return {
    ruleId, start: claim.start, end: claim.end,
    message: msg(`${word}${claim.valueText}%与${shown}不符`, `${claim.subject ? `"${claim.subject}": ` : ''}${claim.word ? `${claim.word} of` : claim.falls ? 'A fall of' : 'A rise of'} ${claim.valueText}% does not equal ${shown}`),
    related: [{ start: claim.before.start, end: claim.before.end, message: claim.word ? msg(`比较基数：${amountText(claim.before)}`, `compared with: ${amountText(claim.before)}`) : msg(`上年：${amountText(claim.before)}`, `last year: ${amountText(claim.before)}`) }],
    fixes: [{
      title: msg(`改为${value}%（按${shown}计算）`, `Change to ${value}% (from ${shown})`),
      edits: [{ start: claim.numberStart, end: claim.numberEnd, newText: value }],
      preferred: true,
    }],
  };
}

/**
 * `决算数28.64万元，比预算数减少3.36万元，下降11.50%`: the change over the figure it makes with this
 * year's, `3.36÷（28.64＋3.36）万元＝10.50%`. The fix (one, labelled) writes that percentage.
 */
function changeOnlyFinding(ruleId: string, claim: ChangeOnlyClaim): Finding | undefined {
  const { holds, computed } = changeOnlyReading(claim);
  if (holds) return undefined;
  const unit = displayUnit([claim.now, claim.change]);
  const dec = Math.max(claim.now.decimals, claim.change.decimals);
  const d = inUnit(baseValue(claim.change), unit, dec);
  const now = inUnit(baseValue(claim.now), unit, dec);
  const over = claim.bases.has(claim.now) ? `${now}${unit}` : `（${now}${claim.falls ? '＋' : '−'}${d}）${unit}`;
  const shown = `${d}÷${over}＝${computed.toFixed(2)}%`;
  const word = claim.falls ? '下降' : '增长';
  const value = computed.toFixed(claim.decimals);
  return {
    ruleId, start: claim.start, end: claim.end,
    message: msg(`${word}${claim.valueText}%与${shown}不符`, `${claim.falls ? 'A fall' : 'A rise'} of ${claim.valueText}% does not equal ${shown}`),
    related: [{ start: claim.change.start, end: claim.change.end, message: msg(`变动额：${amountText(claim.change)}`, `the change: ${amountText(claim.change)}`) }],
    fixes: [{ title: msg(`改为${value}%（按${shown}计算）`, `Change to ${value}% (from ${shown})`), edits: [{ start: claim.numberStart, end: claim.numberEnd, newText: value }], preferred: true }],
  };
}

/** The other way's word: `下降` for `增长`, `减少` for `增加`. */
const OTHER_WAY: Record<string, string> = { 增长: '下降', 增加: '减少', 上升: '下降', 提高: '降低', 增幅: '降幅', 涨幅: '降幅', 下降: '增长', 减少: '增加', 降低: '提高', 下滑: '上升', 降幅: '增幅', 减幅: '增幅' };

/**
 * `基本支出1590.36万元，较上年1536.52万元下降3.50%`: the size is the change's, the word the other way.
 * The fix (one, labelled) writes the other word.
 */
function reversedFinding(ruleId: string, claim: GrowthClaim, word: string): Finding | undefined {
  const now = claim.now;
  const other = OTHER_WAY[word];
  if (!now || !other) return undefined;
  const rose = baseValue(now).gt(baseValue(claim.before));
  return {
    ruleId, start: claim.start, end: claim.end,
    message: msg(
      `写的是“${word}${claim.valueText}%”，但${amountText(now)}比${amountText(claim.before)}${rose ? '增加' : '减少'}了，应为“${other}”`,
      `It says "${word} ${claim.valueText}%", but ${amountText(now)} is ${rose ? 'more' : 'less'} than ${amountText(claim.before)}: the word should be "${other}"`,
    ),
    related: [{ start: claim.before.start, end: claim.before.end, message: msg(`上年：${amountText(claim.before)}`, `last year: ${amountText(claim.before)}`) }],
    fixes: [{
      title: msg(`改为“${other}”`, `Change to "${other}"`),
      edits: [{ start: claim.start, end: claim.start + word.length, newText: other }],
      preferred: true,
    }],
  };
}

/**
 * A table's 增减率 (`-17.05%`): the later figure less the earlier, over the earlier, with its sign.
 * The fix (one, labelled) writes the percentage and sign the two figures give.
 */
function signedChangeFinding(ruleId: string, claim: GrowthClaim & { now: Amount }, signed: Decimal, signStart: number): Finding {
  const { now, before } = claim;
  const shown = changeOverBase(now, before, before, signed);
  const written = `${claim.falls ? '-' : ''}${claim.valueText}`;
  const subject = claim.subject ? `“${claim.subject}”` : '';
  return {
    ruleId, start: claim.start, end: claim.end,
    message: msg(`${subject}增减率${written}%与${shown}不符`, `${claim.subject ? `"${claim.subject}": ` : ''}a change of ${written}% does not equal ${shown}`),
    related: [{ start: before.start, end: before.end, message: msg(`比较基数：${amountText(before)}`, `compared with: ${amountText(before)}`) }],
    fixes: signedChangeFixes(claim, signed, signStart, shown),
  };
}

/**
 * The percentage and sign the figures give, written as the cell writes its sign: the sign and digits
 * of `-5.58%` written anew, an accountant's negative (`（5.58%）`) rewritten inside its brackets — and
 * not at all where that rate changes sign (the brackets would have to go: the drafter's to write).
 */
function signedChangeFixes(claim: GrowthClaim, signed: Decimal, signStart: number, shown: string): Fix[] {
  const value = signed.toFixed(claim.decimals);
  if (claim.accountingSign) {
    if (!signed.isNegative()) return [];
    const digits = signed.abs().toFixed(claim.decimals);
    return [{ title: msg(`改为（${digits}%）（按${shown}计算）`, `Change to (${digits}%) (from ${shown})`), edits: [{ start: claim.numberStart, end: claim.numberEnd, newText: digits }], preferred: true }];
  }
  return [{ title: msg(`改为${value}%（按${shown}计算）`, `Change to ${value}% (from ${shown})`), edits: [{ start: signStart, end: claim.numberEnd, newText: value }], preferred: true }];
}

/** The sum of the parts of each figure whose breakdown fails (in 万元 for money), asked figure by figure. */
function failingSums(doc: ReportDocument): (a: Amount) => Decimal | undefined {
  const byTotal = new Map<number, Relation[]>();
  for (const r of doc.relations) {
    if (r.kind !== 'breakdown' || r.lhs.length !== 1) continue;
    const list = byTotal.get(r.anchor.id);
    if (list) list.push(r);
    else byTotal.set(r.anchor.id, [r]);
  }
  return (a) => {
    for (const r of byTotal.get(a.id) ?? []) {
      const { holds, shown } = evaluate(r);
      if (!holds) return shown.rhs;
    }
    return undefined;
  };
}

/**
 * 执行率 = 执行数 ÷ 预算数, to the digits written: `95.2%` stands for [95.15%, 95.25%), and the
 * figures it is computed from for the intervals of their own digits.
 */
export const amountRateMismatch: Rule = {
  id: 'amount.rate-mismatch',
  defaultSeverity: 'error',
  tags: ['arithmetic'],
  fixSafety: 'judgement',
  description: msg(
    '执行率与实际支出÷预算数不符，占比与部分÷总数不符，或增长（下降）率、增减率与两年的数据不符（按书写精度）',
    'An execution rate does not equal spending ÷ budget, a share does not equal the part ÷ the whole, or a rise, fall or change does not match its two figures (to the digits written)',
  ),
  check(doc) {
    const findings: Finding[] = [];
    let partsSum: ((a: Amount) => Decimal | undefined) | undefined;
    for (const claim of doc.rates) {
      const shown = failedReading(claim);
      // A 元 written for 万元 is amount.unit's finding: the rate is right.
      if (!shown || rateUnitSlip(claim)) continue;
      // A total that fails its sum is amount.sum-mismatch's finding, if the rate holds by the parts.
      if (followsFromWrongTotal(claim, (partsSum ??= failingSums(doc)))) continue;
      const computed = readingText(shown);
      const subject = claim.subject ? `“${claim.subject}”` : '';
      const share = claim.word === '占比';
      const message = msg(
        `${subject}${claim.word ?? '执行率'}${claim.valueText}%与${computed}不符`,
        `${subject ? `${subject}: ` : ''}the ${share ? 'share' : 'rate'} ${claim.valueText}% does not equal ${computed}`,
      );
      const related = [share
        ? { start: shown.budget[0].amount.start, end: shown.budget[0].amount.end, message: msg(`总数：${amountText(shown.budget[0].amount)}`, `the whole: ${amountText(shown.budget[0].amount)}`) }
        : { start: shown.spend.start, end: shown.spend.end, message: msg(`实际支出：${amountText(shown.spend)}`, `spending: ${amountText(shown.spend)}`) }];
      // The readings are made again if the fixes are asked for (a table of failing rates: a third of its check).
      findings.push(new FindingWithFixesLater(this.id, claim.start, claim.end, message, related, claim, fixesOf));
    }
    for (const claim of completionClaims(doc)) {
      const computed = failedCompletion(claim);
      if (!computed) continue;
      const subject = claim.name ? `“${claim.name}”` : '';
      const shown = `${claim.actual.text.replace(/^[≥≤><]/, '')}÷${claim.target.text.replace(/^[≥≤><]/, '')}＝${computed.toFixed(2)}%`;
      findings.push({
        ruleId: this.id, start: claim.start, end: claim.end, fixes: [],
        message: msg(`${subject}完成率${claim.valueText}%与实际完成值÷指标值${shown}不符`, `${subject ? `${subject}: ` : ''}the completion rate ${claim.valueText}% does not equal done ÷ target, ${shown}`),
      });
    }
    // `预算执行率97.71%，较上年提高1.85个百分点（上年96.86%）`: the points the two rates give.
    for (const c of pointChanges(doc)) {
      const change = failedPointChange(c);
      if (!change) continue;
      const [from, to] = c.falls ? [c.before, c.now] : [c.now, c.before];
      const shown = `${from.valueText}%−${to.valueText}%＝${change.toFixed(Math.max(2, c.decimals))}个百分点`;
      const value = change.toFixed(c.decimals);
      findings.push({
        ruleId: this.id, start: c.start, end: c.end,
        message: msg(`${c.valueText}个百分点与${shown}不符`, `${c.valueText} percentage points does not equal ${shown}`),
        fixes: [{ title: msg(`改为${value}个百分点`, `Change to ${value} points`), edits: [{ start: c.numberStart, end: c.numberEnd, newText: value }], preferred: true }],
      });
    }
    for (const claim of doc.growth) {
      const f = growthFinding(this.id, claim);
      if (f) findings.push(f);
    }
    for (const claim of changeOnlyClaims(doc)) {
      const f = changeOnlyFinding(this.id, claim);
      if (f) findings.push(f);
    }
    return findings;
  },
};
