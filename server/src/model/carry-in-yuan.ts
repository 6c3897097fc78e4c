import { Amount, amountsBetween, baseValue, writtenValue } from './amounts';
import type { ReportDocument } from './report';
import { fundRole } from './terms';

/**
 * `项目资金共计386.40万元` … `实际支出372.96万元` … `项目结余资金13.44元`: a balance written in 元 whose
 * digits, read as 万元, are the money said before less what was spent — to the last digit. The
 * unit is the slip. Only a balance (结余, 结转, 节余) with decimals, both other figures in 万元 with
 * its decimals, within the part's reach before it.
 */
export interface CarryInYuan {
  carry: Amount;
  total: Amount;
  spent: Amount;
}

const BALANCE = /(结余|结转|节余)(资金|金额)?$/;
/** What a balance is left of: the money there was (a budget, the money received or in all). */
const MONEY_THERE_WAS = /预算|资金|到位|共计|合计|总额|收入/;
const REACH = 1500;

export function carriesInYuan(doc: ReportDocument, flagged: ReadonlySet<number>): CarryInYuan[] {
  const out: CarryInYuan[] = [];
  for (const a of doc.amounts) {
    if (a.unit !== '元' || a.kind !== 'money' || a.decimals === 0 || a.approximate || a.perUnit || a.cell || flagged.has(a.id) || !BALANCE.test(a.labelCore)) continue;
    const before = amountsBetween(doc.amounts, Math.max(0, a.start - REACH), a.start)
      .filter((b) => b.unit === '万元' && b.kind === 'money' && b.decimals === a.decimals && !b.approximate && !b.perUnit);
    const asWan = writtenValue(a);
    const spent = before.filter((b) => fundRole(b) === 'spend');
    const totals = before.filter((b) => fundRole(b) !== 'spend' && MONEY_THERE_WAS.test(b.labelCore));
    for (const s of spent) {
      const total = totals.find((t) => baseValue(t).minus(baseValue(s)).eq(asWan));
      if (total) {
        out.push({ carry: a, total, spent: s });
        break;
      }
    }
  }
  return out;
}
