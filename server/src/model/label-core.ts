import { interned } from './amount-values';
import { charTable } from './text';

/**
 * A figure's label without the words around its name: a year or a date before it, `其中`, `本单位`,
 * `为`, `合计` after it, a note in brackets after it.
 */
const LEADING_NOISE = [
  // `2023年年初预算`: 年初 belongs to the term, so only 度/末/底 go with the year.
  /^(截至|截止到?|截止至)?[0-9０-９]{4}年(度|末|底)?([0-9０-９]{1,2}月([0-9０-９]{1,2}日)?(底|末)?)?/,
  // (`二是年末结余结转…`: the item's ordinal says which point of a list, not what the figure is.)
  /^(?:[一二三四五六七八九十]是|首先|其次|再次|最后)/,
  /^(其中|另有|另|以及|及|和|与|含|包括|由|此外|同时|全年|当年|本年度?|年底|年初(?=预算收入)|我单位|本单位|本部门|[本我全](?:所|局|院|站|馆|中心|委|会|校|办|队|室|处|厅|社)|[本我](?:乡|镇|街道|场|园)|全系统|单位)/,
  // `县妇联全年实际支出`, `市工商联年初预算`: the unit's short name before the year's figure.
  /^[\u4e00-\u9fff]{1,6}?(?:局|馆|联|委|院|所|站|中心|会|校|办|队|处|厅|社)(?=全年|当年|本年|实际支出|年初预算|调整后预算|预算收入)/,
];
const TRAILING_NOISE = /(为|是|达到?|共计?|(?<![总小累统])计|约|了|合计|金额为|总额为)$/;
/** `全年预算数（含年中追加调整）`: a note after the words says what they include, it is not them. */
const TRAILING_NOTE = /(?<=[\u4e00-\u9fff])[（(][^（()）0-9０-９]{2,24}[）)]$/;

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
export const PER_UNIT_LABEL = /每[个名所家处座]?[\u4e00-\u9fff]{1,3}(?:奖补|补助|补贴|奖励|资助|发放|拨付)?$|[人户亩生次件]均(?:约为?|为|达)?$|单价(?:约为?|为)?$|标准为?$|^每[\u4e00-\u9fff]{1,2}每|^每[\u4e00-\u9fff]{1,3}[\u4e00-\u9fff]{0,6}(?:费用|成本|单价)(?:约|约为|为)?$|(?:平均|[人户车校亩生]均)[\u4e00-\u9fff]{0,4}(?:费用?|成本|支出|经费|补助|投入|投资|收入)(?:约为?|为|达)?$/;

/** Characters that end the words a figure belongs to, as a table by character code. */
const LABEL_STOP = charTable('，,；;：:。！？!?、（()）【】“”"《》 \t\u3000\u00a0');

const OPEN_BRACKET = (c: number) => c === 0xff08 || c === 0x28;
const CLOSE_BRACKET = (c: number) => c === 0xff09 || c === 0x29;

export function isCjkCode(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

/** The label runs back from the figure to the nearest stop or the previous figure. */
export function labelStartOf(text: string, numStart: number, floor: number): number {
  // `上级转移支付【65.00万元】`: a figure set in 【】 is still the words' before it.
  let ls = text.charCodeAt(numStart - 1) === 0x3010 && numStart - 1 > floor && isCjkCode(text.charCodeAt(numStart - 2)) ? numStart - 1 : numStart;
  // `全年预算数（含年中追加调整）2,412.60万元`: a note in brackets between the words and the figure.
  if (ls === numStart) ls = beforeNote(text, numStart, floor);
  for (;;) {
    while (ls > floor && LABEL_STOP[text.charCodeAt(ls - 1)] === 0) ls--;
    // `调增（减）5万元`, `因公出国（境）费0元`: a bracketed character inside the words belongs to them.
    if (ls - 4 >= floor && CLOSE_BRACKET(text.charCodeAt(ls - 1)) && OPEN_BRACKET(text.charCodeAt(ls - 3))
      && isCjkCode(text.charCodeAt(ls - 2)) && isCjkCode(text.charCodeAt(ls - 4))) ls -= 3;
    // `“三公”经费支出28,730.00元`: a short name in quotes that the words go on from is theirs.
    else if (ls < numStart && text.charCodeAt(ls - 1) === 0x201d && isCjkCode(text.charCodeAt(ls))) {
      // Looked for a few characters back only: a line may hold thousands of `”`.
      let open = ls - 2;
      while (open > floor && open >= ls - 8 && isCjkCode(text.charCodeAt(open))) open--;
      if (open < floor || open === ls - 2 || text.charCodeAt(open) !== 0x201c) return ls;
      ls = open;
    } else return ls;
  }
}

/** Room for a note in brackets right before a figure (`（含年中追加调整）`, `（决算数）`, `（…之和，不含结余结转）`). */
const MAX_NOTE = 24;

/**
 * Where the words before a bracketed note end, when the note stands right before the figure and
 * follows Han words: the note holds no digits (`（1）`, `（2023年）` are not notes) and no marks.
 * Else the figure's own start.
 */
function beforeNote(text: string, numStart: number, floor: number): number {
  if (!CLOSE_BRACKET(text.charCodeAt(numStart - 1))) return numStart;
  for (let i = numStart - 2; i > floor && i >= numStart - 2 - MAX_NOTE; i--) {
    const c = text.charCodeAt(i);
    if (OPEN_BRACKET(c)) return i > numStart - 4 || !isCjkCode(text.charCodeAt(i - 1)) ? numStart : i;
    // (`实际支出（基本支出与项目支出之和，不含结余结转）304.70万元`: a comma or 、 inside the note is its own.)
    if ((c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19) || (LABEL_STOP[c] === 1 && c !== 0xff0c && c !== 0x3001)) return numStart;
  }
  return numStart;
}
