import { toChineseNumeral } from '../model/numerals';
import { Finding, msg, Rule } from './types';

export const amountCountMismatch: Rule = {
  id: 'amount.count-mismatch',
  defaultSeverity: 'warning',
  tags: ['arithmetic'],
  fixSafety: 'judgement',
  description: msg('“共N个”与实际列出的项数不符', '"共N个" (N in all) does not match the items listed'),
  check(doc) {
    const findings: Finding[] = [];
    for (const c of doc.counts) {
      if (c.found.includes(c.claimed)) continue;
      const actual = c.found[0];
      const written = doc.text.slice(c.start, c.end);
      const digits = /[0-9０-９]+|[一二两三四五六七八九十]+/.exec(written)!;
      const replacement = /[0-9０-９]/.test(digits[0]) ? String(actual) : actual === 2 ? '两' : toChineseNumeral(actual);
      const at = c.start + digits.index;
      findings.push({
        ruleId: this.id,
        start: c.start,
        end: c.end,
        message: msg(`写的是${c.claimed}${c.measure}${c.noun}，但列出了${actual}项`, `It says ${c.claimed} ${c.noun || 'items'}, but ${actual} are listed`),
        fixes: [{ title: msg(`改为${replacement}${c.measure}`, `Change to ${actual}`), edits: [{ start: at, end: at + digits[0].length, newText: replacement }], preferred: true }],
      });
    }
    return findings;
  },
};
