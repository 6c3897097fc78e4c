/**
 * A table that compares two columns (`项目 | 2023年 | 2024年 | 增减 | 增减率`, `预算数 | 决算数 |
 * 增减额`): each row's 增减 is the later figure less the earlier, and its 增减率 that change over
 * the earlier figure. Which two columns a change is of is read from the header's years (上年, 本年,
 * 2023年…) and kinds (预算, 决算); a table where that is not one pair is not checked.
 */
export interface ChangeColumn {
  column: number;
  /** A percentage (增减率) rather than an amount (增减额). */
  rate: boolean;
  before: number;
  now: number;
  /**
   * The column is the earlier less the later, a fall stated as a positive figure: a purchase's
   * `节约资金` (its budget less the price won) and `节约率` (that over the budget), an asset's `净值`
   * (its 原值 less its 累计折旧).
   */
  falls?: boolean;
}

/** A column named by a period alone (`2023年`, `上年数`, `本年决算`): a figure only when compared. */
export const PERIOD_NAME = /^((19|20)\d{2}年度?|上年度?|本年度?|今年|去年|当年|上期|本期|同期|上年同期)(决算|预算|执行|实际|支出|收入)?(数|金额|额)?$/;
const CHANGE_HEAD = '(比上年|较上年|与上年相比|同比|比预算|较预算|比年初预算|较年初预算)?';
// (`差额（决算−预算）`: the difference, its note saying which way it is taken.)
export const CHANGE_NAME = new RegExp(`^${CHANGE_HEAD}(增减|增减变动|增减变化|增[（(]减[）)]|变动)(额|数|金额)?$|^差额(?:[（(][^（）()]{2,12}[-−－][^（）()]{2,12}[）)])?$`);
const PERCENT = '(?:[（(]?[%％][）)]?)';
export const CHANGE_RATE_NAME = new RegExp(`^${CHANGE_HEAD}(增减|增减变动|增[（(]减[）)]|变动|增长)(?:(率|幅度|比例|百分比)${PERCENT}?|${PERCENT})$|^增幅${PERCENT}?$|^(?:差异|差额|偏差)率${PERCENT}?$`);

/** `节约资金`, `净值`: a column that is one column less another (see `differencePair`). */
export const DIFFERENCE_NAME = /^节约(?:资金|金额|额)$|^(?:账面)?净值(?:金额)?$/;
export const DIFFERENCE_RATE_NAME = /^(?:资金)?节约率(?:[（(][%％][）)])?$/;
/** The two columns a difference is of, by their names: what it is less, and what is taken off. */
const DIFFERENCE_OF: Array<[RegExp, RegExp, RegExp]> = [
  [/节约/, /^(?:采购)?预算(?:金额|数)?$/, /^(?:中标|成交|合同)(?:（成交）|\(成交\))?(?:金额|价格?)$/],
  [/净值/, /^(?:账面)?原值(?:金额)?$/, /^累计(?:计提)?(?:折旧|摊销)(?:额|金额)?$/],
];

const YEAR = /((?:19|20)\d{2})年/;
const PRIOR = /^(上年|去年|上期|同期|上年同期)/;
const CURRENT = /^(本年|今年|当年|本期)/;
const BUDGET = /预算|年初|安排/;
const SPENT = /决算|执行|支出|实际|完成/;

/** A column's period: its year, or −1 and 0 for 上年 and 本年; undefined when it names none. */
function periodOf(name: string): { year: number; relative: boolean } | undefined {
  const y = YEAR.exec(name);
  if (y) return { year: Number(y[1]), relative: false };
  if (PRIOR.test(name)) return { year: -1, relative: true };
  if (CURRENT.test(name)) return { year: 0, relative: true };
  return undefined;
}

const kindOf = (name: string): 'budget' | 'spent' | undefined => (BUDGET.test(name) ? 'budget' : SPENT.test(name) ? 'spent' : undefined);

/** Columns a change may be of (roles as `tables.ts` names them). */
const COMPARABLE = new Set(['period', 'initial', 'full', 'spend']);

/** The one column of `list` matching `test`, if exactly one does. */
function onlyOne(list: number[], test: (c: number) => boolean): number | undefined {
  const found = list.filter(test);
  return found.length === 1 ? found[0] : undefined;
}

/** Earlier and later by period: two periods, each one column (or one of each kind matching the other's). */
function byPeriod(values: number[], names: string[]): [number, number] | undefined {
  const dated = values.flatMap((column) => {
    const period = periodOf(names[column]);
    return period ? [{ column, ...period }] : [];
  });
  // `2024年` beside `上年`: which year 上年 is, the header does not say.
  if (new Set(dated.map((d) => d.relative)).size !== 1) return undefined;
  const years = [...new Set(dated.map((d) => d.year))].sort((a, b) => a - b);
  if (years.length !== 2) return undefined;
  const at = (year: number) => dated.filter((d) => d.year === year).map((d) => d.column);
  const [early, late] = [at(years[0]), at(years[1])];
  if (early.length === 1 && late.length === 1) return [early[0], late[0]];
  // `2023年决算 | 2024年预算 | 2024年决算`: the later column of the earlier one's kind.
  const kind = early.length === 1 ? kindOf(names[early[0]]) : undefined;
  const same = kind && onlyOne(late, (c) => kindOf(names[c]) === kind);
  return typeof same === 'number' ? [early[0], same] : undefined;
}

/** Budget and spending: one column of each among those of no period or of the later period. */
function byKind(values: number[], names: string[]): [number, number] | undefined {
  const budget = onlyOne(values, (c) => kindOf(names[c]) === 'budget');
  const spent = onlyOne(values, (c) => kindOf(names[c]) === 'spent');
  return budget !== undefined && spent !== undefined ? [budget, spent] : undefined;
}

function pairOf(name: string, values: number[], names: string[]): [number, number] | undefined {
  if (/预算/.test(name)) return byKind(values.filter((c) => !PRIOR.test(names[c])), names);
  if (/上年|同比/.test(name)) return byPeriod(values, names) ?? priorOfItsKind(values, names);
  return byPeriod(values, names) ?? priorOfItsKind(values, names) ?? (values.length === 2 ? byKind(values, names) : undefined);
}

/** `年初预算 | 决算数 | 上年决算数 | 增减额`: last year's column and the one of its kind that names no period. */
function priorOfItsKind(values: number[], names: string[]): [number, number] | undefined {
  const prior = onlyOne(values, (c) => PRIOR.test(names[c]));
  const kind = prior !== undefined ? kindOf(names[prior].replace(PRIOR, '')) : undefined;
  const now = kind && onlyOne(values, (c) => c !== prior && periodOf(names[c]) === undefined && kindOf(names[c]) === kind);
  return prior !== undefined && typeof now === 'number' ? [prior, now] : undefined;
}

/** `采购预算 | 中标金额 | 节约资金`: the budget and the price a saving is of, each one column. */
function differencePair(name: string, names: string[]): [number, number] | undefined {
  const of = DIFFERENCE_OF.find(([kind]) => kind.test(name));
  if (!of) return undefined;
  const all = names.map((_, c) => c);
  const before = onlyOne(all, (c) => of[1].test(names[c]));
  const now = onlyOne(all, (c) => of[2].test(names[c]));
  return before !== undefined && now !== undefined ? [before, now] : undefined;
}

/**
 * The change columns of a header and the pair each compares. A 增减率 right after a 增减 is of the
 * same pair. The compared columns named by a period alone become figures (`compared`).
 */
export function changeColumns<Role extends string>(roles: Role[], names: string[], compared: Role): { roles: Role[]; changes: ChangeColumn[] } {
  const changes: ChangeColumn[] = [];
  if (!roles.some((r) => r === 'change' || r === 'changeRate')) return { roles, changes };
  const values = roles.flatMap((r, c) => (COMPARABLE.has(r) ? [c] : []));
  const out = roles.slice();
  roles.forEach((r, c) => {
    if (r !== 'change' && r !== 'changeRate') return;
    const left = changes.find((x) => x.column === c - 1 && !x.rate);
    const difference = DIFFERENCE_NAME.test(names[c]) || DIFFERENCE_RATE_NAME.test(names[c]);
    const pair = r === 'changeRate' && left && !/预算|上年|同比/.test(names[c]) ? [left.before, left.now] : difference ? differencePair(names[c], names) : pairOf(names[c], values, names);
    if (!pair) return;
    const falls = difference || (r === 'changeRate' && left?.falls) || undefined;
    changes.push({ column: c, rate: r === 'changeRate', before: pair[0], now: pair[1], ...(falls ? { falls } : {}) });
    for (const p of pair) if (out[p] === 'period') out[p] = compared;
  });
  return { roles: out, changes };
}

