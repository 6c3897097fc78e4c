import type { Amount } from '../model/amounts';
import { writtenValue } from '../model/amounts';
import type { ReportDocument } from '../model/document';
import { rowName } from '../model/tables';
import { figureGetter } from '../model/table-facts';
import { proseScoresOverWeight } from '../model/prose-scores';
import { Finding, msg, Rule } from './types';
import { amountText } from './util';
import { appendAll } from '../model/arrays';

/**
 * A row of a score table (`分值 | 得分`) whose 得分 is above its 分值: no indicator scores more than it
 * weighs. Read only in a table whose weights are whole points and whose other rows score within
 * them (three at least): a 权重 of `0.2` beside a score of 18 is another scale, not a slip. Said in
 * the text, `效益指标30分，得30.50分` is read the same way.
 */
export const amountScoreOverWeight: Rule = {
  id: 'amount.score-over-weight',
  defaultSeverity: 'error',
  tags: ['arithmetic'],
  fixSafety: 'judgement',
  description: msg('评分表中某项得分高于其分值', 'A row of a score table scores more than its weight'),
  check(doc) {
    const findings: Finding[] = [];
    for (const { score, weight, name } of overWeight(doc)) {
      findings.push({
        ruleId: this.id,
        start: score.start,
        end: score.end,
        message: msg(
          `${name ? `“${name}”的` : ''}得分${amountText(score)}高于其分值${amountText(weight)}`,
          `${name ? `"${name}" scores` : 'The row scores'} ${amountText(score)}, above its weight ${amountText(weight)}`,
        ),
        related: [{ start: weight.start, end: weight.end, message: msg(`分值${amountText(weight)}`, `weight ${amountText(weight)}`) }],
        fixes: [],
      });
    }
    // `效益指标30分，得30.50分`: said so in the text.
    for (const { name, weight, score } of proseScoresOverWeight(doc)) {
      findings.push({
        ruleId: this.id,
        start: score.start,
        end: score.end,
        message: msg(`“${name}”的得分${score.value}分高于其分值${weight.value}分`, `"${name}" scores ${score.value}, above its weight ${weight.value}`),
        related: [{ start: weight.start, end: weight.end, message: msg(`分值${weight.value}分`, `weight ${weight.value}`) }],
        fixes: [],
      });
    }
    return findings;
  },
};

function overWeight(doc: ReportDocument): Array<{ score: Amount; weight: Amount; name: string }> {
  const out: Array<{ score: Amount; weight: Amount; name: string }> = [];
  const get = figureGetter(doc.tableFigures);
  doc.layout.tables.forEach((t, ti) => {
    const wi = t.columns.indexOf('weight');
    const si = t.columns.indexOf('score');
    if (wi < 0 || si < 0) return;
    const pairs = t.rows.flatMap((row, ri) => {
      const weight = get(ti, ri, wi);
      const score = get(ti, ri, si);
      // The indicator's own name: the last words before its figures (三级指标 after 一级 and 二级).
      const name = row.cells.slice(0, wi).filter((c) => c.text && !/[0-9０-９]/.test(c.text)).pop()?.text ?? rowName(t, row);
      return row.total || row.subtotal || !weight || !score ? [] : [{ weight, score, name }];
    });
    if (pairs.some((p) => writtenValue(p.weight).lt(1))) return;
    const over = pairs.filter((p) => writtenValue(p.score).gt(writtenValue(p.weight)));
    if (pairs.length - over.length < 3 || over.length * 4 > pairs.length) return;
    appendAll(out, over);
  });
  return out;
}
