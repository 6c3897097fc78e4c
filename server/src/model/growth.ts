import { Amount, amountsBetween, baseValue, firstAmountBetween, decimalOf, halfDigit, isCompared, isPriorYear, labelCoreOf } from './amounts';
import { Decimal } from './decimal';
import { halfOf, percentDigits, StatedPercent } from './rates';
import type { ReportDocument, Sentence } from './report';
import { holds } from './arith';
import { namedTotal } from './shares';
import { changeRelation, fundRole, listTotalOf, Relation } from './terms';

/**
 * A change from one year to the next stated as a percentage, with both figures:
 * `2024年实际支出1246.80万元，较2023年的1138.50万元增长9.15%`, `由3912.40万元增加到4386.52万元，增长12.12%`,
 * `公用经费较上年96.50万元下降10.67%` (this year's 公用经费 said just before). It holds when
 * |now − before| ÷ before gives the percentage to the digits written.
 */
export interface GrowthClaim extends StatedPercent {
  /**
   * This year's figure: the reading the message shows. None where the sentence gives only last
   * year's figure and the change (`比上年的11.20万元减少1.84万元，下降19.66%`, this year's said in
   * the sentence before): the change over last year's is the reading.
   */
  now?: Amount;
  /** Other figures the sentence may mean by this year's (its subject, a list's total). */
  otherNows: Amount[];
  before: Amount;
  /** `较上年的15.02万元减少1.18万元，下降7.86%`: the change stated beside the percentage. */
  change?: Amount;
  /** 下降, 减少: the figure fell, and the percentage is of the fall. */
  falls: boolean;
  /** A table's 增减率 written with its sign (`-14.29%`): where the sign is, which a fix rewrites. */
  signStart?: number;
  /** A table's `节约率`: the column's own name for a fall, written without a sign. */
  word?: string;
  /** `（5.58%）`, `△7.40%`: the sign is the cell's brackets or triangle, around the digits, not before them. */
  accountingSign?: boolean;
  /** The table row it is of (`公务接待费`). */
  subject?: string;
  /**
   * `基本支出1590.36万元，较上年1536.52万元下降3.50%`: the size is right but the word says the
   * other way: the word (at the claim's start) is the slip.
   */
  reversed?: { word: string };
}

// `增幅为18.68%`, `降幅5.2%`: the rise or fall said by its size.
export const CHANGE_RATE = /(增长|增加|上升|提高|下降|减少|降低|下滑|增幅|涨幅|降幅|减幅)(?:了)?(?:幅度为|幅度|率为|率|为|达)?\s*([0-9０-９]+(?:[.．][0-9０-９]+)?)\s*[%％]/g;
export const FALLS = /下降|减少|降低|下滑|降幅|减幅/;
/** `由3912.40万元增加到4386.52万元`: the figure before the change and the one after it. */
const FROM = /(?:由|从)(?:上年度?|去年|上一年|(?:19|20)\d{2}年度?)?(?:的)?$/;
const TO = /(?:增加|增长|提高|上升|下降|减少|降低|下滑)?(?:到|至)$/;
export const CHANGE_AMOUNT = /(?:增加|减少|增长|下降|提高|降低|上升|增|减|多|少)了?$/;
/** A growth rate said (`增长19.09%`, `下降5.88%`). */
const GROWTH_SAID = /(?:增长|下降|增加|减少|提高|降低|上升)了?[0-9０-９.．]+\s*[%％]/;
/** The subject of a comparison written before it: `公用经费` of `公用经费较上年`. */
const SUBJECT = /^(.*?)(?:比|较|同比)/;
/** What a compared figure's words name before 比/较, as said (`全年支出`) and its core (`支出`); '' when nothing. */
function subjectOf(a: Amount): { said: string; core: string } {
  const said = SUBJECT.exec(a.labelCore)?.[1] ?? '';
  return { said, core: said ? labelCoreOf(said) : '' };
}

// Money, and things counted (`接待查阅利用2860人次，较上年2530人次增长13.04%`): both sides in one unit.
const plain = (a: Amount) => a.kind !== 'count' && !a.approximate && !a.cell && !a.perUnit;
export const usable = (a: Amount) => plain(a) && a.insideOf === undefined;
/** Two figures of one measure: money in any unit, other things in the same one. */
export const sameMeasure = (a: Amount, b: Amount) => a.kind === b.kind && (a.kind === 'money' || a.unit === b.unit);

export function growthClaims(doc: ReportDocument): GrowthClaim[] {
  const out: GrowthClaim[] = [];
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si];
    if (!/增|降|减|涨|提高|上升|下滑/.test(s.text) || !/[%％]/.test(s.text)) continue;
    if (doc.layout.kinds.get(s.line) === 'table') continue;
    for (const m of s.text.matchAll(CHANGE_RATE)) {
      const start = s.start + m.index!;
      const pair = pairBefore(doc, s, start) ?? pairAfter(doc, s, start, start + m[0].length);
      if (!pair) continue;
      const falls = FALLS.test(m[1]);
      // A rise said of a figure that fell (or the reverse) is some other comparison.
      const nows = pair.nows.filter((now) => {
        if (!sameMeasure(now, pair.before)) return false;
        const cmp = baseValue(now).cmp(baseValue(pair.before));
        return cmp !== 0 && (cmp < 0) === falls;
      });
      if (nows.length === 0 && pair.nows.length > 0) {
        const reversed = reversedWord(pair.nows, pair.before, m[2], falls);
        if (reversed) {
          const numberStart = start + m[0].indexOf(m[2]);
          out.push({
            start, end: start + m[0].length, numberStart, numberEnd: numberStart + m[2].length, line: s.line, ...percentDigits(m[2]),
            now: reversed, otherNows: [], before: pair.before, falls, reversed: { word: m[1] },
          });
        }
        continue;
      }
      const changeFrom = pair.before.end <= start || nows.length === 0 ? pair.before.end : nows[0].end;
      const change = amountsBetween(doc.amounts, changeFrom, start).find((a) => (a.changeCompared || statedChange(a) || BARE_CHANGE.test(a.labelCore)) && a.unit === pair.before.unit);
      // Only last year's figure and the change: the change must be the one said right after it.
      if (nows.length === 0 && !(change?.changeCompared && FALLS.test(change.label) === falls)) continue;
      const numberStart = start + m[0].indexOf(m[2]);
      out.push({
        start, end: start + m[0].length, numberStart, numberEnd: numberStart + m[2].length, line: s.line, ...percentDigits(m[2]),
        now: nows[0], otherNows: nows.slice(1), before: pair.before, change, falls,
      });
    }
  }
  return out;
}

/**
 * The one figure of this year, of the unit last year's is in, whose change is the size written but
 * the other way: a word written wrong. Any other such pairing is some other comparison, left alone.
 */
function reversedWord(nows: Amount[], before: Amount, digits: string, falls: boolean): Amount | undefined {
  const same = nows.filter((now) => sameMeasure(now, before) && !baseValue(now).eq(baseValue(before)));
  if (same.length !== 1) return undefined;
  const otherWay: GrowthClaim = { start: 0, end: 0, numberStart: 0, numberEnd: 0, line: 0, ...percentDigits(digits), now: same[0], otherNows: [], before, falls: !falls };
  return growthReading(otherWay).holds ? same[0] : undefined;
}

const COMPARISON_WINDOW = 1000;

/** `，上年为688.91万元`, `，上年支出为…`: last year's figure said right after the percentage. */
const PRIOR_AFTER = /^[，,]?\s*(?:上年|去年|上一年|上年度)(?:同期)?[\u4e00-\u9fff]{0,6}?(?:为|是)$/;
/** `同比增长21.88%（2023年为208.14万元）`: a year's figure in brackets right after the percentage is the one compared with. */
const YEAR_AFTER = /^(?:19|20)\d{2}年度?(?:同期)?[\u4e00-\u9fff]{0,6}?(?:为|是)$/;

/** Last year's figure said after the percentage: `，上年为…`, or `（2023年为…）` for a year before any the sentence names. */
function priorAfter(doc: ReportDocument, s: Sentence, end: number, next: Amount): boolean {
  if (PRIOR_AFTER.test(next.label)) return true;
  if (!YEAR_AFTER.test(next.label) || !/^\s*[（(]\s*$/.test(doc.text.slice(end, next.labelStart))) return false;
  const year = Number(next.label.slice(0, 4));
  const said = doc.text.slice(s.start, end).match(/(?:19|20)\d{2}(?=年)/g) ?? [];
  return said.every((y) => Number(y) > year);
}

/**
 * `2023年全局支出719.65万元，较上年增加30.74万元，增长4.64%，上年为688.91万元`: last year's figure
 * after the percentage, this year's the nearest plain figure before it.
 */
function pairAfter(doc: ReportDocument, s: Sentence, at: number, end: number): { nows: Amount[]; before: Amount } | undefined {
  const next = firstAmountBetween(doc.amounts, end, Math.min(s.end, end + 24));
  // (`（2023年为208.14万元）`: an aside in brackets, as a year's figure after the percentage is.)
  if (!next || !plain(next) || (next.insideOf !== undefined && next.insideOf !== -1) || !priorAfter(doc, s, end, next)) return undefined;
  const before = amountsBetween(doc.amounts, Math.max(s.start, at - COMPARISON_WINDOW), at);
  const own = before
    .filter((a) => usable(a) && !a.changeCompared && !isCompared(a) && !BARE_CHANGE.test(a.labelCore) && a.unit === next.unit)
    .pop();
  // (`“三公”经费支出2.36万元，其中…公务接待费0.50万元，…，较上年下降8.17%（2023年为2.57万元）`: a part of a
  // list stands for its total, and the sentence's first figure is its subject too, as before the percentage.)
  if (own) return { nows: [own, listTotalOf(doc, own), before.find((a) => usable(a) && !isCompared(a) && a.unit === next.unit)].filter((a, i, all): a is Amount => a !== undefined && all.indexOf(a) === i), before: next };
  // `全年支出较上年增加194.45万元，增长8.01%，上年支出为2301.90万元`: this year's figure is the total
  // the comparison's subject names, said before (`2023年支出2486.35万元`).
  const change = before.filter((a) => usable(a) && statedChange(a) && a.unit === next.unit).pop();
  const said = change && SUBJECT.exec(change.labelCore)?.[1];
  const named = said ? namedTotal(doc, labelCoreOf(said), change!) : undefined;
  return named && named.unit === next.unit && usable(named) ? { nows: [named], before: next } : undefined;
}

/** `较上年减少0.37万元`: a change said as one. */
const statedChange = (a: Amount) => isCompared(a) && CHANGE_AMOUNT.test(a.labelCore);
/** `，增加153.52万元`: a change said by itself, after the figures it is the change of. */
const BARE_CHANGE = /^(增加|减少|增长|下降|增|减)了?$/;

/** Last year's figure, and what this year's may be, from the words before the percentage. */
function pairBefore(doc: ReportDocument, s: Sentence, at: number): { nows: Amount[]; before: Amount } | undefined {
  // `较上年的B增加X万元，增长Y%`: the change itself is no side of the comparison.
  // Read within a window: a sentence without stops can run for megabytes and hold thousands of
  // comparisons. Past it, the sentence's first figure is out of reach and is no reading.
  const from = Math.max(s.start, at - COMPARISON_WINDOW);
  const figures = amountsBetween(doc.amounts, from, at).filter((a) => usable(a) && !a.changeCompared);
  // `上年为2.33万元，较上年减少0.37万元，下降15.88%`: the change after last year's figure is no side.
  if (figures.length >= 2 && statedChange(figures[figures.length - 1]) && isPriorYear(figures[figures.length - 2])) figures.pop();
  const last = figures[figures.length - 1];
  if (!last) return undefined;
  // `…比上年的4380人增加836人，增长19.09%；…新增AED 86台，比上年的72台增长19.44%`: a rate said after the
  // last figure read has taken it; this one's figures are of a measure not read (`台`).
  if (GROWTH_SAID.test(doc.text.slice(last.end, at))) return undefined;
  const prev = figures[figures.length - 2];
  const fromTo = (a: Amount | undefined, b: Amount) => a !== undefined && TO.test(b.label) && FROM.test(a.label) && a.unit === b.unit;
  if (fromTo(prev, last)) return { nows: [last], before: prev };
  // `由1523.47万元增加到1676.99万元，增加153.52万元，增长10.08%`: the change after the two.
  if (BARE_CHANGE.test(last.labelCore) && fromTo(figures[figures.length - 3], prev)) return { nows: [prev], before: figures[figures.length - 3] };
  // `比上年增加146.27万元，同比增长6.54%`: the change, whose base the sentence may not say.
  // `上年为2.33万元，较上年减少0.37万元，下降15.88%`: last year's figure said plainly is the base too.
  if (!(isCompared(last) || isPriorYear(last)) || CHANGE_AMOUNT.test(last.labelCore)) return undefined;
  // The nearest figure before it that is not compared, of the same unit, in the sentence; a part
  // of a list stands for its total (`“三公”经费支出6.84万元，其中…公务接待费1.63万元…，较2023年的7.41万元`)…
  // The sentence's first figure is its subject too (`“三公”经费支出13.84万元，分别为…，较上年的15.02万元`).
  // (A change said before, `“三公”经费减少0.24万元`, is no figure of this year.)
  const own = figures.slice(0, -1).reverse().find((a) => !isCompared(a) && a.unit === last.unit && !CHANGE_AMOUNT.test(a.labelCore));
  // (`调整后预算10125.60万元，…；支出较上年9213.55万元增长7.19%`: past a `；`, a clause that names its own
  // subject compares that, not the figure of another name before it.)
  const ownSubject = subjectOf(last);
  const otherSubject = own !== undefined && ownSubject.said.length >= 2 && /[；;]/.test(doc.text.slice(own.end, last.start)) && !own.labelCore.includes(ownSubject.core);
  // (`该项年初预算50.00万元，年中追加18.00万元，执行率94.38%；与2023年的128.62万元相比减少64.44万元`: past a `；`, a
  // clause that names no subject compares what the text is about, which need not be a figure of the sentence.)
  const noSubject = own !== undefined && ownSubject.said === '' && /[；;]/.test(doc.text.slice(own.end, last.start)) && listTotalOf(doc, own) === undefined;
  if (own && !otherSubject && !noSubject) {
    const first = from === s.start ? figures.find((a) => !isCompared(a) && a.unit === last.unit)! : own;
    const nearest = listTotalOf(doc, own) ?? own;
    const named = namedLikeTheBase(figures, last);
    // (The part itself too, first when a `；` sets it apart from its list's total: `本年收入合计775.90万元，
    // 其中…；事业收入84.60万元，较上年的71.30万元增长18.65%` compares that part.)
    const ownClause = nearest !== own && /[；;]/.test(doc.text.slice(nearest.end, own.start));
    // (`…，公务接待费0.64万元，…公务接待费比上年的0.88万元下降27.27%`: the figure the comparison's subject names.)
    const subjectNamed = ownSubject.core.length >= 2 ? figures.slice(0, -1).filter((a) => !isCompared(a) && a.unit === last.unit && a.labelCore === ownSubject.core).pop() : undefined;
    // (`年中追加60.00万元，实际支出54.40万元，结余结转5.60万元，比上年48.20万元增加6.20万元`: what was spent, too.)
    const spent = figures.slice(0, -1).filter((a) => !isCompared(a) && a.unit === last.unit && fundRole(a) === 'spend').pop();
    const nows = [subjectNamed, ...(ownClause ? [named, own, nearest, first] : [named, nearest, own, first]), spent].filter((a, i, all): a is Amount => a !== undefined && a.unit === last.unit && all.indexOf(a) === i);
    // (`…城乡最低生活保障资金1986.40万元…，较2021年城乡低保支出1874.60万元增长5.96%`: last year's figure
    // names a thing none of this year's figures is named as; which one it is, is not known.)
    if (!named && !subjectNamed && namesOtherThing(last, nows)) return undefined;
    // (`基本支出年初预算261.90万元，…；与2021年决算数248.17万元相比增长7.36%`: a 决算 compared with this
    // year's 决算, which the sentence does not give; its 预算 is no reading.)
    const sameKind = nows.filter((a) => !otherKind(a, last));
    return sameKind.length ? { nows: sameKind, before: last } : undefined;
  }
  // …or named by the comparison's subject in a sentence before, on the same line.
  // `支出合计较上年的…` names the figure labelled `支出合计` (its core `支出`).
  const said = SUBJECT.exec(last.labelCore)?.[1];
  const subject = said === undefined ? undefined : labelCoreOf(said);
  // `比上年的11.20万元减少1.84万元，下降19.66%`: no subject and no figure of this year in the sentence.
  // `与上年8.12万元相比减少1.28万元，下降18.71%`, the same said around the figure.
  if ((said === '' || said === undefined) && (isCompared(last) || isPriorYear(last))) return { nows: [], before: last };
  if (!subject || subject.length < 2) return undefined;
  const scope = SCOPE.exec(last.label)?.[0];
  // Looked for in the few sentences before on the line (`决算支出52.37万元。其中：…。“三公”经费决算
  // 支出较上年的61.84万元减少9.47万元`). Not found there (said on another line, or not at all), the
  // change said beside last year's is the reading (a claim is made so only where the sentence states it).
  for (let k = s.index - 1; k >= Math.max(0, s.index - 4) && doc.sentences[k].line === s.line; k--) {
    // (`全系统“三公”经费较上年…` is not of `局机关“三公”经费18.46万元`: the scope said is the figure's too.)
    const candidates = amountsBetween(doc.amounts, doc.sentences[k].start, doc.sentences[k].end).filter((a) => usable(a) && a.unit === last.unit && (!scope || a.label.includes(scope)));
    // The figure of that very name, else the one whose name ends so (`公用经费` of `日常公用经费`).
    const exact = candidates.filter((a) => a.labelCore === subject);
    const named = exact.length > 0 ? exact : candidates.filter((a) => a.labelCore.endsWith(subject));
    if (named.length === 1) return { nows: [named[0]], before: last };
    if (named.length > 1) return undefined;
  }
  return { nows: [], before: last };
}

/** A part of a department, or all of it, as a comparison's subject names it. */
const SCOPE = /全系统|局机关|局本级|机关本级|全局|全区|全县|全市/;

const kindSaid = (a: Amount): 'budget' | 'spent' | undefined => (/决算|实际支出|执行数/.test(a.label) ? 'spent' : /预算/.test(a.label) ? 'budget' : undefined);
/** A budget compared with a 决算, or a 决算 with a budget: each figure names its kind, and they differ. */
function otherKind(now: Amount, base: Amount): boolean {
  const [a, b] = [kindSaid(now), kindSaid(base)];
  return a !== undefined && b !== undefined && a !== b;
}

/** `较2022年实际支出104.27万元`: what last year's figure is, named after the year. */
const BASE_NAMED = /(?:比|较|同比)(?:上年度?|去年|上一年|(?:19|20)\d{2}年度?)(?:同期)?的?(.{2,})$/;

/** Last year's figure names a thing of its own (`城乡低保支出`) that no figure of this year is named. */
function namesOtherThing(base: Amount, nows: Amount[]): boolean {
  const said = BASE_NAMED.exec(base.labelCore)?.[1];
  const kind = said === undefined ? '' : labelCoreOf(said);
  return kind.length >= 4 && !nows.some((a) => a.labelCore.includes(kind) || (a.labelCore.length >= 2 && kind.endsWith(a.labelCore)));
}

/**
 * `当年实际支出109.64万元（…），占全年预算收入114.59万元的95.68%，较2022年实际支出104.27万元增长5.15%`:
 * last year's figure names its kind, and this year's of that kind, said before it, is compared.
 */
function namedLikeTheBase(figures: Amount[], base: Amount): Amount | undefined {
  const said = BASE_NAMED.exec(base.labelCore)?.[1];
  const kind = said === undefined ? '' : labelCoreOf(said);
  if (kind.length < 2) return undefined;
  const named = figures.slice(0, -1).filter((a) => !isCompared(a) && a.unit === base.unit && a.labelCore === kind);
  return named.length === 1 ? named[0] : undefined;
}

/**
 * `上年为96.50万元，较上年增加21.14万元，增长22.94%`: the change stated beside the percentage is
 * this year's figure less last year's (or the reverse for a fall). With several figures the sentence
 * may mean by this year's, the first that gives the change is taken.
 */
export function statedChanges(claims: GrowthClaim[]): Relation[] {
  const out: Relation[] = [];
  for (const c of claims) {
    if (!c.change || !c.now || c.signStart !== undefined) continue;
    const change = c.change;
    const of = (now: Amount): Relation => (c.falls ? changeRelation(change, c.before, now) : changeRelation(change, now, c.before));
    const readings = [c.now, ...c.otherNows].map(of);
    const held = readings.find((r) => holds(r));
    // `合计117.48万元；全年预算收入较…113.20万元增加8.45万元，增长7.46%`: the change and the percentage
    // agree over last year's figure, and the figure taken for this year's is not of the subject the
    // comparison names (收入, not 支出合计): no reading.
    if (!held && !ofSubject(c) && growthReading({ ...c, now: undefined, otherNows: [] }).holds) continue;
    out.push(held ?? readings[0]);
  }
  return out;
}

/** Whether this year's figures may be of what the comparison names before 较/比 (none named: yes). */
function ofSubject(c: GrowthClaim): boolean {
  const subject = subjectOf(c.before).core;
  if (subject.length < 2) return true;
  return [c.now, ...c.otherNows].some((a) => a !== undefined && (a.labelCore.includes(subject) || subject.includes(a.labelCore)));
}

const HUNDRED = new Decimal(100);

/** The percentage the two figures give, and whether it is the one written (to its digits). */
export function growthReading(c: GrowthClaim): { holds: boolean; computed: Decimal } {
  const r = decimalOf(c.valueText);
  const hr = halfDigit(c.decimals);
  const meets = ([low, high]: [Decimal, Decimal]) => r.plus(hr).gte(low) && r.minus(hr).lte(high);
  const before = baseValue(c.before);
  const hb = halfOf(c.before);
  // The change is widest with `now` at one end of its interval and `before` at the other.
  const rangeOf = (now: Amount): [Decimal, Decimal] => {
    const n = baseValue(now);
    const hn = halfOf(now);
    const ends = [change(c, n.minus(hn), before.plus(hb)), change(c, n.plus(hn), before.minus(hb))];
    return [Decimal.min(...ends), Decimal.max(...ends)];
  };
  const holds = [...(c.now ? [c.now] : []), ...c.otherNows].some((now) => meets(rangeOf(now)))
    || (c.change !== undefined && meets(changeRange(c.change, before, hb)));
  // Without this year's figure, the change stated is what the percentage is of.
  const computed = c.now ? change(c, baseValue(c.now), before) : baseValue(c.change!).div(before).times(HUNDRED);
  return { holds, computed };
}

/** |now − before| ÷ before × 100, signed so that the stated direction is positive. */
const change = (c: GrowthClaim, now: Decimal, before: Decimal) => (c.falls ? before.minus(now) : now.minus(before)).div(before).times(HUNDRED);

/** The change stated beside the percentage, over last year's figure, with both roundings. */
function changeRange(delta: Amount, before: Decimal, hb: Decimal): [Decimal, Decimal] {
  const d = baseValue(delta);
  const hd = halfOf(delta);
  return [d.minus(hd).div(before.plus(hb)).times(HUNDRED), d.plus(hd).div(before.minus(hb)).times(HUNDRED)];
}
