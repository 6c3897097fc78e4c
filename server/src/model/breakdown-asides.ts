import { Amount, baseValue } from './amounts';

/** Figures in a list that are not its parts, though said among them. */

/**
 * `其中注入资本金1500.00万元，…撬动政策性银行贷款1.2亿元；…`: money a part drew in from others, more
 * than the whole, is what the part did, not a part of the whole.
 */
export const drawnIn = (total: Amount, a: Amount): boolean => a.kind === 'money' && DRAWN_IN.test(a.label) && baseValue(a).gt(baseValue(total));
const DRAWN_IN = /撬动|带动|拉动|吸引|引导|贷款|融资/;

/** `全县地区生产总值…，其中…；全县一般公共预算收入…`: past a `；`, the whole's scope named again opens another statement. */
const WHOLE_SCOPE = /^(?:(?:19|20)\d{2}年度?)?(全[县市区省国镇乡])/;
export function wholeScopeAgain(total: Amount, a: Amount): boolean {
  const m = WHOLE_SCOPE.exec(total.label);
  return m !== null && WHOLE_SCOPE.exec(a.label)?.[1] === m[1];
}
