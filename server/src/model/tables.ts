import { GROUPED_DIGITS } from './amounts';
import { parseNumberPrefix } from './numbering';
import { CHANGE_NAME, CHANGE_RATE_NAME, ChangeColumn, changeColumns, DIFFERENCE_NAME, DIFFERENCE_RATE_NAME, PERIOD_NAME } from './change-columns';
import { totalRowCells } from './short-totals';
import { moneyColumns } from './money-columns';
import type { Line, LineIndex } from './text';

/**
 * Tables pasted as text, in the three shapes Word and WPS give: rows of tab-separated cells, rows
 * with `|` between cells (Markdown too), and one cell per line under a header of column names.
 * A cell is never a heading, a numbered item or a part. Columns are named by their header
 * (项目名称, 年初预算, 全年预算数, 全年执行数, 结余结转, 执行率, 分值, 得分…); a table whose header we
 * cannot read is still a table, and only its cells' own words are checked.
 */
export type ColumnRole =
  | 'seq' | 'name' | 'initial' | 'adjust' | 'full' | 'spend' | 'carry' | 'rate' | 'weight' | 'score' | 'other'
  // Money received of a budget (`到位数`) and its share of the budget (`到位率`), in a project's fund table.
  | 'received' | 'receivedRate'
  // Money of no part in a fund line (`村级组织运转经费`, `村干部报酬`, `基本支出`): summed by a 合计 row,
  // and by a 合计 column beside it.
  | 'money'
  // `合计` heading a column: each row's total of the money columns beside it (`合计 | 基本支出 | 项目支出`).
  | 'rowTotal'
  // A period's figures (`2023年`), read as figures when another column is their change (`compared`).
  | 'period' | 'compared' | 'change' | 'changeRate'
  // People or households counted (`实有人数`, `受益人口`, `户数`): summed by a 合计 row as money is.
  | 'headcount';

export interface TableCell {
  line: number;
  start: number;
  end: number;
  text: string;
  /**
   * A filled cell is a sentence of its own, and is that sentence: this is its index among the
   * sentences once they are split (−1 before, and for a cell that is no sentence). One object
   * instead of two for every cell of a long table.
   */
  index: number;
}

export interface TableRow {
  cells: TableCell[];
  /** `合计` `总计` `总分`: a row that totals the rows above it. */
  total: boolean;
  subtotal: boolean;
  /** Its name is indented (`　　公用经费`): a row under the one above it. */
  indented: boolean;
  /**
   * How far in its name starts, by spaces and full-width spaces (not tabs, which may be empty cells),
   * past the table's least: a row deeper than the one above is one of its parts. 0 where not known.
   */
  depth: number;
  /** Its cells could not be put in the header's columns (a row lined up with spaces): words only. */
  unaligned: boolean;
}

export interface Table {
  shape: 'tab' | 'pipe' | 'space' | 'cells';
  /** Every line the table occupies (rows, rule lines, header). */
  lines: number[];
  header?: TableRow;
  columns: ColumnRole[];
  /** The column headers folded (no spaces, no unit). */
  columnNames: string[];
  /** Money unit of each column, if the table or header says (`单位：万元`, `年初预算（万元）`). */
  units: Array<string | undefined>;
  rows: TableRow[];
  /** Columns that are the change between two others (增减, 增减率). */
  changes?: ChangeColumn[];
  /** The text ends in the table or on the line after (an opening cut there): rows may be missing. */
  endsText?: boolean;
  /** Its title or a note says it lists the main rows only (`项级科目列示主要项目`). */
  someRowsOnly?: boolean;
}

export const TARGET_COLUMN = /^(年度)?(指标值|目标值|绩效目标|年度目标|计划数|目标)$/;
export const DONE_COLUMN = /^(实际)?(完成值|完成数|实际值|实现值|完成情况)$|^实际完成(值|数)?$/;
export const COMPLETION_COLUMN = /^完成(率|比例|程度)$/;

const ROLE_PATTERNS: Array<[ColumnRole, RegExp]> = [
  ['seq', /^(序号|编号|序|行次|栏次|行号)$/],
  ['rate', /执行率/],
  ['receivedRate', /到位率/],
  ['received', /^(实际)?(资金)?到位(资金|数|金额)?(数|额)?$/],
  ['weight', /^(?:指标)?(分值|权重|标准分|满分|权重分)$/],
  ['score', /^(得分|评分|自评得分|实际得分|评价得分)$/],
  // `实有人数`, `新增贷款户数`, `受益人口`: people and households, which a 合计 row adds as it adds money.
  ['headcount', /^(?!.*(人均|户均|平均|比例|占比|率|标准|密度))[\u4e00-\u9fff]{0,10}(?:人数|人口|户数|人次)$|^编制数$/],
  ['carry', /^(结余结转|结转结余|结余|结转|结余资金|结转资金|结余金额|结余结转数|结转结余数)$/],
  ['spend', /实际支出|执行数|支出数|决算数|决算支出|支出决算|实际执行|全年执行|执行金额|支出金额|实际使用|实际到位/],
  // `2024年支出`, `本年支出`: the year's spending, as a table of spending by kind heads it.
  ['spend', /^((19|20)\d{2}年度?|本年度?|当年|全年)?支出(金额|数|额)?$/],
  ['initial', /^年初(预算|安排)?(数|金额)?$/],
  ['full', /^(全年预算|调整后预算|调整后|预算合计|预算总额|预算金额|全年预算金额|预算数|预算|批复预算|预算批复|核定预算)(数|金额)?$/],
  ['adjust', /^(年中)?(调整|追加|调整追加|追加调整|调增|调减|调整[（(]?[增减][）)]?|追加[（(]?减[）)]?|调增[（(]减[）)]|调整\/追加|调整、追加|调整预算数?)(数|金额)?$/],
  // Money the year's budget gets besides its 年初 figure, added as a 调增 is: `上级转移支付`, `上年结转`.
  ['adjust', /^(上级)?(转移支付|补助)(资金|收入)?(数|金额)?$|^上年(结转|结余)(资金)?(数|金额)?$/],
  // (`乡镇`, `就读学校`: the places or bodies a table's rows are, as its first column names them.)
  ['name', /名称$|科目$|类别$|类型$|^(项目|支出项目|资金项目|专项名称|(?:支出|建设|项目|工作|补助)?内容|单位|资金用途|年度|年份|乡镇|乡镇（街道）|乡镇\/街道|乡镇街道|街道|村|社区|村（社区）|村\/社区|学校|就读学校|(?:经济|功能|支出)?分类|类别|类型)$/],
  ['change', CHANGE_NAME],
  ['changeRate', CHANGE_RATE_NAME],
  // A procurement table's and an assets table's: `采购预算 | 中标（成交）金额 | 节约资金 | 节约率`,
  // `原值 | 累计折旧 | 净值`, the last of each the difference of the first two.
  ['change', DIFFERENCE_NAME],
  ['changeRate', DIFFERENCE_RATE_NAME],
  ['money', /^采购预算(?:金额|数)?$|^(?:中标|成交|合同)(?:（成交）|\(成交\))?(?:金额|价格?)$|^(?:账面)?原值(?:金额)?$|^累计(?:计提)?(?:折旧|摊销)(?:额|金额)?$/],
  ['period', PERIOD_NAME],
  ['rowTotal', /^(本年)?(收入|支出)?(合计|总计|小计)(数|金额)?$/],
  // The kinds a budget's income and spending are split into, as a 收入支出表 (or a “三公”经费表) heads its columns.
  ['money', /^(基本支出|项目支出|人员(经费|支出)|(日常)?公用(经费|支出)|(一般公共预算)?财政拨款(收入)?|一般公共预算(拨款|收入)?|政府性基金(预算)?(拨款|收入)?|国有资本经营预算(拨款|收入)?|事业收入|经营收入|其他收入|附属单位上缴收入|工资福利支出|商品和服务支出|对个人和家庭的补助(支出)?|资本性支出|因公出国[（(]境[）)]费用?|公务用车购置及运行(维护)?费|公务用车(购置|运行(维护)?)费|公务接待费)(数|金额)?$/],
  // Money by the level of government it came from, as a table of sources heads its columns.
  ['money', /^(中央|省级?|市级?|州级?|县级?|区级?|本级)(财政)?(资金|补助|补助资金|配套资金)?(数|金额)?$|^乡镇(财政)?(资金|补助|补助资金|配套资金)(数|金额)?$/],
  // `金额（万元）`, `资金（万元）`: a column of money with no more words.
  ['money', /^(金额|资金|经费|资金额|资金数)$/],
  // `资金类型 | 年初结转结余 | 本年收入 | 本年支出 | 年末结转结余`: a 收支 table's columns of money.
  ['money', /^(年初|年末)(结转结余|结余结转|结转|结余)(资金)?$|^本年收入$/],
  // Not a rate or a figure per head or unit (`补助标准`, `人均经费`), which no 合计 adds up. Kinds
  // of cost (`劳务费`, `印刷费`, `差旅费`) are money as their 经费 is.
  ['money', /^(?!.*(标准|人均|户均|生均|亩均|平均|单价|每|比例|占比|率))[\u4e00-\u9fff（）()“”]{1,16}(费|报酬|补助|补贴|资金|费用|金额|工资|奖励|奖补)(数|额)?$/],
];

/** Money columns: their cells are figures in the table's unit. */
export const MONEY_ROLES = new Set<ColumnRole>(['initial', 'adjust', 'full', 'spend', 'carry', 'compared', 'change', 'received', 'money', 'rowTotal']);
/** Score columns: points, summed by a 总分 (or 合计) row as money columns are. */
export const SCORE_ROLES = new Set<ColumnRole>(['weight', 'score']);
/** Columns whose cells are read as figures. */
export const FIGURE_CELL_ROLES = new Set<ColumnRole>([...MONEY_ROLES, ...SCORE_ROLES, 'headcount']);
/** Columns of figures, read as figures or not (the rest are names, numbers of rows and words). */
export const FIGURE_COLUMNS = new Set<ColumnRole>([...FIGURE_CELL_ROLES, 'rate', 'receivedRate', 'changeRate', 'period']);

export const UNIT_IN_HEADER = /[（(]\s*(万元|千元|元|亿元)\s*[）)]/;
export const UNIT_LINE = /单位\s*[：:]\s*(万元|千元|元|亿元)/;
const CELL_NUMBER = `(?:${GROUPED_DIGITS}|[0-9０-９][0-9０-９,]*)`;
/** A figure, signed or not, or an accountant's negative (`（1.38）`, `(5.58%)`, `△1.99`; see `accounting-signs.ts`). */
export const NUMERIC_CELL = new RegExp(`^(?:[-－−+＋△▲]?${CELL_NUMBER}(?:[.．][0-9０-９]+)?\\s*(?:%|％|万元|元|亿元)?|[（(]\\s*${CELL_NUMBER}(?:[.．][0-9０-９]+\\s*[%％]?|\\s*[%％])\\s*[)）])$`);
export const EMPTY_CELL = /^[-—－/／]?$/;

/** `权重（分）`, `自评得分（分）`, `实有人数（人）`: points or people, the unit of a column of them. */
const POINTS_IN_HEADER = /[（(]\s*(?:分|人|户|人次|名)\s*[）)]$/;

function headerName(text: string): string {
  return text.replace(UNIT_IN_HEADER, '').replace(POINTS_IN_HEADER, '').replace(/[\s\u3000*]/g, '');
}

/** `受助学生（人）`, `奖补户数（户）`, `受理治安案件（起）`: a column of people, households or things counted, whatever its words. */
const PEOPLE_IN_HEADER = /[（(]\s*(?:人|户|人次|名|起|件|宗|场|场次|次|个|家|所|项|台|套|辆|座|处)\s*[）)]$/;
const NOT_A_COUNT = /人均|户均|生均|平均|比例|占比|率|标准|年龄|排名|序号/;

export function roleOf(text: string): ColumnRole {
  const name = headerName(text);
  for (const [role, re] of ROLE_PATTERNS) if (re.test(name)) return role;
  return PEOPLE_IN_HEADER.test(text.trim()) && !NOT_A_COUNT.test(name) ? 'headcount' : 'other';
}

/** What a row is about: its name cell's words, without a number before them. */
export function rowName(t: Table, row: TableRow): string {
  // `项目类别 | 项目名称`: the last name column is the row's own (the first, its group's, is merged down).
  const i = t.columns.lastIndexOf('name');
  const named = row.cells[i >= 0 ? i : t.columns.findIndex((r) => r !== 'seq')] ?? row.cells[0];
  // A name cell merged down from the row above is empty here: the row's first words name it.
  const cell = named?.text ? named : row.cells.find((c) => c.text && !NUMERIC_CELL.test(c.text));
  const text = cell?.text ?? '';
  const prefix = parseNumberPrefix(text);
  return prefix ? text.slice(prefix.end).trim() : text;
}

function isTotalCell(t: string): boolean {
  // `总分`: the total of a score table's 分值 and 得分 columns.
  // `“三公”经费合计`: the 三公 table's total (other `…合计` rows, as `本年收入合计` in a 收支总表, may
  // stand among rows they do not sum).
  return /^(合计|总计|共计|总分|总得分|合计得分|["“]?三公["”]?经费(合计|总计))$/.test(t.replace(/\s/g, ''));
}

/** `小计`, `人员经费小计`: a row that totals the rows above it within a group. */
const SUBTOTAL_NAME = /^[\u4e00-\u9fff（）()“”0-9０-９A-Za-z]{0,12}小计([（(][\u4e00-\u9fff、]{1,10}[)）])?$/;

/**
 * `本年收入合计` in a 收入支出决算总表: the year's rows above it it sums, as a 小计 does; its 总计 adds the
 * balances below it (`年初结转和结余`) to it.
 */
const YEAR_TOTAL = /^本年(收入|支出)合计$/;
/** Whether a row is a 决算 table's `本年收入合计`: a 小计 of every row since the last total. */
export const isYearTotal = (row: TableRow): boolean => row.subtotal && row.cells.some((c) => YEAR_TOTAL.test(c.text.replace(/\s/g, '')));

const SEQUENCE_CELL = /^(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3}|[（(][一二三四五六七八九十0-9０-９]{1,3}[)）])$/;

export function makeRow(cells: TableCell[], indented = false, unaligned = false, depth = 0): TableRow {
  // (A sequence cell is none: `3`, and a group's `一` or `（二）`.)
  const first = cells.find((c) => c.text && !SEQUENCE_CELL.test(c.text))?.text.replace(/\s/g, '') ?? '';
  // A copy of its size: the cells were pushed, and an array grown by push keeps room for 17.
  // `一、常规业务项目 | 小计 | 38.50 | …`: a group's name in the first column, its 小计 in the name column.
  // (`基本支出 | 基本支出小计 | 351.10 | …`: or the group's name repeated in the first column, merged cells flattened.)
  // (`投入 | 20 | 小计 |  | 20 | 19.5`: or in a later name column, after the group's own 分值.)
  const groupSubtotal = cells.length > 2 && cells[0].text !== '' && cells.slice(1, 3).some((c) => c.text.includes('小计') && (c.text.replace(/\s/g, '') === '小计' || SUBTOTAL_NAME.test(c.text.replace(/\s/g, ''))));
  return { cells: cells.slice(), total: isTotalCell(first), subtotal: groupSubtotal || SUBTOTAL_NAME.test(first) || YEAR_TOTAL.test(first), indented, unaligned, depth };
}

/** Whether a row's first filled cell is indented: by a full-width space, a tab row's leading space, or two spaces after a pipe. */
export function isIndented(line: Line, cells: TableCell[], grid = false): boolean {
  const first = cells.find((c) => c.text);
  if (!first) return false;
  const pipe = /^\s*\|/.test(line.text);
  const lead = line.text.slice(0, first.start - line.start).replace(/^\s*\|/, '');
  // In a Word grid a tab before the first filled cell is an empty cell's, not an indent.
  const before = grid ? lead.replace(/\t/g, '') : lead;
  return before.includes('\u3000') || (pipe ? before.length >= 2 : before.length > 0);
}

/**
 * How far in a row's first filled cell starts: a full-width space two, a space one, after the last
 * tab or pipe before it (a pipe's own space not counted). Tabs are not counted: in a row pasted from
 * Word a tab before the name is an empty cell's.
 */
export function indentDepth(line: Line, cells: TableCell[]): number {
  const first = cells.find((c) => c.text);
  if (!first) return 0;
  const before = line.text.slice(0, first.start - line.start);
  const lead = /[^\t|]*$/.exec(before)![0];
  let depth = 0;
  for (const ch of lead) depth += ch === '\u3000' ? 2 : ch === ' ' ? 1 : 0;
  return lead.length < before.length && before[before.length - lead.length - 1] === '|' ? Math.max(0, depth - 1) : depth;
}

/** `（列示主要项目）`, `注：…仅列示主要项级科目`: a table of the main rows only. */
const SOME_ROWS_ONLY = /列示主要|主要项目|主要项级|仅列示|只列示|未单独列示|未列示/;
/** How many lines above a table its title, and below it its note, may stand. */
const NOTE_REACH = 4;

/** A note under a table (`注：…`): what it says is of the table above, not of the text after. */
const NOTE = /^[\s\u3000]*(?:注|说明)[0-9０-９]?[：:]/;

function saysSomeRowsOnly(tableLines: number[], lines: LineIndex): boolean {
  const first = tableLines[0];
  const last = tableLines[tableLines.length - 1];
  for (let l = Math.max(0, first - NOTE_REACH); l < first; l++) if (SOME_ROWS_ONLY.test(lines.lines[l].text)) return true;
  for (let l = last + 1; l <= Math.min(lines.lines.length - 1, last + NOTE_REACH); l++) {
    const text = lines.lines[l].text;
    if (NOTE.test(text) && SOME_ROWS_ONLY.test(text)) return true;
  }
  return false;
}

export function withColumns(table: Omit<Table, 'columns' | 'columnNames' | 'units'>, lines: LineIndex): Table {
  const names = table.header?.cells.map((c) => headerName(c.text)) ?? [];
  let columns = table.header?.cells.map((c) => roleOf(c.text)) ?? [];
  // `调整预算数` beside no 全年预算 column is the budget after adjustment, not the adjustment.
  if (!columns.includes('full')) columns = columns.map((r, i) => (r === 'adjust' && /预算数?$/.test(names[i]) ? 'full' : r));
  // `年初预算数 | 调整预算数 | 决算数 | 完成率`: beside the spending, a 完成率 is its rate over the budget
  // (an indicator table's 完成率, of 实际完成值 over 指标值, has no spending column).
  if (columns.includes('spend') && !columns.includes('rate')) columns = columns.map((r, i) => (r === 'other' && /^(预算)?完成率(（%）|\(%\))?$/.test(names[i]) ? 'rate' : r));
  // `资金来源 | 计划数 | 到位数 | 到位率`: beside money received, the plan is what was to come, its budget.
  if ((columns.includes('received') || columns.includes('receivedRate')) && !columns.includes('initial') && !columns.includes('full')) {
    columns = columns.map((r, i) => (r === 'other' && /^(计划|应到位|计划到位)(数|金额|资金)?$/.test(names[i]) ? 'full' : r));
  }
  // `补助金额`, `上年结转` beside no budget column are money of their own, not a change to the budget.
  if (!columns.includes('initial') && !columns.includes('full')) columns = columns.map((r, i) => (r === 'adjust' && /^(上级)?(转移支付|补助)|^上年/.test(names[i]) ? 'money' : r));
  const compared = changeColumns<ColumnRole>(columns, names, 'compared');
  const first = table.lines[0];
  let unit: string | undefined;
  // (Three written lines up: an HTML table's `<table>` and `<thead>` lines are blank as read.)
  for (let l = first, written = 0; l >= 0 && written <= 3 && l >= first - 8 && !unit; l--) {
    if (lines.lines[l].text.trim() !== '') written++;
    unit = UNIT_LINE.exec(lines.lines[l].text)?.[1];
  }
  const units = (table.header?.cells ?? []).map((c) => UNIT_IN_HEADER.exec(c.text)?.[1] ?? unit);
  const width = compared.roles.length;
  // `栏次 |  | 1 | 2 | 3`: the row under a 决算 table's header numbers its columns; it holds no figures.
  const rows = table.rows.filter((r) => !COLUMN_NUMBERS.test(r.cells.find((c) => c.text.trim())?.text.trim() ?? ''));
  const figureColumns = compared.roles.flatMap((r, i) => (FIGURE_COLUMNS.has(r) ? [i] : []));
  for (const row of rows) {
    if (!(row.total || row.subtotal) || row.unaligned || row.cells.length >= width || table.shape === 'cells') continue;
    const aligned = totalRowCells(row.cells, figureColumns, width);
    if (aligned) row.cells = aligned;
    else row.unaligned = true;
  }
  const table2 = { ...table, rows, columns: moneyColumns(compared.roles, names, units, rows), columnNames: names, units, changes: compared.changes.length ? compared.changes : undefined };
  return saysSomeRowsOnly(table.lines, lines) ? { ...table2, someRowsOnly: true } : table2;
}

const COLUMN_NUMBERS = /^(栏次|栏号)$/;

export function isHeaderRow(cells: TableCell[]): boolean {
  // A figure in it says it is no header: tested first, as most rows of a table hold one.
  if (cells.some((c) => NUMERIC_CELL.test(c.text))) return false;
  const roles = cells.map((c) => roleOf(c.text));
  // `2023年 | 2024年` names a table's columns only beside a change of them (`增减`), or after a name
  // column (`项目 | 2022年 | 2023年`).
  const compares = roles.includes('change') || roles.includes('changeRate') || (roles[0] === 'name' && roles.slice(1).every((r) => r === 'period'));
  const known = roles.filter((r) => r !== 'other' && (compares || r !== 'period')).length;
  return known >= 2 || namesIndicatorColumns(cells);
}

/** `具体指标 | 年度目标值 | 实际完成值 | 完成率`: an indicator table's header, of no money column. */
function namesIndicatorColumns(cells: TableCell[]): boolean {
  const names = cells.map((c) => headerName(c.text));
  return names.some((n) => TARGET_COLUMN.test(n)) && names.some((n) => DONE_COLUMN.test(n)) && names.some((n) => COMPLETION_COLUMN.test(n));
}

export function isNumericCell(text: string): boolean {
  return NUMERIC_CELL.test(text);
}
