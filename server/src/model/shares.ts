import { Amount, amountsBetween, baseValue, isPriorYear } from './amounts';
import { percentDigits, RateClaim } from './rates';
import type { ReportDocument } from './report';
import { standsApart } from './terms';

/**
 * `基本支出268.15万元，占支出合计的71.80%`, `其中项目支出105.32万元，占28.20%`: a figure's share of a
 * total. The total is the one the words name (the nearest figure before, of that name), or, named
 * by none, the total of the list the figure is a part of. A share whose total is not found that
 * way is not checked.
 */
const SHARE = /占(?![地用有据领压])([\u4e00-\u9fff“”]{0,16}?)\s*([0-9０-９]{1,3}(?:[.．][0-9０-９]{1,4})?)\s*[%％]/g;
/** Words between the share's figure and `占`: a comma, and nothing that makes it a guess. */
const JUST_BEFORE = /^[\s，,、（(]*$/;
/**
 * Whether the share is the figure's: only a comma between them, or a comma and the figure's own
 * name said again (`结余结转37.67万元，结余结转占预算收入的2.84%`).
 */
function sharedRightAfter(between: string, part: Amount): boolean {
  if (JUST_BEFORE.test(between)) return true;
  const restated = between.replace(/^[\s，,]+/, '');
  return restated.length >= 2 && part.labelCore.endsWith(restated);
}
/** How the share is said after its total's name: `的`, `比重为`, `比例达`. */
const SHARE_WORDS = /(的)?(比重|比例|比)?(为|达到|达|是)?$/;
/** Words that make the total's name no name of a figure: `约`, a rise of the share. */
const NOT_A_NAME = /约|近|超过|不足|以上|以下|提高|下降|增加|减少|个百分点/;
const TOTAL_WORDS = /合计|总额|总计|总|全年|全部|共|^(19|20)\d{2}年度?|^本年度?/;
/** How far back the named total is looked for. */
const NAMED_WINDOW = 3000;

/** A total's name as the text may say it: `支出合计`, `总支出`, `2024年支出总额` are one, as are `共有在职人员` and `在职人员`. */
export function totalName(label: string): string {
  return label
    .replace(/^((19|20)\d{2}年度?|本年度?|全年|当年|年度)/, '')
    .replace(/^(共有|共计|共|总共|合计|实有)/, '')
    .replace(/(合计|总额|总计|总数|总量|数|金额)$/, '')
    .replace(/^总/, '');
}

const usable = (a: Amount) => (a.kind === 'money' || a.kind === 'people') && !a.approximate && !a.cell && !standsApart(a) && !isPriorYear(a);

/** The nearest figure before the part, of its kind, that is the total `name` names. */
export function namedTotal(doc: ReportDocument, name: string, part: Amount): Amount | undefined {
  const before = amountsBetween(doc.amounts, Math.max(0, part.start - NAMED_WINDOW), part.start);
  const wanted = totalName(name);
  for (let i = before.length - 1; i >= 0; i--) {
    const a = before[i];
    // A total's label says it is one (`全年支出合计`), or is the name as written: a bare `支出` may be
    // the end of `基本支出` broken by a wrapped line.
    if (a.kind === part.kind && usable(a) && totalName(a.labelCore) === wanted && (a.labelCore === name || TOTAL_WORDS.test(a.label))) return a;
  }
  return undefined;
}

export function shareClaims(doc: ReportDocument, taken: ReadonlySet<number>): RateClaim[] {
  const out: RateClaim[] = [];
  let totalOf: Map<number, Amount> | undefined;
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si];
    if (!s.text.includes('占') || doc.layout.kinds.get(s.line) === 'table') continue;
    for (const m of s.text.matchAll(SHARE)) {
      const at = s.start + m.index!;
      const numberStart = at + m[0].lastIndexOf(m[2]);
      if (taken.has(numberStart)) continue;
      const part = amountsBetween(doc.amounts, s.start, at).pop();
      if (!part || !usable(part) || !sharedRightAfter(doc.text.slice(part.end, at), part)) continue;
      const words = m[1];
      if (NOT_A_NAME.test(words)) continue;
      const name = words.replace(SHARE_WORDS, '');
      totalOf ??= listTotals(doc);
      const ofList = totalOf.get(part.id);
      // Named, the total is the figure of that name; `占在职人员的40%` names its list's `共有在职人员30人` too.
      const listed = ofList ?? totalBeforeQizhong(doc, s.start, part);
      const total = !name ? listed ?? wholeItsClauseNames(doc, part) : listed && listed.labelCore.endsWith(totalName(name)) ? listed : namedTotal(doc, name, part);
      // A share above the whole is some other comparison than the one read.
      if (!total || total === part || baseValue(part).gt(baseValue(total))) continue;
      out.push({
        start: at, end: at + m[0].length, numberStart, numberEnd: numberStart + m[2].length, line: s.line,
        ...percentDigits(m[2]), spend: [part], budgets: [[{ amount: total, sign: 1 }]], word: '占比',
      });
    }
  }
  return out;
}

/**
 * `支出合计2486.30万元，其中基本支出1548.72万元，占62.29%；项目支出937.58万元，占比37.71%`: the
 * figure before the sentence's `其中`, for a part the lists do not hold (a share between two parts
 * ends a list at its `；`).
 */
function totalBeforeQizhong(doc: ReportDocument, sentenceStart: number, part: Amount): Amount | undefined {
  const q = doc.text.lastIndexOf('其中', part.start);
  if (q < sentenceStart) return undefined;
  // `；卫生技术人员中具有高级职称的118人，占17.30%`: a clause that names its own whole.
  const clause = doc.text.slice(Math.max(q + 2, doc.text.lastIndexOf('；', part.start) + 1), part.start);
  if (/中/.test(clause)) return undefined;
  const total = amountsBetween(doc.amounts, sentenceStart, q).pop();
  return total && total.kind === part.kind && usable(total) ? total : undefined;
}

/**
 * `在编人员中党员19人，党员占比76.00%`: a part whose words name its whole before `中` is a share of
 * the figure of that name said before (`2024年末实有在编人员25人`).
 */
function wholeItsClauseNames(doc: ReportDocument, part: Amount): Amount | undefined {
  // The clause's words, not the figure's label: a label stops at a bracket (`村（社区）干部中…`).
  const from = Math.max(...['，', ',', '；', ';', '。'].map((c) => doc.text.lastIndexOf(c, part.start)), part.start - 40);
  const m = /^([\u4e00-\u9fff（）()“”]{2,12}?)中/.exec(doc.text.slice(from + 1, part.start));
  return m ? namedTotal(doc, m[1], part) : undefined;
}

/** The total of each part of a `其中` list. */
function listTotals(doc: ReportDocument): Map<number, Amount> {
  const out = new Map<number, Amount>();
  for (const r of doc.relations) if (r.kind === 'breakdown') for (const t of r.rhs) out.set(t.amount.id, r.anchor);
  return out;
}
