import { productClaims, productHolds, productUnitSlips, productValue } from '../model/products';
import { unitFix } from './unit-scale';
import { Finding, msg, Rule } from './types';
import { amountText, inUnit, writtenLike } from './util';

/**
 * `改造农村户厕1,200户，每户补助1,500元，共兑付补助资金190.00万元`: the total of so many things at a
 * rate each, to its digits. A total written in 元 that is the product in 万元 is a unit slip, said
 * so. The fix (one, labelled) writes the product in the total's unit, or the unit.
 */
export const amountProductMismatch: Rule = {
  id: 'amount.product-mismatch',
  defaultSeverity: 'error',
  tags: ['arithmetic'],
  fixSafety: 'judgement',
  description: msg('“数量×单价（每X多少元）”与所写合计金额不符', 'A total does not equal the count times the rate per thing'),
  check(doc) {
    const findings: Finding[] = [];
    const slips = new Set(productUnitSlips(doc));
    for (const p of productClaims(doc)) {
      if (productHolds(p)) continue;
      const { total, rate, count } = p;
      const product = productValue(p);
      const value = inUnit(product, total.unit, total.decimals);
      const written = writtenLike(value, total.raw);
      const factors = `${count.text}×${amountText(rate)}${p.months === 12 ? '×12个月' : p.months === 2 ? '×2个学期' : ''}`;
      const shown = `${factors}＝${value}${total.unit}`;
      const related = [{ start: count.start, end: count.end, message: msg(`数量：${count.text}`, `count: ${count.text}`) }];
      // (`按每亩300元的标准兑付造林补助资金…`, `按8.6万元/公里的补助标准支付资金…`: the total's name, without
      // the words of the standard before it.)
      const name = total.labelCore.replace(/^(?:[/／][\u4e00-\u9fff]{1,3}?)?的?(?:[\u4e00-\u9fff]{0,4}?标准)?/, '');
      // `印制手册12000册，单价3.20万元，计3.84万元`: the product holds with the rate in the other unit: the
      // rate's unit is the slip (a table's rate, read from its header, has no unit written to change).
      const rateUnit = rate.unit === '万元' ? '元' : rate.unit === '元' ? '万元' : undefined;
      if (rateUnit && rate.unitStart < rate.unitEnd && productHolds({ ...p, rate: { ...rate, unit: rateUnit } })) {
        findings.push({
          ruleId: this.id, start: rate.start, end: rate.end, related,
          message: msg(`${amountText(rate)}的单位应为${rateUnit}：按${rateUnit}计算，${count.text}×${rate.raw}${rateUnit}＝${amountText(total)}`, `${amountText(rate)} should be in ${rateUnit}: only then does ${count.text} × ${rate.raw}${rateUnit} make ${amountText(total)}`),
          fixes: unitFix(rate, rateUnit),
        });
        continue;
      }
      if (slips.has(total)) {
        findings.push({
          ruleId: this.id, start: total.start, end: total.end, related,
          message: msg(`${name}${amountText(total)}与${factors}＝${inUnit(product, '万元', total.decimals)}万元不符：单位应为万元`, `${amountText(total)} is not ${factors} = ${inUnit(product, '万元', total.decimals)}万元: the unit should be 万元`),
          fixes: unitFix(total, '万元'),
        });
        continue;
      }
      findings.push({
        ruleId: this.id, start: total.start, end: total.end, related,
        message: msg(`${name}${amountText(total)}与${shown}不符`, `${amountText(total)} does not equal ${shown}`),
        fixes: [{ title: msg(`改为${written}${total.unit}（按${factors}计算）`, `Change to ${written}${total.unit} (from ${factors})`), edits: [{ start: total.numberStart, end: total.numberEnd, newText: written }], preferred: true }],
      });
    }
    return findings;
  },
};
