import { interned } from './amount-values';

/**
 * A figure's label without the words around its name: a year or a date before it, `其中`, `本单位`,
 * `为`, `合计` after it, a note in brackets after it.
 */
const LEADING_NOISE = [
  // `2023年年初预算`: 年初 belongs to the term, so only 度/末/底 go with the year.
  /^(截至|截止到?|截止至)?[0-9０-９]{4}年(度|末|底)?([0-9０-９]{1,2}月([0-9０-９]{1,2}日)?(底|末)?)?/,
  /^(其中|另有|另|以及|及|和|与|含|包括|此外|同时|全年|当年|本年度?|年底|年初(?=预算收入)|我委|我单位|本单位|本部门|本(?:所|局|院|站|馆|中心|委|会|校|办|队|室|处|厅|社)|单位)/,
];
const TRAILING_NOISE = /(为|是|达到?|共计?|计|约|了|合计|金额为|总额为)$/;
/** `全年预算数（含年中追加调整）`: a note after the words says what they include, it is not them. */
const TRAILING_NOTE = /(?<=[\u4e00-\u9fff])[（(][^（()）0-9０-９]{2,12}[）)]$/;

/** Labels repeat (every row of a table, every `项目支出`): each is cleaned once. Bounded. */
const CORES = new Map<string, string>();

export function labelCoreOf(label: string): string {
  return interned(CORES, label, () => {
    let s = label;
    for (let i = 0; i < 4; i++) {
      const before = s;
      for (const re of LEADING_NOISE) s = s.replace(re, '');
      if (s === before) break;
    }
    // `上级转移支付【65.00万元】`: the figure's own bracket is no word of its name.
    return s.replace(/【$/, '').replace(TRAILING_NOTE, '').replace(TRAILING_NOISE, '');
  });
}

/** A rate's label (`每亩`, `人均`, `单价`, `补助标准`; `每车每年平均运行费用`, `车均运行维护费`): a cost per unit however worded. */
export const PER_UNIT_LABEL = /每[个名所家处座]?[\u4e00-\u9fff]{1,3}(?:奖补|补助|补贴|奖励|资助|发放|拨付)?$|[人户亩生次件]均$|单价$|标准为?$|^每[\u4e00-\u9fff]{1,2}每|^每[\u4e00-\u9fff]{1,3}[\u4e00-\u9fff]{0,6}(?:费用|成本|单价)(?:约|约为|为)?$|(?:平均|[人户车校]均)[\u4e00-\u9fff]{0,4}(?:费用?|成本|支出|经费|补助)$/;
