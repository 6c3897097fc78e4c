import { interned } from './amounts';

/** The names a unit-level quantity goes by: `全年支出合计` and `支出` are one, `年初预算数` and `年初预算` another. */
const CANONICAL: Array<[RegExp, string]> = [
  // (Not `支出总计`: in a 决算 table's words, the year's spending with the balance at its end.)
  [/^(整体|总|全年|年度|实际发生)?支出(总额|合计)?$/, '支出'],
  [/^收入(总额|合计)?$/, '收入'],
  [/^预算收入(总额|合计)?$/, '预算收入'],
  // (`年初预算数`, `年初预算安排`: the same figure said in other words.)
  [/^年初预算(收入|数|安排|安排数)?$/, '年初预算'],
  [/^基本支出(合计)?$/, '基本支出'],
  [/^项目(经费)?支出(合计)?$/, '项目支出'],
  [/^人员经费(支出)?$/, '人员经费'],
  [/^公用经费(支出)?$/, '公用经费'],
  // (`年末结余结转资金`: the same balance, said at the year's end.)
  [/^(?:年末|年终)?(?:结余结转|结转结余)(?:资金)?$/, '结余结转'],
  [/^其他资金来源$/, '其他资金来源'],
  [/^财政拨款收入$/, '财政拨款收入'],
  [/^(收到|到位的?)?一般公共预算财政拨款(收入)?$/, '一般公共预算财政拨款收入'],
  [/^财政拨款支出$/, '财政拨款支出'],
  [/^[“"]?三公[”"]?经费(支出|实际支出|决算支出|决算数?|支出决算数?)?$/, '三公经费'],
];

export const DROP = /^(单位|部门|整体|本单位|本部门|本?(?:所|局|院|站|馆|中心|委|会|校|办|队|室|处|厅|社)|我委|我单位|一般公共预算|年度|全年|(?:19|20)\d{2}年度?)+/;

/** Labels repeat: each is matched against the names once ('' for none), in a bounded table. */
const CANONICAL_OF = new Map<string, string>();

export function canonicalLabel(labelCore: string): string | undefined {
  const name = interned(CANONICAL_OF, labelCore, () => {
    // `一般公共预算财政拨款支出` is less than `财政拨款支出` wherever there is 政府性基金 too.
    // (It is a name of its own, the general budget's money only.)
    if (/一般公共预算财政拨款/.test(labelCore)) return /^(收到|到位的?)?一般公共预算财政拨款(收入)?$/.test(labelCore) ? '一般公共预算财政拨款收入' : '';
    const core = labelCore.replace(DROP, '');
    return CANONICAL.find(([re]) => re.test(core))?.[1] ?? '';
  });
  return name || undefined;
}
