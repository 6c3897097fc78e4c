import { Decimal } from './decimal';
import { Amount, decimalOf } from './amounts';
import type { ReportDocument } from './report';
import type { ScoreStatement, TotalScore } from './scores';
import { toHalfWidthDigits } from './text';

/**
 * `决策方面得14分`, `产出指标（40分）共得分36分` against the score table's row of that level (`决策 | 15 | 14`):
 * a level's score said again in the text. Read only where the rows that name a level in the table's
 * first column add up to the table's total (so their cells are the levels' scores, not an item's),
 * and only of those names, as the table writes them.
 */

/** A level's name in its row: the words before a weight in brackets or `指标` (`决策（20分）`, `产出指标`). */
const LEVEL_NAME = /^([\u4e00-\u9fff]{2,8}?)(?:类)?(?:指标)?(?:[（(][^（）()]*[）)])?$/;
/** Words between a level's name and its score: its weight, `方面`, `共`, `得分为`. */
const SCORE_AFTER = String.raw`(?:类)?(?:指标|方面)?(?:[（(](?:分值|满分|权重)?\s*[0-9０-９]{1,3}\s*分[）)])?[：:，,]?\s*(?:(?:满分|分值|权重)\s*[0-9０-９]{1,3}\s*分[，,]\s*)?(?:共|合计)?(?:自评得分|自评得|得分|得|评分)(?:为|是)?\s*([0-9０-９]{1,3}(?:[.．][0-9０-９]{1,2})?)\s*分`;
/** Words before a level's name that make its score another's: last year's, a target, a part's. */
// (`社会效益指标得5.5分`: a 二级 item of 效益, named by the words right before the level's name.)
const NOT_THIS = /(?:上年|去年|上一年|同期|较|比|其中|二级|三级)[^，。；]{0,4}$|(?:社会|经济|生态|环境|可持续)$/;

export function levelScoreStatements(doc: ReportDocument, score: TotalScore | undefined): ScoreStatement[] {
  const levels = levelRows(doc, score);
  if (levels.size === 0) return [];
  const said = new RegExp(`(${[...levels.keys()].join('|')})${SCORE_AFTER}`, 'g');
  const out: ScoreStatement[] = [];
  for (const s of doc.sentences) {
    if (doc.layout.kinds.has(s.line) || !/分/.test(s.text)) continue;
    for (const m of s.text.matchAll(said)) {
      const start = s.start + m.index!;
      const before = doc.text.slice(Math.max(s.start, start - 16), start);
      // (`与上年相比，2021年度本项目自评得分91.5分，其中过程指标得17分`: a sentence of another year's scores.)
      // (otherYearSaid's reach holds `before`: a year there is one it reads.)
      if (NOT_THIS.test(before) || otherYearSaid(doc, s.text.slice(Math.max(0, m.index! - YEAR_REACH), m.index))) continue;
      const numberStart = start + m[0].lastIndexOf(m[2]);
      out.push({
        start, end: start + m[0].length, numberStart, numberEnd: numberStart + m[2].length, line: s.line,
        valueText: toHalfWidthDigits(m[2]).replace('．', '.'), tableTotal: levels.get(m[1])!, rowName: m[1],
      });
    }
  }
  return out;
}

/** How far back in its sentence a level's score looks for another year said: a sentence may be megabytes. */
const YEAR_REACH = 60;

function otherYearSaid(doc: ReportDocument, head: string): boolean {
  if (/上年|去年|上一年/.test(head)) return true;
  for (const y of head.matchAll(/((?:19|20)[0-9]{2})年/g)) if (doc.year !== undefined && Number(y[1]) !== doc.year) return true;
  return false;
}

/** The score table's level rows, by name, when their scores add up to its total. */
function levelRows(doc: ReportDocument, score: TotalScore | undefined): Map<string, Amount> {
  const out = new Map<string, Amount>();
  if (!score) return out;
  const t = doc.layout.tables[score.ti];
  const figures = doc.tableFigures[score.ti];
  if (!figures || t.columns[0] === 'score') return out;
  let sum = new Decimal(0);
  t.rows.forEach((row, ri) => {
    const cell = figures.cells[ri * figures.width + score.col];
    const name = LEVEL_NAME.exec(row.cells[0]?.text.trim() ?? '')?.[1];
    if (row.total || row.subtotal || !cell || !name || out.has(name)) return;
    out.set(name, cell);
    sum = sum.plus(decimalOf(cell.valueText));
  });
  return out.size >= 2 && sum.eq(decimalOf(score.total.valueText)) ? out : new Map();
}
