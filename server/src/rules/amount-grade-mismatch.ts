import { gradeMismatches } from '../model/grades';
import { Finding, msg, Rule } from './types';
import { lineNo } from './util';

/**
 * `自评得分88.5分，自评等级为“优”` where the text says `90分（含）以上为优、80（含）-90分为良`: the grade
 * its own bands give the score is another. Read only against bands the draft states (an outline's
 * bands not written in it are not assumed), and only for a score in exactly one of them.
 */
export const amountGradeMismatch: Rule = {
  id: 'amount.grade-mismatch',
  defaultSeverity: 'error',
  tags: ['arithmetic'],
  fixSafety: 'judgement',
  description: msg('自评等级与报告所列评分等级标准不符', 'A grade does not match the score bands the draft states'),
  check(doc) {
    const findings: Finding[] = [];
    for (const { claim, band } of gradeMismatches(doc)) {
      const line = lineNo(doc, band.start);
      findings.push({
        ruleId: this.id,
        start: claim.start,
        end: claim.end,
        message: msg(
          `得分${claim.scoreText}分按第${line}行的等级标准应为“${band.grade}”，写的是“${claim.grade}”`,
          `A score of ${claim.scoreText} is "${band.grade}" by the bands on line ${line}, not "${claim.grade}"`,
        ),
        related: [{ start: band.start, end: band.end, message: msg(`第${line}行：等级标准`, `line ${line}: the score bands`) }],
        fixes: [{
          title: msg(`改为“${band.grade}”（按第${line}行的标准）`, `Change to "${band.grade}" (by the bands on line ${line})`),
          edits: [{ start: claim.start, end: claim.end, newText: band.grade }],
          preferred: true,
        }],
      });
    }
    return findings;
  },
};
