import { formScores } from './form-scores';
import { Amount, AmountKind, CellRef, DIGIT_GROUPING, GROUPED_DIGITS, labelCoreOf, plainDigits, scanAmounts, ScanContext, TableFigures } from './amounts';
import type { Layout } from './layout';
import { parseNumberPrefix } from './numbering';
import { parsePercent, RateClaim } from './rates';
import type { Relation, Term } from './terms';
import { NO_TERMS } from './terms';
import { ColumnRole, FIGURE_CELL_ROLES, isNumericCell, MONEY_ROLES, rowName, SCORE_ROLES, Table, TableCell } from './tables';
import { holds, Overrides } from './arith';
import type { GrowthClaim } from './growth';
import { changeFacts } from './table-changes';
import { blamedOnAPart, codeTotals, failingTotals } from './code-totals';
import { CellGetter, columnTotals, term } from './table-totals';
import { oneFindingPerCell, rowTotals } from './row-totals';
import { Line, toHalfWidthDigits } from './text';
import { accountingNegative } from './accounting-signs';

/**
 * What a table says: a figure per cell, each row's fund identity (年初预算 ± 调整 = 全年预算数 =
 * 全年执行数 + 结余结转), the 执行率 of each row, and the 合计 row against its column.
 */


/** A cell that is a figure: sign, digits, decimals, unit. */
const CELL_FIGURE = new RegExp(`^([-－−+＋])?\\s*(${GROUPED_DIGITS}|[0-9０-９][0-9０-９,]*)(?:[.．]([0-9０-９]+))?\\s*(万元|元|亿元)?$`);

/** `10分`, `4.5 分`: points written with their word. */
const POINTS = /^([0-9０-９]{1,3}(?:[.．][0-9０-９]{1,2})?)\s*分$/;

/** A cell's figure as written: where its digits are, its value, its decimals, and its own unit if it says one. */
interface CellFigure {
  numberStart: number;
  numberEnd: number;
  raw: string;
  valueText: string;
  decimals: number;
  unit?: string;
}

/** Digits as a value's: grouping marks dropped, full-width made half (most cells have neither: no copy). */
const plainInt = (int: string) => toHalfWidthDigits(int.length > 3 && !plainDigits(int) ? int.replace(DIGIT_GROUPING, '') : int);

function signedCellFigure(cell: TableCell): CellFigure | undefined {
  const m = CELL_FIGURE.exec(cell.text);
  if (!m) return undefined;
  const int = plainInt(m[2]);
  const dec = m[3] ? toHalfWidthDigits(m[3]) : '';
  if (int.length > 15 || dec.length > 8) return undefined;
  const numberEnd = cell.start + (m[1] ? m[1].length : 0) + m[2].length + (m[3] ? m[3].length + 1 : 0);
  const raw = cell.text.slice(0, numberEnd - cell.start);
  // Plain ASCII digits are their own value: one string for both.
  const minus = m[1] !== undefined && m[1] !== '+' && m[1] !== '＋';
  const valueText = !m[1] && plainDigits(raw) ? raw : (minus ? '-' : '') + int + (dec ? '.' + dec : '');
  return { numberStart: cell.start, numberEnd, raw, valueText, decimals: dec.length, unit: m[4] };
}

/** `（1.38）`, `△1.99`: a negative whose digits are inside, the brackets or triangle its sign (its raw the whole cell). */
function accountingCellFigure(cell: TableCell, triangle: boolean): CellFigure | undefined {
  const f = accountingNegative(cell.text, triangle);
  if (!f || f.percent) return undefined;
  const int = plainInt(f.int);
  const dec = toHalfWidthDigits(f.dec);
  if (int.length > 15 || dec.length > 8) return undefined;
  const numberStart = cell.start + f.offset;
  const numberEnd = numberStart + f.int.length + (f.dec ? f.dec.length + 1 : 0);
  return { numberStart, numberEnd, raw: cell.text, valueText: '-' + int + (dec ? '.' + dec : ''), decimals: dec.length };
}

function cellAmount(cell: TableCell, kind: AmountKind, unit: string, label: string, ctx: ScanContext, sentence: number, triangle: boolean): Amount | undefined {
  const f = signedCellFigure(cell) ?? accountingCellFigure(cell, triangle);
  if (!f) return undefined;
  return {
    id: ctx.nextId++, start: cell.start, end: cell.end, numberStart: f.numberStart, numberEnd: f.numberEnd,
    unitStart: f.unit ? cell.end - f.unit.length : cell.end, unitEnd: cell.end,
    raw: f.raw, valueText: f.valueText,
    unit: f.unit ?? unit, kind, decimals: f.decimals, approximate: false, label, labelStart: cell.start,
    labelCore: labelCoreOf(label), line: cell.line, sentence, insideOf: undefined, cell: undefined, perUnit: false, changeCompared: false,
  };
}

/**
 * The figures of the tables' cells, table by table, and each table's whole-cell figures by row and
 * column; each cell is its own sentence (`sentenceOf`).
 */
export function tableAmounts(
  layout: Layout, ctx: ScanContext, sentenceOf: (cell: TableCell) => number, triangle: boolean,
): { amounts: Amount[]; figures: TableFigures[] } {
  const out: Amount[] = [];
  const add = (a: Amount) => out.push(a);
  const figures: TableFigures[] = [];
  layout.tables.forEach((t, ti) => {
    let width = 0;
    for (const row of t.rows) width = Math.max(width, row.cells.length);
    const grid: TableFigures = { width, cells: new Array<Amount | undefined>(t.rows.length * width) };
    figures.push(grid);
    const whole: CellRef = { table: ti, whole: true };
    const words: CellRef = { table: ti, whole: false };
    // (Only a table with a column named `金额` asks for a row's words to the left of a cell.)
    const generic = t.columnNames.some((n) => GENERIC_COLUMN.test(n));
    const rows = t.header ? [t.header, ...t.rows] : t.rows;
    rows.forEach((row, ri) => {
      const isHeader = t.header !== undefined && ri === 0;
      // The nearest words to the left, as the row is read (`本年支出合计 | 13 | 323.25`: a two-sided table has two names in a row).
      let wordsBefore = '';
      row.cells.forEach((cell, ci) => {
        if (!cell.text) return;
        const nameToLeft = wordsBefore;
        if (generic && t.columns[ci] !== 'seq' && !/[0-9０-９]/.test(cell.text)) wordsBefore = rowWords(cell.text);
        const role = row.unaligned ? 'other' : t.columns[ci] ?? 'other';
        const rowIndex = t.header ? ri - 1 : ri;
        let a: Amount | undefined;
        // `4分` in a 分值 or 得分 column is the points, as `4` beside it is.
        const points = SCORE_ROLES.has(role) ? POINTS.exec(cell.text) : null;
        const figure = points ? { ...cell, text: points[1], end: cell.start + points[1].length } : cell;
        const numeric = isNumericCell(figure.text);
        if (!isHeader && FIGURE_CELL_ROLES.has(role) && numeric) {
          const name = generic && GENERIC_COLUMN.test(t.columnNames[ci] ?? '') && nameToLeft ? nameToLeft : t.columnNames[ci] ?? '';
          a = cellAmount(figure, MONEY_ROLES.has(role) ? 'money' : 'count', MONEY_ROLES.has(role) ? t.units[ci] ?? '' : '', row.total && !/合计|总计/.test(name) ? `${name}合计` : name, ctx, sentenceOf(cell), triangle);
        }
        if (a) {
          a.cell = whole;
          grid.cells[rowIndex * width + ci] = a;
          add(a);
          return;
        }
        if (role === 'rate' || numeric) return;
        // Words in a cell (`资金到位12.5万元`): its figures, read as a sentence of their own.
        for (const b of scanAmounts(cell.text, cell.start, 0, cell.line, { nextId: ctx.nextId, sentenceAt: () => sentenceOf(cell) })) {
          ctx.nextId = b.id + 1;
          b.cell = words;
          add(b);
        }
      });
    });
  });
  return { amounts: out, figures };
}

/** A column of figures named for no figure (`金额`): what its figure is, the row says. */
const GENERIC_COLUMN = /^(金额|数额|金额数|数值)$/;

/** A cell's words as a row's name: no spaces, no number before them (`一、一般公共预算财政拨款收入`). */
function rowWords(text: string): string {
  const words = text.replace(/\s/g, '');
  return words.slice(parseNumberPrefix(words)?.end ?? 0);
}

/** A table's whole-cell figure at a row and column, if there is one. */
export function figureGetter(figures: readonly TableFigures[]): CellGetter {
  return (ti, ri, ci) => {
    const g = figures[ti];
    return g && ri >= 0 && ci >= 0 && ci < g.width ? g.cells[ri * g.width + ci] : undefined;
  };
}

/** The columns of each role, in order: found once per table, not once per row. */
type ColumnsByRole = (role: ColumnRole) => number[];

function columnsByRole(t: Table): ColumnsByRole {
  const byRole = new Map<ColumnRole, number[]>();
  t.columns.forEach((role, i) => {
    const list = byRole.get(role);
    if (list) list.push(i);
    else byRole.set(role, [i]);
  });
  const none: number[] = [];
  return (role) => byRole.get(role) ?? none;
}

/** A table being read row by row: its figures by cell and its columns by role. */
interface TableScan {
  t: Table;
  ti: number;
  get: CellGetter;
  cols: ColumnsByRole;
  /** A column of money whose part in the fund line is not known: the budget may be more than the columns read. */
  unreadMoney: boolean;
  /** A cell says money was taken back (`结余0.35万元财政收回`): a row's budget may be more than its spending and balance. */
  takenBack: boolean;
}

const TAKEN_BACK = /收回|上缴|交回|缴回/;

/** A column of money whose part in the fund line is not known (`其他资金`, `专项拨款`, `上级转移` whose `支付` a PDF wrapped). */
const UNREAD_MONEY = /资金|支付|转移|上级|配套|自筹|补助|收入|结转|拨款|预算|追[加减]|调[增减整]|收回|上缴|交回/;

function hasUnreadMoney(t: Table, cols: ColumnsByRole): boolean {
  return [...cols('other'), ...cols('money')].some((c) => UNREAD_MONEY.test(t.columnNames[c]));
}

function rowRelations({ t, ti, get, cols, unreadMoney, takenBack }: TableScan, ri: number, subject: string | undefined, out: Relation[]): void {
  // With such a column the budget could be more than the columns read: no fund line is stated.
  if (unreadMoney) return;
  const one = (role: ColumnRole) => {
    const c = cols(role);
    return c.length === 1 ? get(ti, ri, c[0]) : undefined;
  };
  const initial = one('initial');
  const full = one('full');
  const spend = one('spend');
  const carry = one('carry');
  const adjustCols = cols('adjust');
  const adjusts = adjustCols.map((c) => get(ti, ri, c));
  if (adjusts.some((a) => a === undefined)) return;
  const adjustTerms = (adjusts as Amount[]).map((a, k) => term(a, /调减|追减|核减/.test(t.columnNames[adjustCols[k]]) ? -1 : 1));
  if (initial && full && adjustTerms.length > 0) {
    out.push({ kind: 'breakdown', anchor: full, lhs: [term(full)], rhs: [term(initial), ...adjustTerms], optional: NO_TERMS, atLeast: false, subject });
  }
  const budget = full ? [term(full)] : initial ? [term(initial), ...adjustTerms] : [];
  if (budget.length && spend && carry) {
    out.push({ kind: 'fund', anchor: spend, lhs: budget, rhs: [term(spend), term(carry)], optional: NO_TERMS, atLeast: takenBack, subject });
  }
}

/**
 * A row's 执行率 (of its spending over its budget, or over the money received where a `到位数`
 * column gives it: either reading holds) and its 到位率 (the money received over the budget).
 */
function rowRates(scan: TableScan, ri: number, subject: string | undefined, out: RateClaim[]): void {
  const at = (role: ColumnRole) => {
    const found: Amount[] = [];
    for (const i of scan.cols(role)) {
      const a = scan.get(scan.ti, ri, i);
      if (a !== undefined) found.push(a);
    }
    return found;
  };
  const received = at('received');
  rowRate(scan, ri, 'rate', at('spend'), received.length === 1 ? [[term(received[0])]] : [], at, subject, out);
  if (received.length === 1) rowRate(scan, ri, 'receivedRate', received, [], at, subject, out, '到位率');
}

function rowRate(
  { t, cols, unreadMoney }: TableScan, ri: number, role: 'rate' | 'receivedRate', spend: Amount[], alsoOver: Term[][],
  at: (role: ColumnRole) => Amount[], subject: string | undefined, out: RateClaim[], word?: string,
): void {
  const rateCol = cols(role)[0] ?? -1;
  const cell = t.rows[ri].cells[rateCol];
  const pct = cell && parsePercent(/[%％]$/.test(cell.text) ? cell.text : `${cell.text}%`);
  if (!cell || !pct) return;
  const [full] = at('full');
  const [initial] = at('initial');
  const adjusts = at('adjust');
  const budgets: Term[][] = [];
  if (full) budgets.push([term(full)]);
  if (initial) {
    budgets.push([term(initial)]);
    if (adjusts.length) budgets.push([term(initial), ...adjusts.map((a) => term(a))]);
  }
  if (spend.length !== 1 || budgets.length === 0) return;
  // A column of money whose part is not known may be some of the budget: only a 全年预算 column says it all.
  if (!full && unreadMoney) return;
  // Arrays grown by push keep room for 17: the claim keeps copies of their size.
  const digits = /^[0-9０-９.．]+/.exec(cell.text)?.[0].length ?? 0;
  out.push({
    start: cell.start, end: cell.end, numberStart: cell.start, numberEnd: cell.start + digits, line: cell.line,
    valueText: pct.valueText, decimals: pct.decimals, spend: spend.slice(), budgets: [...budgets, ...alsoOver],
    subject, word,
  });
}

/** Relations and rates of every table whose header we can read. */
export function tableFacts(layout: Layout, figures: readonly TableFigures[], triangle: boolean): { relations: Relation[]; rates: RateClaim[]; growth: GrowthClaim[] } {
  const relations: Relation[] = [];
  const rates: RateClaim[] = [];
  const growth: GrowthClaim[] = [];
  const get = figureGetter(figures);
  layout.tables.forEach((t, ti) => {
    if (!t.header) return;
    const cols = columnsByRole(t);
    const scan: TableScan = { t, ti, get, cols, unreadMoney: hasUnreadMoney(t, cols), takenBack: t.rows.some((r) => r.cells.some((c) => TAKEN_BACK.test(c.text))) };
    const hasRate = t.columns.includes('rate') || t.columns.includes('receivedRate');
    const rowFacts: Relation[] = [];
    t.rows.forEach((row, ri) => {
      if (row.unaligned) return;
      // What the row is about, read once for its relations and its rate (one string for both).
      // A 合计 row is about no project: `项目“合计”` would name one.
      const subject = row.total || row.subtotal ? undefined : rowName(t, row) || undefined;
      rowRelations(scan, ri, subject, rowFacts);
      if (hasRate) rowRates(scan, ri, subject, rates);
    });
    const summed: Relation[] = [];
    columnTotals(t, ti, get, summed);
    codeTotals(t, ti, get, summed);
    // (A 款 that is not its 项 fails against them; its 类, against its 款, is not reported for it again.)
    const all = failingTotals(summed);
    const blamed = blamedOnAPart(all);
    const down = blamed.size ? summed.filter((r) => !blamed.has(r)) : summed;
    const across = rowTotals(t, ti, get, (ri) => (t.rows[ri].total ? undefined : rowName(t, t.rows[ri]) || undefined));
    for (const r of oneFindingPerCell(down, across)) relations.push(r);
    // A 合计 that does not add up is reported there; its row's change would say it again, and so
    // would its fund line where the rows' sum makes that hold.
    const failing = blamed.size ? all.failing.filter((r) => !blamed.has(r)) : all.failing;
    const wrongTotals = new Set(failing.map((r) => r.anchor));
    const asSummed: Overrides = blamed.size ? new Map(failing.map((r) => [r.anchor.id, all.asSummed.get(r.anchor.id)!])) : all.asSummed;
    for (const r of rowFacts) if (!([...r.lhs, ...r.rhs].some((x) => wrongTotals.has(x.amount)) && holds(r, asSummed))) relations.push(r);
    changeFacts(t, ti, get, wrongTotals, triangle, { relations, growth });
  });
  formScores(layout, get, { relations });
  return { relations, rates, growth };
}

/** The columns a project's row is compared by with the prose: its opening and year's budget, its spending. */
export const PROJECT_ROLES = ['initial', 'full', 'spend'] as const;
export type ProjectRole = (typeof PROJECT_ROLES)[number];

/** The project a table row names, with its figures by role: for comparing a table with the prose. */
export interface TableProject {
  name: string;
  figures: Partial<Record<ProjectRole, Amount>>;
}

/**
 * Rows of a budget table that are kinds of spending or the unit's totals, not projects: prose
 * names them for the unit (`二、支出合计`, `收入总计`).
 */
const SPENDING_CATEGORY = /^(基本支出|项目支出|人员经费|(日常)?公用经费|工资福利支出|商品和服务支出|对个人和家庭的补助(支出)?|资本性支出|“?三公”?经费)(合计|小计)?$|^(本年)?(收入|支出|收支)(合计|总计)$/;
/** A column of last year's figures (`上年决算数`), beside this year's of the same kind. */
const PRIOR_COLUMN = /^(上年|去年|上期|同期|上一年)/;
/** Rows of where money came from (`上年结转资金`, `当年财政拨款`), not projects. */
const FUND_SOURCE = /^(其中[：:]?)?(年度资金总额|资金总额|(当年)?财政拨款(资金|收入)?|上年结转(结余)?(资金)?|其他资金|上级转移支付(资金)?|本级资金|自有资金)$/;

const INDENTED_WORDS = /^[ \t\u3000]+[\u4e00-\u9fff]/;

/** The projects of the tables, at most `limit` + 1 of them (a caller that wants no more stops early). */
export function tableProjects(layout: Layout, figures: readonly TableFigures[], lines: readonly Line[], limit = Infinity): TableProject[] {
  const get = figureGetter(figures);
  const out: TableProject[] = [];
  layout.tables.forEach((t, ti) => {
    if (!t.header || !t.columns.includes('name')) return;
    t.rows.forEach((row, ri) => {
      if (row.total || row.subtotal || row.unaligned || out.length > limit) return;
      const name = rowName(t, row);
      if (name.length < 3 || SPENDING_CATEGORY.test(name) || FUND_SOURCE.test(name)) return;
      // `项目名称 | 明细内容 | …` with the project's name merged down over its detail rows: the row is one
      // detail's, the project's figures are the rows' together — not this row's cells.
      // (Lined up with spaces, such a row ends the table: the indented line after it goes on under the name.)
      const next = t.rows[ri + 1];
      if (row.cells[0]?.text && (next ? !next.cells[0]?.text && next.cells.some((c) => c.text) : INDENTED_WORDS.test(lines[t.lines[t.lines.length - 1] + 1]?.text ?? ''))) return;
      const figures: TableProject['figures'] = {};
      for (const role of PROJECT_ROLES) {
        // This year's column of the role: one only, or which the prose means is not known.
        const of = t.columns.flatMap((r, c) => (r === role && !PRIOR_COLUMN.test(t.columnNames[c] ?? '') ? [c] : []));
        const c = of.length === 1 ? of[0] : -1;
        const a = c >= 0 ? get(ti, ri, c) : undefined;
        if (a && a.unit) figures[role] = a;
      }
      out.push({ name, figures });
    });
  });
  return out;
}
