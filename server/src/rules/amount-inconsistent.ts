import { baseValue } from '../model/amounts';
import { quantities } from '../model/quantities';
import { Finding, msg, Rule } from './types';
import { amountText, lineNo } from './util';

export const amountInconsistent: Rule = {
  id: 'amount.inconsistent',
  defaultSeverity: 'error',
  description: msg('同一数据在报告中前后不一致', 'The same figure has two values in one draft'),
  check(doc) {
    const findings: Finding[] = [];
    for (const list of quantities(doc).values()) {
      const first = list[0];
      for (const a of list.slice(1)) {
        if (baseValue(a).eq(baseValue(first))) continue;
        const line = lineNo(doc, first.start);
        findings.push({
          ruleId: this.id,
          start: a.start,
          end: a.end,
          message: msg(
            `${a.labelCore}${amountText(a)}与第${line}行的${first.labelCore}${amountText(first)}不一致`,
            `${a.labelCore} ${amountText(a)} differs from ${first.labelCore} ${amountText(first)} on line ${line}`,
          ),
          fixes: [{
            title: msg(`改为${amountText(first)}（与第${line}行一致）`, `Change to ${amountText(first)} (as on line ${line})`),
            edits: [{ start: a.start, end: a.end, newText: amountText(first) }],
            preferred: true,
          }],
          related: [{ start: first.start, end: first.end, message: msg(`第${line}行：${amountText(first)}`, `line ${line}: ${amountText(first)}`) }],
        });
      }
    }
    return findings;
  },
};
