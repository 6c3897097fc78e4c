import { Amount, amountsBetween } from './amounts';
import { Decimal } from './decimal';
import { ANY_MEASURE, countedIn, decimalsOf, measuredSlack, MEASURES, plainFigure, ProductClaim, productHolds, sameMeasure } from './product-math';
import type { ReportDocument } from './report';
import { tableProducts } from './table-products';
import { toHalfWidthDigits } from './text';
import { wrappedOpening } from './wrapped';

/**
 * A total said as a count times a rate per thing: `改造农村户厕1,200户，每户补助1,500元，共兑付补助
 * 资金180.00万元`, `按每人5,000元标准，为326名首次创业人员发放补贴，共计163.00万元`. Read only when
 * all three are in one sentence, the rate is `每` and the count's own measure, and the total follows
 * them with `共`, `共计`, `合计` or `计`; anything else (two counts of that measure, a rate per
 * another measure, a total that is not money) is no product.
 */
// Not inside a figure (`1,200`: a comma after a digit), nor an ordinal; a comma ending a clause is no figure's.
const COUNT = new RegExp(`(?<![0-9０-９.．第])(?<![0-9０-９][,，])([0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+|[0-9０-９]{1,7})\\s*(${MEASURES})`, 'g');
/** `52.8公里`, `1,240.5平方米`: a measure with decimals (lengths, areas, weights), not a count of things. */
const MEASURED = /(?<![0-9０-９.．第])(?<![0-9０-９][,，])((?:[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+|[0-9０-９]{1,5})[.．][0-9０-９]{1,3})\s*(公里|平方米|亩|吨)(?!每)/g;
/** `5.38万名`: a count in 万, rounded to its digits. */
const COUNT_WAN = new RegExp(`(?<![0-9０-９.．第])([0-9０-９]{1,4}(?:[.．][0-9０-９]{1,4})?)\\s*万\\s*(${MEASURES})`, 'g');
// (`…人均84元标准核定补助资金234.96万元`: a total set by the standard is one too.)
const TOTAL_WORDS = /(?:共|共计|合计|总计|累计|计|核定|核拨)[\u4e00-\u9fff（）()“”]{0,10}$|^(?:[/／][\u4e00-\u9fff]{1,3}?)?(?:的[\u4e00-\u9fff]{0,4}?标准)?(?:全年)?(?:兑付|兑现|发放|拨付|支付)(?:[\u4e00-\u9fff]{0,8}?(?:奖补|补助|补贴))?(?:资金|金|费)?$/;
/** How far the parts of one product may lie apart: a clause or two. */
const REACH = 60;
/** `各配发…`, `各1套`: what each of several things was given, said before its count. */
const EACH_GIVEN = /各[\u4e00-\u9fff]{0,12}$/;
/**
 * `为全区46所中小学各配发科普挂图1套，每套0.12万元`: a count given to each of several things is that
 * many times theirs (46所×1套), when one count of them is said before 各; else no count of all.
 */
function givenToEach(text: string, from: number, count: ProductClaim['count']): ProductClaim['count'] | undefined {
  if (!EACH_GIVEN.test(text.slice(Math.max(from, count.start - 16), count.start))) return count;
  const of = EACH_OF.exec(text.slice(from, count.start));
  if (!of) return undefined;
  const start = from + of.index;
  return { ...count, value: Number(toHalfWidthDigits(of[1])) * count.value, start, text: `${of[1]}${of[2]}×${count.text}` };
}
/** `12支乡镇业余文艺队各配置…`: the things each is given to, counted in whatever measure, just before 各. */
const EACH_OF = /([0-9０-９]{1,5})\s*([\u4e00-\u9fff])[\u4e00-\u9fff（）()“”]{0,16}?各[\u4e00-\u9fff]{0,12}$/;

/**
 * Whether a rate before rate `k`, of its measure and within reach of `total`, has `total` as its own
 * or none in its clause (`…312人，每人500元；…146人，每人1000元，共计发放30.20万元`: the total of both).
 */
function totalOfAnotherRate(rates: Array<{ rate: Amount; measure: string }>, k: number, measure: string, total: Amount, totalAfter: (rate: Amount) => Amount | undefined): boolean {
  for (let j = k - 1; j >= 0 && rates[j].rate.end + REACH >= total.start; j--) {
    if (!sameMeasure(rates[j].measure, measure)) continue;
    const own = totalAfter(rates[j].rate);
    if (own === total || own === undefined) return true;
  }
  return false;
}

/** Where the clause before a price's own (`，单价…`) begins. */
function clauseBefore(text: string, from: number, priceAt: number): number {
  const before = text.slice(from, priceAt).replace(/[，,]\s*单价(?:为|是)?\s*$/, '');
  return from + Math.max(before.lastIndexOf('，'), before.lastIndexOf(','), before.lastIndexOf('；'), before.lastIndexOf('：')) + 1;
}

/** A clause, up to a count, that says it is for each thing: `每个网格配备…`, `每户…`. */
const PER_THING_CLAUSE = /每[^，,；;。：:、元]*$/;

/** A total's words that may sum every product said before it (`共计发放`, `合计`). */
const ALL_OF_THEM = /共计|合计|总计|累计|共/;

/** The counts in `text[from, to)`: a window around one rate, so that a long line is not read whole for each. */
function countsIn(text: string, from: number, to: number): ProductClaim['count'][] {
  const out: ProductClaim['count'][] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(COUNT)) {
    // (`每个网格配备专职网格员1名`: so many for each thing, not how many there are.)
    if (PER_THING_CLAUSE.test(slice.slice(0, m.index))) continue;
    out.push({ value: Number(plainFigure(m[1])), measure: m[2], start: from + m.index!, end: from + m.index! + m[0].length, text: m[0].replace(/\s+/g, '') });
  }
  // `52.8公里`: a length or an area measured, within its rounding.
  for (const m of /[.．]/.test(slice) ? slice.matchAll(MEASURED) : []) {
    const digits = plainFigure(m[1]);
    out.push({ value: Number(digits), measure: m[2], start: from + m.index!, end: from + m.index! + m[0].length, text: m[0].replace(/\s+/g, ''), slack: measuredSlack(digits) });
  }
  for (const m of slice.includes('万') ? slice.matchAll(COUNT_WAN) : []) {
    const digits = toHalfWidthDigits(m[1]).replace('．', '.');
    const decimals = decimalsOf(digits);
    out.push({
      value: new Decimal(digits).times(10000).toNumber(), measure: m[2], start: from + m.index!, end: from + m.index! + m[0].length,
      text: m[0].replace(/\s+/g, ''), slack: new Decimal(5).times(new Decimal(10).pow(3 - decimals)).toNumber(),
    });
  }
  return out;
}

/** `8.6万元/公里`: a money figure per thing, written with a slash. */
const PER_SLASH = new RegExp(`^\\s*[/／]\\s*(${MEASURES})`);
const PER_SLASH_HINT = /元\s*[/／]/;
/** An average or a bound, not the standard a total was paid at. */
const NOT_A_STANDARD = /平均|均价|人均|最高|最低|不超过|不低于|上限/;
/** `每户补助`, `每生每年`, `每人每月`: the measure, and the period a rate is per, if any. */
const PER = /每([\u4e00-\u9fff]{1,3}?)(每(?:[年月天日]|学期))?(?:补助|补贴|奖补|奖励|标准|造价|单价)?(?:为|按)?$/;
const PRICE_TOTAL = /^[，,]?\s*(金额|总价|价款|金额为|总价为)$/;
const TWO_TERMS = /两个学期|2个学期|两学期|春秋两季学期/;
/** Words that put a monthly rate over a whole year: `全年发放`, `按12个月`. */
const WHOLE_YEAR = /全年|12个月|十二个月/;

/** Read once a report: two rules ask. */
const CLAIMS = new WeakMap<ReportDocument, ProductClaim[]>();

/** The products a draft states, sentence by sentence; each rate looks only within its reach. */
export function productClaims(doc: ReportDocument): ProductClaim[] {
  let claims = CLAIMS.get(doc);
  if (!claims) CLAIMS.set(doc, (claims = [...readProducts(doc), ...tableProducts(doc)]));
  return claims;
}

/** Totals in 元 that are their product in 万元: a unit slip, said by amount.product-mismatch. */
export function productUnitSlips(doc: ReportDocument): Amount[] {
  return productClaims(doc).filter((p) => p.total.unit === '元' && !productHolds(p) && productHolds(p, { ...p.total, unit: '万元' })).map((p) => p.total);
}

/**
 * `…孤儿12名，按每人每月1850元…；…97名，按每人每月1450元…，全年分别支出26.64万元、168.78万元`: totals said
 * together after 分别, as many as the rates before them, each the rate's in order.
 */
function respectiveTotals(doc: ReportDocument, s: { end: number; text: string }, rates: Amount[]): Map<Amount, Amount> {
  const out = new Map<Amount, Amount>();
  if (rates.length < 2 || !s.text.includes('分别')) return out;
  const figures = amountsBetween(doc.amounts, rates[rates.length - 1].end, s.end).filter((a) => a.kind === 'money' && !a.perUnit);
  const head = figures.findIndex((a) => a.label.includes('分别'));
  if (head < 0) return out;
  const group = [figures[head]];
  for (let k = head + 1; k < figures.length && /^\s*[、和及]\s*$/.test(doc.text.slice(figures[k - 1].end, figures[k].start)); k++) group.push(figures[k]);
  if (group.length === rates.length) rates.forEach((r, k) => out.set(r, group[k]));
  return out;
}

function readProducts(doc: ReportDocument): ProductClaim[] {
  const out: ProductClaim[] = [];
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si];
    if ((!s.text.includes('每') && !s.text.includes('人均') && !s.text.includes('单价') && !PER_SLASH_HINT.test(s.text)) || doc.layout.kinds.get(s.line) === 'table') continue;
    // Each rate per thing of the sentence, with its measure, in reading order.
    const rates: Array<{ rate: Amount; measure: string; period?: string }> = [];
    for (const rate of amountsBetween(doc.amounts, s.start, s.end)) {
      if (rate.kind !== 'money' || !rate.perUnit) continue;
      const before = doc.text.slice(Math.max(s.start, rate.start - 12), rate.start);
      const per = PER.exec(before);
      if (per) rates.push({ rate, measure: per[1], period: per[2] });
      // `人均84元`: a rate per head, whatever the period (a year's, read as every other rate's).
      else if (/人均$/.test(before)) rates.push({ rate, measure: '人' });
      // `购置分类果皮箱260个，单价0.085万元，计22.10万元`: a price per thing the count before it counts.
      else if (/[，,（(]\s*单价(?:为|是)?$/.test(before)) rates.push({ rate, measure: ANY_MEASURE });
      else {
        // `按8.6万元/公里的补助标准支付资金…`: a standard per thing written with a slash (not an average).
        const slash = PER_SLASH.exec(doc.text.slice(rate.unitEnd, rate.unitEnd + 4));
        if (slash && /按$/.test(before) && !NOT_A_STANDARD.test(before)) rates.push({ rate, measure: slash[1] });
      }
    }
    // `…补贴按28` / `人、每人每月2,300元…`: a sentence a hard wrap carried on began lines before.
    const from = rates.length ? wrappedOpening(doc, s) : s.start;
    // (Not past a `；`: `…412人、每人每年1.00万元的标准发放；…购置风力灭火机60台，单价0.38万元，计22.80万元` is the next clause's total.)
    const respective = respectiveTotals(doc, s, rates.map((r) => r.rate));
    const totalAfter = (rate: Amount) => {
      const said = respective.get(rate);
      if (said) return said;
      const to = Math.min(s.end, rate.end + REACH);
      const stop = doc.text.slice(rate.end, to).search(/[；;]/);
      return amountsBetween(doc.amounts, rate.end, stop < 0 ? to : rate.end + stop).find((a) => a.kind === 'money' && !a.perUnit && !a.approximate);
    };
    rates.forEach(({ rate, measure, period }, k) => {
      // The total after the rate, then the count of that measure before the total: one, not two
      // (`1,200亩，每亩补助1,500元，共…；低产油茶林改造800亩…`: the 800亩 is the next clause's).
      const total = totalAfter(rate);
      // (Totals said together are read with the first one's words: `全年分别支出26.64万元、168.78万元`.)
      const words = total && (respective.get(rate) === total ? respective.get(rates[0].rate)!.label : total.label);
      // (A price's total may be said as its 金额: `…12000根，单价3.50元/根，金额4.20万元`.)
      // (`每生每学期500元标准发放两个学期`: a term's rate over the two terms the text says.)
      const twoTerms = period === '每学期' && total !== undefined && TWO_TERMS.test(doc.text.slice(rate.end, total.start));
      if (!total || !words || !(TOTAL_WORDS.test(words) || (period === '每月' && WHOLE_YEAR.test(words)) || (twoTerms && /^(?:支出|发放)$/.test(words)) || (measure === ANY_MEASURE && PRICE_TOTAL.test(words)))) return;
      // A monthly rate is a product over the year only where the text says so; a daily one never.
      const months = period === '每月' ? (WHOLE_YEAR.test(doc.text.slice(rate.end, total.start) + words) ? 12 : 0)
        : period === '每学期' ? (twoTerms ? 2 : 0) : period === undefined || period === '每年' ? 1 : 0;
      if (months === 0) return;
      // (Not past a `；` before the rate: `…64人，…52.99万元；集中供养特困人员21人，按每人每月860元…`.)
      let windowStart = Math.max(from, rate.start - REACH);
      const stop = doc.text.slice(windowStart, rate.start).lastIndexOf('；');
      if (stop >= 0) windowStart += stop + 1;
      // (A price's count is the one count of the clauses before it, of whatever measure.)
      let near = countsIn(doc.text, windowStart, measure === ANY_MEASURE ? rate.start : total.start).filter((c) => countedIn(c.measure, measure) && c.value > 0);
      // (`…活动86场，印制手册12000册，单价3.20万元`: a price's count is the one of the clause right before it.)
      if (near.length > 1 && measure === ANY_MEASURE) near = near.filter((c) => c.start >= clauseBefore(doc.text, windowStart, rate.start));
      if (near.length !== 1) return;
      const count = givenToEach(doc.text, windowStart, near[0]);
      if (!count) return;
      // `每人90元、…每人60元的标准：…12,000人，计108.00万元；…`: rates said before their counts, two of
      // one measure in reach — which count is whose is not said. A count said first (`1,200亩，每亩
      // 补助1,500元，共…`) is its rate's unless another rate stands between it and its total.
      const others: Amount[] = [];
      for (let j = k - 1; j >= 0 && rates[j].rate.start >= windowStart; j--) if (sameMeasure(rates[j].measure, measure)) others.push(rates[j].rate);
      for (let j = k + 1; j < rates.length && rates[j].rate.start < total.end + REACH; j++) if (sameMeasure(rates[j].measure, measure)) others.push(rates[j].rate);
      if (count.start > rate.start ? others.length > 0 : others.some((r) => r.start > count.start && r.start < total.start)) return;
      // `…312人，每人500元；…146人，每人1000元，共计发放30.20万元`: a total of all, another rate before it
      // with no total of its own.
      // (Only rates within reach of the total can have it as theirs: a line may hold thousands of rates.)
      if (ALL_OF_THEM.test(total.label) && totalOfAnotherRate(rates, k, measure, total, totalAfter)) return;
      // (`每人每月100元…全年累计发放22620人次`: a count of times paid counts the months already.)
      const timesPaid = /次$/.test(count.measure) || doc.text.charAt(count.end) === '次';
      out.push({ count, rate, total, months: months === 12 && timesPaid ? 1 : months });
    });
  }
  return out;
}

export { ProductClaim, productHolds, productValue } from './product-math';
