import { Amount, decimalOf } from './amounts';
import { holds } from './arith';
import type { Entry } from './entries';
import type { StatedNumber } from './rates';
import type { ReportDocument } from './report';
import { entryAt, isProjectReport } from './sections';
import { sumOfRows } from './table-totals';
import { toHalfWidthDigits } from './text';

/**
 * `项目自评得分为92.45分` against the score table's own total (`合计 … 100 92.54`): the same score
 * said twice. Read only when the draft has one score table with a total row whose 得分 adds up (a
 * total that does not is `amount.sum-mismatch`'s), so the table's figure is the one to trust.
 */
export interface ScoreStatement extends StatedNumber {
  /** The score table's 合计 (or 总分) 得分 cell; for a level's score, that level's row's. */
  tableTotal: Amount;
  /** A level's score (`决策方面得14分`): the level's name as its row writes it. */
  rowName?: string;
}

/**
 * The whole score, said as one: `自评得分`, `综合得分`, `评价总分`, `总得分`. Not `投入类得分10分` (a
 * category's) nor a bare `总分100分` (the full marks as often as the score).
 */
const SCORE_SAID = /(?:(?:自评|综合|评价|考核)总?(?:得分|分数|总分)|总得分)(?:为|是|达到?|：|:)?\s*([0-9０-９]{1,3}(?:[.．][0-9０-９]{1,2})?)\s*分/g;
/** Words before the score that make it another one: a part's, a target, a range, last year's. */
const NOT_THE_TOTAL = /(指标|满分|不低于|以上|以下|扣|减|加|平均|[一二三]级|上年|去年|上一年|较|比)[^，。；]{0,6}$/;

/** An evaluation by the finance bureau, a third party or a 考核 above (`重点评价`, `第三方评价`, `…考核通报，我县考核得分`), not the unit's own. */
const OTHERS_EVALUATION = /(?:财政局|财政部门|第三方|审计)[^，。；]{0,12}评价|重点(?:绩效)?评价|再评价|抽查评价|考核通报|通报[，,]/;

/** `该部分分值20分，评价得分19分`: a weight said right before the score, not the full 100, makes it a part's. */
const PART_WEIGHT_BEFORE = /(?<![0-9０-９.．])(?!100)[0-9０-９]{1,3}(?:[.．][0-9０-９]{1,2})?\s*分[，,]?\s*$/;
/** Words after a score that make it a bound: `90分（含）以上`, `80分至90分`, `60分以下为“差”`. */
const A_BOUND = /^\s*(?:[（(]含[）)])?\s*(?:以上|以下|及以上|及以下|至|到|~|～|－|-|—)/;

export interface TotalScore {
  total: Amount;
  /** The table, and its 得分 column. */
  ti: number;
  col: number;
  /**
   * The table scores the report's unit: an appendix's (`附件` `附表1` above it, after the report's
   * parts), or one whose caption says so (`表2 2024年度部门整体支出绩效目标完成情况表`).
   */
  ofTheUnit: boolean;
}

export function tableTotalScore(doc: ReportDocument): TotalScore | undefined {
  const totals: Array<{ total: Amount; items: Amount[]; levels: Amount[]; ti: number; col: number }> = [];
  doc.layout.tables.forEach((t, ti) => {
    const col = t.columns.indexOf('score');
    if (col < 0 || t.columns.lastIndexOf('score') !== col) return;
    const figures = doc.tableFigures[ti];
    if (!figures) return;
    const at = (ri: number) => figures.cells[ri * figures.width + col];
    t.rows.forEach((row, ri) => {
      const a = row.total ? at(ri) : undefined;
      if (!a) return;
      const items = t.rows.flatMap((r, k) => (r.total || r.subtotal || !at(k) ? [] : [at(k)!]));
      // (The rows that name a level in the first column, their items under them with that cell empty.)
      const levels = t.rows.flatMap((r, k) => (r.total || r.subtotal || !at(k) || !r.cells[0]?.text.trim() ? [] : [at(k)!]));
      totals.push({ total: a, ti, col, items, levels });
    });
  });
  // (A summary table and the appended one may both give the total: one score, if they agree.)
  if (totals.length === 0 || totals.some((t) => !decimalOf(t.total.valueText).eq(decimalOf(totals[0].total.valueText)))) return undefined;
  const { total, items, levels, ti, col } = totals[totals.length - 1];
  const sums = doc.relations.filter((r) => r.anchor === total);
  // An indicator table with merged cells has no sum of its own (a level's score may be given with
  // its items'): its total is trusted when every score above it adds up to it.
  // (Or the levels' do, each level's row over its items': `决策 | | 20 | 18` over `| 项目立项 | 6 | 6`.)
  const adds = sums.length > 0 ? sums.every((r) => holds(r)) : (items.length >= 2 && holds(sumOfRows(total, items))) || (levels.length >= 2 && levels.length < items.length && holds(sumOfRows(total, levels)));
  return adds ? { total, ti, col, ofTheUnit: scoresTheUnit(doc, formStart(doc, ti)) } : undefined;
}

/** The first line of the tables written one right under another that end with table `ti` (a 自评表's budget table, then its indicators). */
function formStart(doc: ReportDocument, ti: number): number {
  let first = doc.layout.tables[ti].lines[0];
  for (let pi = ti - 1; pi >= 0; pi--) {
    const p = doc.layout.tables[pi];
    if (first - p.lines[p.lines.length - 1] > 2) break;
    first = p.lines[0];
  }
  return first;
}

const APPENDIX_LINE = /^附[件表]\s*[0-9０-９一二三四五六七八九十]*\s*[：:．.、]?\s*(?:[\u4e00-\u9fff（）()“”0-9０-９]{0,40})$/;

/** A table's caption naming the unit as a whole, not a project. */
const UNIT_CAPTION = /^(?:表\s*[0-9０-９一二三四五六七八九十]*\s*)?[^。；，]{0,20}(?:部门|单位)整体[^。；，项]{0,24}表$/;

/**
 * Whether one of the few lines above a table says it is an appendix (`附件`, `附表1 部门整体支出绩效
 * 自评表`) or the unit's own score table (`表2 2024年度部门整体支出绩效目标完成情况表`).
 */
function scoresTheUnit(doc: ReportDocument, firstLine: number): boolean {
  let seen = 0;
  for (let l = firstLine - 1; l >= 0 && seen < 4; l--) {
    const text = doc.lines.lines[l].text.trim();
    if (!text) continue;
    seen++;
    if (APPENDIX_LINE.test(text) || UNIT_CAPTION.test(text)) return true;
  }
  return false;
}

/** `该项目自评得分95分`: a score said of a project, not of the unit an appended table scores. */
const OF_A_PROJECT = /项目[^，。；,;]*$/;
/** A village, a school or a clinic as the subject the sentence a score is said in opens with. */
const OF_A_PLACE = /^[\s\u3000]*[\u4e00-\u9fff]{1,8}(?:村|社区|学校|小学|中学|幼儿园|医院|卫生院)(?:因|的|在|年终|考核|综合|[，,])/;

export function scoreStatements(doc: ReportDocument, score = tableTotalScore(doc)): ScoreStatement[] {
  if (!score) return [];
  const tableTotal = score.total;
  // A department's report may score one of its projects in a table and itself in the text: there,
  // only a score said in the table's own part (`（二）重点项目绩效`) is the table's. An appended
  // 自评表, or one captioned as the unit's, scores the report's unit: its score may be said
  // anywhere, except of a project.
  const projectReport = isProjectReport(doc);
  const anywhere = projectReport || score.ofTheUnit;
  const tablePart: Entry | undefined = anywhere ? undefined : entryAt(doc, tableTotal.start);
  const out: ScoreStatement[] = [];
  // Out of the table's part, the unit's score said as the whole's (`我局…部门整体支出绩效综合自评得分95.30分`),
  // kept if one so said in the table's part agrees with the table: the table scores the unit.
  const elsewhere: ScoreStatement[] = [];
  let vouched = false;
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si];
    if (doc.layout.kinds.has(s.line) || !/分/.test(s.text)) continue;
    const inPart = anywhere || entryAt(doc, s.start) === tablePart;
    // (Where the sentence first says so, read once: each score's own head of a megabyte sentence, read again, is square.)
    let wholeSaidAt: number | undefined;
    for (const m of s.text.matchAll(SCORE_SAID)) {
      wholeSaidAt ??= s.text.search(UNIT_AS_WHOLE);
      const asWhole = wholeSaidAt >= 0 && wholeSaidAt + UNIT_AS_WHOLE_LENGTH <= m.index!;
      if (!inPart && !asWhole) continue;
      const start = s.start + m.index!;
      const before = doc.text.slice(Math.max(s.start, start - 12), start);
      // (`本部门2022年度部门整体支出绩效自评得分为86.5分`: the year may stand further back.)
      const wider = doc.text.slice(Math.max(s.start, start - 24), start);
      if (NOT_THE_TOTAL.test(before) || ofAnotherYear(doc, wider) || PART_WEIGHT_BEFORE.test(before)) continue;
      // (`县财政局对本项目的重点评价得分80分`: another's evaluation, not the self-evaluation the table scores.)
      if (OTHERS_EVALUATION.test(wider + doc.text.slice(start, start + 2))) continue;
      // `综合得分90分（含）以上为“优”`: a band's bound, not a score.
      if (A_BOUND.test(doc.text.slice(start + m[0].length, start + m[0].length + 8))) continue;
      if (!projectReport && score.ofTheUnit && OF_A_PROJECT.test(doc.text.slice(s.start, start))) continue;
      // `马鞍村因垃圾清运不及时…，年终综合得分68.5分`: a village's, a school's score, not the report's.
      if (OF_A_PLACE.test(s.text)) continue;
      const numberStart = start + m[0].lastIndexOf(m[1]);
      const said = {
        start, end: start + m[0].length, numberStart, numberEnd: numberStart + m[1].length, line: s.line,
        valueText: toHalfWidthDigits(m[1]), tableTotal,
      };
      (inPart ? out : elsewhere).push(said);
      if (inPart && asWhole && agreesWithTable(said)) vouched = true;
    }
  }
  return vouched ? [...out, ...elsewhere].sort((a, b) => a.start - b.start) : out;
}
/** Words saying a score is the unit's as a whole; each of them as long as the others, so the first said ends first. */
const UNIT_AS_WHOLE = /部门整体|单位整体|整体支出/;
const UNIT_AS_WHOLE_LENGTH = 4;

/** `2023年度该项目自评得分96.5分` in a report of 2024: last year's score (by the words before it). */
export function ofAnotherYear(doc: ReportDocument, before: string): boolean {
  const year = /((?:19|20)[0-9]{2})年[^，。；]{0,16}$/.exec(before);
  return year !== null && doc.year !== undefined && Number(year[1]) !== doc.year;
}

/** Whether a stated score is the table's total (`92.5` and `92.50` are one). */
export function agreesWithTable(s: ScoreStatement): boolean {
  return decimalOf(s.valueText).eq(decimalOf(s.tableTotal.valueText));
}
