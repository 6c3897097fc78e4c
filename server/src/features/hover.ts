import { Hover, MarkupKind, Position } from 'vscode-languageserver';
import { Amount, amountsBetween } from '../model/amounts';
import { amountsOf, evaluate } from '../model/arith';
import { sameQuantity } from '../model/quantities';
import type { Relation } from '../model/relations';
import { fundRole } from '../model/relations';
import { LintResult, modelOffsetAt } from '../engine';
import type { Lang } from '../rules/types';
import { amountText } from '../rules/util';
import { arithmetic } from '../engine/figures';
import { viewRangeOf } from './diagnostics';

const KIND_ZH: Record<string, string> = {
  breakdown: '合计与其组成', fund: '项目资金：来源 = 支出 + 结余结转', children: '项目支出与其子项目', projects: '项目支出与各项目实际支出',
};
const KIND_EN: Record<string, string> = {
  breakdown: 'total and its parts', fund: 'project funds: sources = spending + carry-over', children: 'project spending and its sub-items',
  projects: 'project spending and the projects\' spending',
};

function roleIn(a: Amount, r: Relation, lang: Lang): string {
  if (r.kind === 'fund') {
    const role = fundRole(a) ?? 'budget';
    const zh: Record<string, string> = { budget: '资金来源', prior: '资金来源（上年结转）', transfer: '资金来源（上级转移支付）', adjust: '年中调整', spend: '实际支出', carry: '结余结转', recall: '财政收回' };
    const en: Record<string, string> = { budget: 'source', prior: 'source (carried over)', transfer: 'source (transfer)', adjust: 'adjustment', spend: 'spending', carry: 'carry-over', recall: 'returned' };
    return lang === 'zh' ? zh[role] : en[role];
  }
  const isTotal = r.lhs.some((t) => t.amount === a);
  return lang === 'zh' ? (isTotal ? '合计' : '组成部分') : isTotal ? 'total' : 'part';
}

function amountAt(result: LintResult, offset: number): Amount | undefined {
  const near = amountsBetween(result.doc.amounts, Math.max(0, offset - 40), offset + 40);
  return near.find((a) => a.start <= offset && offset <= a.end);
}

/** What a figure is, the sums it takes part in, and the arithmetic with ✓ or ✗. */
export function hover(result: LintResult, pos: Position, lang: Lang): Hover | null {
  const offset = modelOffsetAt(result.doc, pos);
  const a = amountAt(result, offset);
  if (!a) return null;
  const zh = lang === 'zh';
  const lines: string[] = [];
  const what = a.labelCore || (zh ? '数额' : 'figure');
  lines.push(`**${what} ${amountText(a)}**${a.approximate ? (zh ? '（约数）' : ' (approximate)') : ''}`);
  const relations = result.doc.relations.filter((r) => amountsOf(r).includes(a));
  for (const r of relations) {
    const title = r.subject ? (zh ? `项目“${r.subject}”：` : `Project "${r.subject}": `) : '';
    lines.push('', `${title}${zh ? KIND_ZH[r.kind] : KIND_EN[r.kind]}（${roleIn(a, r, lang)}）`, '```', arithmetic(r, lang), '```');
    if (!evaluate(r).holds) lines.push(zh ? '⚠ 此处数据不能相加一致。' : '⚠ These figures do not add up.');
  }
  if (relations.length === 0) lines.push('', zh ? '不参与本报告中的合计关系。' : 'Takes part in no sum of this report.');
  const others = sameQuantity(result.doc, a);
  if (others.length) {
    const where = others.map((o) => `${zh ? '第' : 'line '}${o.line + 1}${zh ? '行' : ''} ${amountText(o)}`).join(zh ? '；' : '; ');
    lines.push('', `${zh ? '同一数据在' : 'Also stated on '}${where}${zh ? '也有出现' : ''}`);
  }
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') }, range: viewRangeOf(result, a.start, a.end) };
}
