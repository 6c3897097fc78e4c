/**
 * The words that say what a figure is to a rate of spending: a budget (the whole one, the year's,
 * the one due), money received, the unit's own figures. Shared by the readings of prose rates.
 */

/** The whole budget (`部门年初预算`, `调整后预算`, `项目预算`), not a kind's or a source's. */
export const WHOLE_BUDGET = /^(?:部门|单位|项目)?(?:年初预算|调整后预算|全年预算|预算收入|预算总额|预算)(?:数|总额|合计)?$/;

/** What a rate of spending is over: a budget, or the year's income (`收入1126.48万元，支出…，资金使用率…`). */
export const BUDGET_WORDS = /^(部门|单位|本部门|本单位)?(预算收入|(?:全年|本年)?(?:一般公共预算|政府性基金预算)?财政拨款(?:收入|(?:全年|本年)?可用资金)|(?:全年|本年)?一般公共预算收入|(?:一般公共预算|政府性基金预算)(?:财政)?拨款(?:收入)?$|全年预算|调整后预算|(全年)?可用资金|可支配资金|资金总额|总预算|(?:本年|全年|年度)?总?收入(?:合计|总额|总计?)?$)/;
/** `年中追加及上级转移支付调整后预算为70,126.38万元`: the year's budget, whatever words come before. */
// (`全年预算调整后收入748.90万元`: the same, its words in another order.)
export const YEAR_BUDGET_END = /(调整后|全年|追加后)预算(数|总额|收入)?$|预算调整后的?(收入|总额)?$/;

/** `县级配套资金到位32.00万元`: the money one source (中央, 省级, 县级, 配套…) has received. */
export const SOURCE_RECEIVED = /^((?:其中)?[\u4e00-\u9fff]*(?:中央|省级|省|市级|市|县级|县|区级|区|配套|衔接|自筹)[\u4e00-\u9fff]*?(?:资金|补助|经费))(?:因[\u4e00-\u9fff]{1,8})?(?:实际)?到位(?:资金|数|金额)?$/;

/** `实际到位606.60万元`, `资金到位…`: money received of the budget, what a 到位率 is of. */
export const RECEIVED = /(?<![未应])到位(资金|数|金额)?$/;
/** `项目资金应到位1612.60万元`, `项目资金计划总额630.00万元`: what was to be received, the base of a 到位率. */
export const DUE = /应到位(资金|数|金额)?$|资金计划(总额|金额|数)$/;

/** The unit's own spending and budget (`2023年支出101.09万元` … `预算收入101.09万元`), as part 二 states them. */
// In a project's own report the project's figures are its: `项目执行数1,583.92万元`, `项目全年预算`.
// `经年中追加后调整预算为427.38万元`, `经年中追加调整后全年预算收入518.34万元`: the budget after the year's
// changes, whatever changes are named
// (`年中追加预算65.60万元` is a change, not a budget).
export const UNIT_FIGURE = /^((?:部门|单位)?(?:支出|总支出|实际支出)|一般公共预算(?:财政拨款)?支出|财政拨款支出|(部门|单位)?预算收入|(?:部门|单位)?(?:本年|全年)?(?:一般公共预算)?收入|一般公共预算(?:财政)?拨款(?:收入)?|(?:全年|调整后的?)预算(?:数|收入)?|(?:经)?(?:年中|年内)?(?:(?:追加|调整|调增|调减)[后及和、]?)*(?:(?:追加|调增|调减)后|调整后?)(?:的)?(?:全年)?预算(?:数|总额|收入)?|预算数?|预算总额|(?:全年)?可用资金|(项目)?(全年|实际)?执行数|项目实际支出|项目(全年)?预算数?)(总额|合计|总计)?$/;

/** `年初预算执行率`, `按年初预算计算执行率`: a rate whose name, or clause, says which budget it is over. */
export const OPENING_NAMED = /^(?:按|以|按照)?(年初|调整后|全年)(预算|计划)?(?:数)?(?:计算|计)?$/;
